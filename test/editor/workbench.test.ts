import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../editor/src/workbench.define.js';
import type { CivicWorkbench } from '../../editor/src/civic-workbench.js';
import { formCatalogContract } from '../../src/form-finder/form-finder-contract.js';
import { serviceStatusContract } from '../../src/service-status/service-status-contract.js';
import { clearCivicStorage, shadow, shadowText, waitForState } from '../helpers.js';

// The workbench as an editor uses it: fields found by their visible labels, buttons by their
// text, files given to the file inputs, the download caught as the browser would save it.

async function openWorkbench(): Promise<CivicWorkbench> {
  history.replaceState(null, '', location.pathname + location.search);
  const el = await fixture<CivicWorkbench>(
    html`<civic-workbench guide-url="/docs/de/README.md"></civic-workbench>`,
  );
  await el.updateComplete;
  return el;
}

const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Clicks the tab `id` (`status`, `formulare`, `einbettung`) and returns its panel. */
async function openTab(el: CivicWorkbench, id: string): Promise<HTMLElement> {
  el.querySelector<HTMLElement>(`#tab-${id}`)!.click();
  await el.updateComplete;
  return panel(el);
}

/** The visible tab panel (the others are hidden). */
const panel = (el: Element): HTMLElement =>
  el.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;

function button(within: Element, label: string): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((candidate) =>
    text(candidate).startsWith(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** A workbench whose status panel has opened the status file at `address`. */
async function workbenchOpenedFrom(
  address: string,
): Promise<{ el: CivicWorkbench; status: HTMLElement }> {
  const el = await openWorkbench();
  const status = panel(el);
  await typeInto(field(status, 'Adresse der Statusdatei'), address);
  button(status, 'Von Adresse laden').click();
  await waitUntil(
    () => text(status.querySelector('[role="status"]')).startsWith('Geladen'),
    'not loaded',
  );
  await el.updateComplete;
  return { el, status };
}

/** The control of the n-th label with this text (as a screen reader names it). */
/** A workbench with the "Vorlage Cyberangriff" open and checked (no errors). */
async function workbenchWithTemplate(): Promise<{ el: CivicWorkbench; status: HTMLElement }> {
  const el = await openWorkbench();
  const status = panel(el);
  button(status, 'Vorlage Cyberangriff').click();
  await waitUntil(
    () => text(status.querySelector('#st-problems')).includes('Keine Fehler'),
    'template invalid',
  );
  return { el, status };
}

function field<E extends HTMLElement = HTMLInputElement>(
  within: Element,
  label: string,
  index = 0,
): E {
  const labels = [...within.querySelectorAll('label')].filter((candidate) =>
    text(candidate).startsWith(label),
  );
  const control = labels[index]?.control;
  if (!control) throw new Error(`no field labelled "${label}" #${index}`);
  return control as unknown as E;
}

async function typeInto(
  control: HTMLInputElement | HTMLTextAreaElement,
  value: string,
): Promise<void> {
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

async function choose(select: HTMLSelectElement, label: string): Promise<void> {
  const option = [...select.options].find((candidate) => text(candidate) === label);
  if (!option) throw new Error(`no option "${label}"`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function giveFile(input: HTMLInputElement, name: string, content: BlobPart, type: string): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Gives the CSV file `name` to the file field labelled `label` in `within`. */
function giveCsv(within: Element, label: string, name: string, content: BlobPart): void {
  giveFile(field(within, label), name, content, 'text/csv');
}

/** Waits until the form list's check says that one form is fine. */
async function oneFormFine(forms: Element): Promise<void> {
  await waitUntil(
    () => text(forms.querySelector('#ff-problems')).includes('1 Formular ist in Ordnung'),
    'the form list still has problems',
  );
}

/** Clicks `target` and returns the file the page offered for download (name and text). */
async function download(
  target: HTMLElement,
): Promise<{ name: string; text: string; bytes: Uint8Array }> {
  let offered: HTMLAnchorElement | undefined;
  const catchDownload = (event: Event) => {
    const anchor = event.target as HTMLAnchorElement;
    if (anchor instanceof HTMLAnchorElement && anchor.download) {
      offered = anchor;
      event.preventDefault();
    }
  };
  document.addEventListener('click', catchDownload, true);
  try {
    target.click();
    await waitUntil(() => offered, 'no download offered');
  } finally {
    document.removeEventListener('click', catchDownload, true);
  }
  const bytes = new Uint8Array(await (await fetch(offered!.href)).arrayBuffer());
  return { name: offered!.download, text: new TextDecoder().decode(bytes), bytes };
}

/** Windows-1252 bytes of a Latin-1 text, as German Excel saves a CSV. */
const windows1252 = (value: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from([...value].map((character) => character.charCodeAt(0)));

beforeEach(() => clearCivicStorage());

describe('<civic-workbench>', () => {
  describe('Störung eintragen', () => {
    it('opens the current status from its URL', async () => {
      const el = await openWorkbench();
      const status = panel(el);
      await typeInto(field(status, 'Adresse der Statusdatei'), '/api/service-status');
      button(status, 'Von Adresse laden').click();
      await waitUntil(
        () => text(status.querySelector('[role="status"]')).startsWith('Geladen'),
        'not loaded',
      );
      expect(text(status.querySelector('[role="status"]'))).to.equal(
        'Geladen: 5 Dienste, 1 Meldung.',
      );
      expect(field(status, 'Name des Dienstes', 1).value).to.equal('Mängelmelder');
      expect(
        field<HTMLSelectElement>(status, 'Status', 1).selectedOptions[0].textContent!.trim(),
      ).to.equal('Gestört');
      expect(text(status.querySelector('#st-problems'))).to.contain('Keine Fehler');
    });

    it('says in German why an address could not be loaded', async () => {
      const said = async (address: string): Promise<string> => {
        // One workbench at a time: labels find their fields by id in the document.
        fixtureCleanup();
        const status = panel(await openWorkbench());
        await typeInto(field(status, 'Adresse der Statusdatei'), address);
        button(status, 'Von Adresse laden').click();
        await waitUntil(
          () => text(status.querySelector('[role="status"]')),
          `nothing said for ${address}`,
          { timeout: 12_000 },
        );
        return text(status.querySelector('[role="status"]'));
      };
      expect(await said('/api/service-statu')).to.equal(
        'Unter dieser Adresse gibt es keine Datei (HTTP 404). Bitte prüfen Sie die Adresse.',
      );
      // The mock server drops the connection without an answer.
      expect(await said('/api/service-status?fault=network')).to.equal(
        'Der Server unter dieser Adresse antwortet nicht. Bitte prüfen Sie die Adresse und Ihre Internetverbindung.',
      );
      // Another server that does not answer (or, the same to the page, forbids reading: CORS).
      expect(await said('http://127.0.0.1:9/service-status.json')).to.equal(
        `Keine Antwort von dieser Adresse. Entweder ist der Server nicht erreichbar, oder er erlaubt Seiten anderer Server nicht, die Datei zu lesen (CORS; die Werkbank liegt auf ${location.origin}). Öffnen Sie die Statusdatei mit „Datei öffnen“, oder öffnen Sie die Werkbank auf demselben Server wie die Statusdatei.`,
      );
      expect(await said('/api/service-status?fault=invalid-json')).to.equal(
        'Die Datei unter dieser Adresse ist kein gültiges JSON, vermutlich von Hand bearbeitet. Die Datei endet mitten in den Daten (Zeile 1): Es fehlt ein schließendes „}“ oder „]“ – vielleicht wurde sie nicht vollständig kopiert oder gespeichert. Korrigieren Sie die Datei auf dem Server (oder bitten Sie Ihre IT darum) und laden Sie sie noch einmal – oder beginnen Sie mit „Leer beginnen“ oder der Vorlage neu.',
      );
      // A web page where the file should be: then it is the address.
      expect(await said('/editor/index.html')).to.equal(
        'Unter dieser Adresse liegt eine Webseite, keine Statusdatei. Bitte prüfen Sie die Adresse.',
      );
    });

    it('says where a status file is broken and why, opened from its address or as a file', async () => {
      // A comma after the last service (line 7), as left after deleting the service below it.
      const broken = [
        '{',
        '  "services": [',
        '    {',
        '      "id": "serviceportal",',
        '      "name": "Serviceportal",',
        '      "status": „major_outage“',
        '    },',
        '  ]',
        '}',
      ].join('\n');
      const said = async (open: (status: HTMLElement) => void): Promise<string> => {
        fixtureCleanup();
        const status = panel(await openWorkbench());
        open(status);
        await waitUntil(() => text(status.querySelector('[role="status"]')), 'nothing said');
        return text(status.querySelector('[role="status"]'));
      };
      const quotes =
        'Zeile 6, Spalte 17: ein typografisches Anführungszeichen („), wie Word oder ein anderes Textprogramm es setzt. JSON braucht gerade Anführungszeichen (") am Anfang und am Ende jedes Textes: Bitte ersetzen Sie es und sein Gegenstück, am besten in einem Texteditor.';
      const address = URL.createObjectURL(new Blob([broken], { type: 'application/json' }));
      try {
        expect(
          await said((status) => {
            void typeInto(field(status, 'Adresse der Statusdatei'), address);
            button(status, 'Von Adresse laden').click();
          }),
        ).to.equal(
          `Die Datei unter dieser Adresse ist kein gültiges JSON, vermutlich von Hand bearbeitet. ${quotes} Korrigieren Sie die Datei auf dem Server (oder bitten Sie Ihre IT darum) und laden Sie sie noch einmal – oder beginnen Sie mit „Leer beginnen“ oder der Vorlage neu.`,
        );
      } finally {
        URL.revokeObjectURL(address);
      }
      const fixed = broken.replace('„major_outage“', '"major_outage"');
      expect(
        await said((status) =>
          giveFile(field(status, 'Datei öffnen'), 's.json', fixed, 'application/json'),
        ),
      ).to.equal(
        'Diese Datei ist kein gültiges JSON, vermutlich von Hand bearbeitet. Zeile 7, Spalte 6: ein Komma vor „]“. Nach dem letzten Eintrag einer Liste [ … ] oder eines Objekts { … } steht kein Komma: Bitte löschen Sie es. Korrigieren Sie sie in einem Texteditor (nicht in Word) und öffnen Sie sie noch einmal.',
      );
    });

    it('keeps the id of an opened service when the editor renames it', async () => {
      const { el, status } = await workbenchOpenedFrom('/api/service-status');
      expect(field(status, 'Kennung (id)', 1).value).to.equal('maengelmelder');
      await typeInto(field(status, 'Name des Dienstes', 1), 'Mängelmelder (Schäden melden)');
      await el.updateComplete;
      // Pages show this service with service="maengelmelder": the id must not follow the name.
      expect(field(status, 'Kennung (id)', 1).value).to.equal('maengelmelder');
      await status.querySelector('status-editor')!.check();
      const published = JSON.parse(
        (await download(button(status, 'service-status.json herunterladen'))).text,
      );
      expect(published.services[1]).to.include({
        id: 'maengelmelder',
        name: 'Mängelmelder (Schäden melden)',
      });
    });

    it('warns at the field and in the check when the id of an opened service changes', async () => {
      const { status } = await workbenchOpenedFrom('/api/service-status');
      const id = field(status, 'Kennung (id)', 1);
      await typeInto(id, 'maengelmeldr');
      await status.querySelector('status-editor')!.check();
      const warning =
        'Die Kennung „maengelmeldr“ ist neu. Bausteine, die „maengelmelder“ anzeigen (service="maengelmelder"), finden diesen Dienst dann nicht mehr.';
      expect(text(document.getElementById(id.getAttribute('aria-describedby')!))).to.equal(warning);
      expect(text(status.querySelector('.wb-warnings'))).to.contain(warning);
      // A warning, not an error: an intended rename can still be published.
      expect(id.getAttribute('aria-invalid')).to.equal('false');
      expect(text(status.querySelector('#st-problems'))).to.contain('Keine Fehler');

      await typeInto(id, 'maengelmelder');
      await status.querySelector('status-editor')!.check();
      expect(id.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('does not publish an empty service list, and says what to do', async () => {
      const el = await openWorkbench();
      const status = panel(el);
      button(status, 'Leer beginnen').click();
      await status.querySelector('status-editor')!.check();
      const problems = text(status.querySelector('#st-problems'));
      expect(problems).to.contain('1 Fehler').and.contain('Die Liste der Dienste ist leer');
      expect(problems).to.contain('„Dienst hinzufügen“');
      expect(problems).not.to.contain('Keine Fehler');
      expect(
        button(status, 'service-status.json herunterladen').getAttribute('aria-disabled'),
      ).to.equal('true');
      expect(text(status.querySelector('#st-services'))).to.contain(
        'Die Liste der Dienste ist leer',
      );
    });

    it('says at the field when a contact is mistyped or still the template’s sample', async () => {
      const el = await openWorkbench();
      const status = panel(el);
      button(status, 'Vorlage Cyberangriff').click();
      await status.querySelector('status-editor')!.check();
      const portal = status.querySelector<HTMLFieldSetElement>('form fieldset')!;
      const message = (control: HTMLElement) =>
        text(document.getElementById(control.getAttribute('aria-describedby') ?? '') ?? null);
      // The template's sample values: warnings until they are replaced.
      // The portal's second alternative is the template's Bürgerbüro.
      const phone = field(portal, 'Telefon', 1);
      expect(message(phone)).to.equal(
        'Telefon bei „Serviceportal“ ist noch ein Beispielwert der Vorlage („(01234) 567-0“): Bitte durch die echte Angabe Ihrer Stadt ersetzen.',
      );
      expect(text(status.querySelector('.wb-warnings'))).to.contain('„maengel@stadt.example“');

      const email = field(portal, 'E-Mail', 1);
      const url = field(portal, 'Link (URL)', 1);
      await typeInto(phone, '(02324) 204 303O');
      await typeInto(email, 'maengelmelder@example,org');
      await typeInto(url, 'www.stadt.example/maengel');
      await status.querySelector('status-editor')!.check();
      for (const control of [phone, email, url])
        expect(control.getAttribute('aria-invalid'), control.id).to.equal('true');
      expect(message(phone)).to.equal(
        'Telefon bei „Serviceportal“ ist keine gültige Telefonnummer („(02324) 204 303O“): Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden (ein Buchstabe O oder l statt 0 oder 1?).',
      );
      expect(message(email)).to.equal(
        'E-Mail bei „Serviceportal“ ist keine gültige E-Mail-Adresse („maengelmelder@example,org“): Bitte in der Form name@stadt.de schreiben, ohne Leerzeichen und Kommas (ein Komma statt eines Punkts?).',
      );
      expect(message(url)).to.contain(
        'Bitte mit https:// beginnen: „https://www.stadt.example/maengel“.',
      );
      expect(
        button(status, 'service-status.json herunterladen').getAttribute('aria-disabled'),
      ).to.equal('true');

      await typeInto(phone, '(02324) 204-3030');
      await typeInto(email, 'maengelmelder@herne.de');
      await typeInto(url, 'https://www.herne.de/maengel');
      await status.querySelector('status-editor')!.check();
      for (const control of [phone, email, url])
        expect(control.hasAttribute('aria-describedby'), control.id).to.equal(false);
    });

    it('asks before a fresh start throws edits away, and not when nothing would be lost', async () => {
      const el = await openWorkbench();
      const status = panel(el);
      const asked: string[] = [];
      let answer = false;
      const confirm = window.confirm;
      window.confirm = (question?: string) => {
        asked.push(question ?? '');
        return answer;
      };
      try {
        button(status, 'Vorlage Cyberangriff').click();
        await el.updateComplete;
        expect(asked).to.deep.equal([]);
        expect(text(status.querySelector('[role="status"]'))).to.equal(
          'Vorlage übernommen: 4 Dienste, 1 Meldung. Bitte ersetzen Sie die Beispielwerte (Telefon, E-Mail, Links) durch die Ihrer Stadt.',
        );
        await typeInto(
          field<HTMLTextAreaElement>(status, 'Meldung an die Bürgerinnen und Bürger'),
          'Das Portal ist wieder teilweise erreichbar.',
        );
        await el.updateComplete;

        button(status, 'Leer beginnen').click();
        await el.updateComplete;
        expect(asked).to.deep.equal([
          'Ihre Änderungen sind noch nicht veröffentlicht (weder heruntergeladen noch kopiert noch gespeichert) und gehen dabei verloren. Trotzdem fortfahren?',
        ]);
        // Cancelled: the edit is still there.
        expect(
          field<HTMLTextAreaElement>(status, 'Meldung an die Bürgerinnen und Bürger').value,
        ).to.equal('Das Portal ist wieder teilweise erreichbar.');

        // Downloaded: nothing is lost any more, so nothing is asked.
        await status.querySelector('status-editor')!.check();
        await download(button(status, 'service-status.json herunterladen'));
        button(status, 'Leer beginnen').click();
        await el.updateComplete;
        expect(asked).to.have.length(1);
        expect(text(status.querySelector('[role="status"]'))).to.equal(
          'Leer begonnen: Fügen Sie mit „Dienst hinzufügen“ die Dienste hinzu.',
        );

        button(status, 'Dienst hinzufügen').click();
        await el.updateComplete;
        answer = true;
        button(status, 'Vorlage Cyberangriff').click();
        await el.updateComplete;
        expect(asked).to.have.length(2);
        expect(field(status, 'Name des Dienstes').value).to.equal('Serviceportal');
      } finally {
        window.confirm = confirm;
      }
    });

    it('words its buttons and messages in plain German', async () => {
      const el = await openWorkbench();
      const status = panel(el);
      const file = {
        services: [
          {
            id: 'maengelmelder',
            name: 'Mängelmelder',
            status: 'major_outage',
            alternatives: [{ label: 'Online', url: 'https://' }],
          },
          { id: 'portal', name: 'Serviceportal', status: 'kaputt' },
        ],
        incidents: [{ id: 'a', title: 'Ausfall', status: 'investigating', updates: [] }],
      };
      giveFile(field(status, 'Datei öffnen'), 's.json', JSON.stringify(file), 'application/json');
      await waitUntil(() => text(status.querySelector('[role="status"]')), 'file not read');
      await status.querySelector('status-editor')!.check();
      const all = text(status);
      expect(button(status, 'Alternative 1 entfernen')).to.exist;
      expect(button(status, 'Eintrag im Verlauf hinzufügen')).to.exist;
      // url is a field of the contract: a link the widget cannot use is not an "unknown" field.
      expect(all).not.to.contain('Unbekanntes Feld');
      expect(all).to.contain(
        'Link (URL) bei „Mängelmelder“ ist keine gültige Adresse („https://“): Ein Link beginnt mit https:// oder / (für Seiten dieser Website).',
      );
      // One colon per sentence: what was found, then what is allowed.
      expect(all).to.contain(
        'Status bei „Serviceportal“ ist unbekannt („kaputt“). Erlaubt sind: „In Betrieb“ (operational),',
      );

      const embed = await openTab(el, 'einbettung');
      expect(text(embed.querySelector('#ec-integrity-hint'))).to.equal(
        'Erhalten Sie von Ihrer IT (siehe Leitfaden). Leer lassen, wenn die Stadt das Skript selbst bereitstellt.',
      );
    });

    it('says what is wrong per field, in German, as the editor types, and blocks the export', async () => {
      const el = await openWorkbench();
      const status = panel(el);
      button(status, 'Leer beginnen').click();
      button(status, 'Dienst hinzufügen').click();
      await el.updateComplete;
      await typeInto(field(status, 'Name des Dienstes'), 'Mängelmelder');
      const select = field<HTMLSelectElement>(status, 'Status');
      await waitUntil(
        () => select.getAttribute('aria-invalid') === 'true',
        'status not marked invalid',
      );
      const message = document.getElementById(select.getAttribute('aria-describedby')!)!;
      // Left out, or shown as "Status unklar": whichever the widget's check does (issue 12 §3).
      expect(text(message)).to.match(
        /^Status fehlt bei „Mängelmelder“\. Der (Eintrag wird nicht angezeigt|Dienst erscheint mit „Status unklar“)\.$/,
      );
      expect(field(status, 'Kennung (id)').value).to.equal('maengelmelder');

      const downloadButton = button(status, 'service-status.json herunterladen');
      expect(downloadButton.getAttribute('aria-disabled')).to.equal('true');
      let offered = false;
      const watch = (event: Event) => {
        if (event.target instanceof HTMLAnchorElement) offered = true;
      };
      document.addEventListener('click', watch, true);
      downloadButton.click();
      document.removeEventListener('click', watch, true);
      await el.updateComplete;
      expect(offered).to.equal(false);
      expect(text(status.querySelector('[role="status"]'))).to.equal(
        'Erst die Fehler oben korrigieren, dann veröffentlichen.',
      );
      expect(document.activeElement?.id).to.equal('st-problems');

      await choose(select, 'Gestört');
      await waitUntil(() => select.getAttribute('aria-invalid') === 'false', 'error stayed');
      expect(downloadButton.getAttribute('aria-disabled')).to.equal('false');
    });

    it('speaks English on the switch', async () => {
      const el = await openWorkbench();
      await choose(field<HTMLSelectElement>(el, 'Sprache'), 'English');
      await el.updateComplete;
      const status = panel(el);
      button(status, 'Start empty').click();
      button(status, 'Add service').click();
      await el.updateComplete;
      await typeInto(field(status, 'Name of the service'), 'Defect reporter');
      await waitUntil(
        () => text(status).includes('Status is missing in "Defect reporter"'),
        'no English message',
      );
      expect(el.getAttribute('lang')).to.equal('en');
    });

    it('exports what the contract accepts, and the widgets show the exported file', async () => {
      const { status } = await workbenchWithTemplate();

      const file = await download(button(status, 'service-status.json herunterladen'));
      expect(file.name).to.equal('service-status.json');
      const exported = JSON.parse(file.text);
      expect(
        serviceStatusContract.safeParse(exported).success,
        JSON.stringify(serviceStatusContract.safeParse(exported).error),
      ).to.equal(true);
      expect(exported.services[0]).to.include({ id: 'serviceportal', status: 'major_outage' });

      // The file as a page would load it, and the CMS snippet as a page would hold it.
      const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
      const host = await fixture<HTMLElement>(
        html`<div>
          <service-status endpoint=${url} cache="off" refresh="0"></service-status>
          <div id="snippet"></div>
        </div>`,
      );
      const fromFile = host.querySelector<HTMLElement>('service-status')!;
      await waitForState(fromFile, 'ready');
      expect(shadowText(fromFile))
        .to.contain('Serviceportal')
        .and.contain('Gestört')
        .and.contain('(01234) 567-0');

      const snippet = field<HTMLTextAreaElement>(status, 'HTML für Ihr CMS').value;
      expect(snippet).to.match(/^<service-status>\n<script type="application\/json">/);
      host.querySelector('#snippet')!.innerHTML = snippet;
      const fromSnippet = host.querySelector<HTMLElement>('#snippet service-status')!;
      await waitForState(fromSnippet, 'ready');
      expect(shadowText(fromSnippet)).to.contain('Mängelmelder').and.contain('Gestört');
      URL.revokeObjectURL(url);
    });

    it('opens the status from a file, Statuspage’s summary.json too', async () => {
      const el = await openWorkbench();
      const status = panel(el);
      const summary = await (await fetch('/demo/mock/fixtures/statuspage-summary.json')).text();
      giveFile(field(status, 'Datei öffnen'), 'summary.json', summary, 'application/json');
      await waitUntil(() => text(status.querySelector('[role="status"]')), 'file not read');
      expect(text(status.querySelector('[role="status"]'))).to.match(
        /^Geladen: \d+ Dienste?, \d+ Meldung(en)?\.$/,
      );
      expect(field(status, 'Name des Dienstes').value).not.to.equal('');

      giveFile(field(status, 'Datei öffnen'), 'kaputt.json', '{"services": [', 'application/json');
      await waitUntil(
        () => text(status.querySelector('[role="status"]')).startsWith('Diese Datei'),
        'no error',
      );
      expect(text(status.querySelector('[role="status"]'))).to.equal(
        'Diese Datei ist kein gültiges JSON, vermutlich von Hand bearbeitet. Die Datei endet mitten in den Daten (Zeile 1): Es fehlt ein schließendes „}“ oder „]“ – vielleicht wurde sie nicht vollständig kopiert oder gespeichert. Korrigieren Sie sie in einem Texteditor (nicht in Word) und öffnen Sie sie noch einmal.',
      );
    });

    it('keeps a file date typed by hand until the next edit moves it to now', async () => {
      const { el, status } = await workbenchWithTemplate();
      await typeInto(field(status, 'Stand der Statusdatei'), '2026-12-05T09:30');
      await el.updateComplete;
      expect(field(status, 'Stand der Statusdatei').value).to.equal('2026-12-05T09:30');
      const exported = () =>
        download(button(status, 'service-status.json herunterladen')).then(
          (file) => JSON.parse(file.text) as { updated_at: string },
        );
      expect((await exported()).updated_at).to.equal('2026-12-05T09:30:00+01:00');
      // Any other edit: the file's date is now again.
      await typeInto(field(status, 'Name des Dienstes'), 'Serviceportal der Stadt');
      await el.updateComplete;
      expect((await exported()).updated_at).not.to.equal('2026-12-05T09:30:00+01:00');
    });

    it('keeps the groups of an opened file in the export (a real Statuspage summary)', async () => {
      const el = await openWorkbench();
      const status = panel(el);
      // Instructure's page (demo/mock/fixtures/statuspage/README.md): components in groups.
      const summary = await (
        await fetch('/demo/mock/fixtures/statuspage/instructure-summary.json')
      ).text();
      giveFile(field(status, 'Datei öffnen'), 'summary.json', summary, 'application/json');
      await waitUntil(() => text(status.querySelector('[role="status"]')), 'file not read');
      await waitUntil(
        () => text(status.querySelector('#st-problems')).includes('Keine Fehler'),
        'the opened file has errors',
      );
      const exported = JSON.parse(
        (await download(button(status, 'service-status.json herunterladen'))).text,
      ) as { groups?: { id: string }[]; services: { group?: string }[] };
      expect(exported.groups?.length).to.be.greaterThan(0);
      const groupIds = exported.groups!.map((group) => group.id);
      const grouped = exported.services.filter((service) => service.group);
      expect(grouped.length).to.be.greaterThan(0);
      for (const service of grouped) expect(groupIds).to.include(service.group);
    });

    it('reads status words an editor wrote by hand as the values they mean', async () => {
      const el = await openWorkbench();
      const status = panel(el);
      const handWritten = {
        services: [
          { id: 'serviceportal', name: 'Serviceportal', status: 'Gestört' },
          { id: 'standesamt', name: 'Standesamt', status: 'teilweise gestört' },
          { id: 'homepage', name: 'Homepage', status: 'kaputt' },
          // As the widgets read them too: the short word, two spaces, capitals.
          { id: 'termine', name: 'Terminvergabe', status: 'Wartung' },
          { id: 'maengelmelder', name: 'Mängelmelder', status: 'teilweise  gestört' },
          { id: 'bibliothek', name: 'Bibliothek', status: ' IN BETRIEB ' },
        ],
      };
      giveFile(
        field(status, 'Datei öffnen'),
        'status.json',
        JSON.stringify(handWritten),
        'application/json',
      );
      await waitUntil(() => text(status.querySelector('[role="status"]')), 'file not read');
      const chosen = (index: number) =>
        text(field<HTMLSelectElement>(status, 'Status', index).selectedOptions[0]);
      expect([0, 1, 2, 3, 4, 5].map(chosen)).to.deep.equal([
        'Gestört',
        'Teilweise gestört',
        '– bitte wählen –',
        'In Wartung',
        'Teilweise gestört',
        'In Betrieb',
      ]);
      await status.querySelector('status-editor')!.check();
      const problems = [...status.querySelectorAll('#st-problems li')].map((item) => text(item));
      expect(problems).to.have.length(1);
      expect(problems[0]).to.contain('„kaputt“');
    });

    /** A key of the mock's payload store that no other test (or browser) uses. */
    const saveKey = () => `editor-save-${Date.now()}-${Math.random().toString(36).slice(2)}`;

    /** The status panel of a workbench with `saveUrl`, the template open and checked, the save part open. */
    async function templateWithSaveUrl(saveUrl: string): Promise<HTMLElement> {
      history.replaceState(null, '', location.pathname + location.search);
      const el = await fixture<CivicWorkbench>(
        html`<civic-workbench save-url=${saveUrl}></civic-workbench>`,
      );
      const status = panel(el);
      button(status, 'Vorlage Cyberangriff').click();
      await status.querySelector('status-editor')!.check();
      status.querySelector('details')!.open = true;
      return status;
    }

    it('saves to the city’s save address when one is set up, and only then offers it', async () => {
      const plain = await openWorkbench();
      expect(text(plain)).not.to.contain('Auf dem Server speichern');

      const key = saveKey();
      const status = await templateWithSaveUrl(`/api/_payload/${key}`);
      await typeInto(field(status, 'Zugangsschlüssel'), 'geheim');
      button(status.querySelector('details')!, 'Auf dem Server speichern').click();
      await waitUntil(
        () => text(status.querySelector('[role="status"]')).startsWith('Gespeichert'),
        'not saved',
      );
      expect(text(status.querySelector('[role="status"]'))).to.equal('Gespeichert (HTTP 204).');
      const stored = await (await fetch(`/api/_payload/${key}`)).json();
      expect(stored.services.map((service: { id: string }) => service.id)).to.deep.equal([
        'serviceportal',
        'maengelmelder',
        'standesamt',
        'homepage',
      ]);
      expect(serviceStatusContract.safeParse(stored).success).to.equal(true);
    });

    it('says in German why saving failed, and takes any 2xx as saved', async () => {
      const key = saveKey();
      const status = await templateWithSaveUrl(`/api/_payload/${key}?status=401`);
      const said = async (address: string) => {
        const before = text(status.querySelector('[role="status"]'));
        await typeInto(field(status, 'Speicher-Adresse'), address);
        button(status.querySelector('details')!, 'Auf dem Server speichern').click();
        await waitUntil(
          () => text(status.querySelector('[role="status"]')) !== before,
          `no answer for ${address}`,
        );
        return text(status.querySelector('[role="status"]'));
      };
      expect(await said(`/api/_payload/${key}?status=401`)).to.equal(
        'Nicht gespeichert: Der Server hat den Zugangsschlüssel abgelehnt (HTTP 401). Bitte prüfen Sie den Schlüssel oder fragen Sie Ihre IT.',
      );
      expect(await said(`/api/_payload/${key}?status=503`)).to.equal(
        'Nicht gespeichert: Der Server hat einen Fehler gemeldet (HTTP 503). Bitte laden Sie die Datei herunter und laden Sie sie im CMS hoch, oder fragen Sie Ihre IT.',
      );
      // A save script that answers "OK" as text saved the file: it is not a failure.
      expect(await said(`/api/_payload/${key}?status=200`)).to.equal('Gespeichert (HTTP 200).');
      const stored = await (await fetch(`/api/_payload/${key}`)).json();
      expect(stored.services).to.have.length(4);
    });

    it('previews the real widgets at phone and desktop width, with the notice of other widgets', async () => {
      const el = await openWorkbench();
      const status = panel(el);
      button(status, 'Vorlage Cyberangriff').click();
      await waitUntil(
        () => status.querySelector('[data-preview="phone"] defect-reporter'),
        'no notice preview',
      );
      const phone = status.querySelector<HTMLElement>('[data-preview="phone"]')!;
      expect(phone.getBoundingClientRect().width).to.be.at.most(320);
      const banner = phone.querySelector('service-status[variant="banner"]')!;
      await waitForState(banner as HTMLElement, 'ready');
      // On a phone the banner folds into one line (issue 12 §2).
      await waitUntil(
        () => shadowText(banner).includes('3 Dienste gestört – Details'),
        `the banner on a phone: ${shadowText(banner)}`,
      );
      const reporter = phone.querySelector('defect-reporter')!;
      await waitUntil(
        () => shadow(reporter, '[part~="service-notice"]'),
        'no service notice in the reporter',
      );
      expect(shadowText(reporter)).to.contain('Serviceportal: Gestört');
      // As on a page: the reporter's own data fails too, so it shows the editor's message …
      await waitForState(reporter as HTMLElement, 'fallback');
      expect(shadowText(reporter)).to.contain('Wegen eines Angriffs auf einen IT-Dienstleister');
      // … and the form finder, whose data comes, only the short note (not the message).
      const finder = phone.querySelector('form-finder')!;
      await waitForState(finder as HTMLElement, 'ready');
      await waitUntil(() => shadow(finder, '[part~="service-notice"]'), 'no note in the finder');
      expect(text(shadow(finder, '[part~="service-notice"]'))).to.equal(
        'Serviceportal: Hier kann es zurzeit etwas länger dauern.',
      );
      expect(shadowText(finder)).not.to.contain('IT-Dienstleister');
    });

    it('is accessible (axe) with a whole status file open', async () => {
      const el = await openWorkbench();
      button(panel(el), 'Vorlage Cyberangriff').click();
      await waitUntil(() => text(el.querySelector('#st-problems')).includes('Keine Fehler'));
      await expect(el).to.be.accessible();
    });
  });

  describe('Formulare', () => {
    const csv = [
      'Titel;Fachbereich;Link;Suchbegriffe;Beschreibung',
      'Antrag auf Wohngeld;Fachbereich Soziales;https://www.stadt.example/wohngeld.pdf;Miete, Zuschuss;"Zuschuss zur Miete; auch für Eigentum"',
      ';Fachbereich Soziales;https://www.stadt.example/leer.pdf;;',
      'Hundesteuer anmelden;Steueramt;/formulare/hund.pdf;Hund;"Zeile eins',
      'Zeile zwei"',
      'Gewerbeanmeldung;Fachbereich Soziales;javascript:alert(1);;',
    ].join('\r\n');

    async function imported(el: CivicWorkbench): Promise<HTMLElement> {
      const forms = await openTab(el, 'formulare');
      giveCsv(
        forms,
        'Fachbereiche (CSV',
        'fachbereiche.csv',
        'Name;E-Mail\r\nFachbereich Soziales;soziales@example.org\r\n',
      );
      await waitUntil(
        () => text(forms.querySelector('[role="status"]')).includes('1 Zeile '),
        'departments not read',
      );
      giveCsv(forms, 'Formularliste (CSV)', 'formulare.csv', windows1252(csv));
      await waitUntil(() => forms.querySelector('form-finder'), 'no catalogue');
      return forms;
    }

    it('imports a German Excel CSV and shows each row’s problems', async () => {
      const forms = await imported(await openWorkbench());
      expect(text(forms.querySelector('[role="status"]'))).to.equal(
        '4 Zeilen gelesen (Windows-1252, Trennzeichen „;“).',
      );
      const rows = [...forms.querySelectorAll('#ff-problems tbody tr')].map((row) => text(row));
      expect(rows).to.deep.include(
        'Zeile 3 Titel fehlt bei „zeile-3“. Der Eintrag wird nicht angezeigt.',
      );
      expect(
        rows.some((row) =>
          row.startsWith(
            'Zeile 4 Fachbereich „Steueramt“ bei „Hundesteuer anmelden“ steht nicht in der Liste',
          ),
        ),
      ).to.equal(true);
      expect(
        rows.some((row) =>
          row.startsWith('Zeile 5 Link (URL) bei „Gewerbeanmeldung“ ist keine gültige Adresse'),
        ),
      ).to.equal(true);
      expect(
        button(forms, 'form-finder.json herunterladen').getAttribute('aria-disabled'),
      ).to.equal('true');
    });

    it('says in its row that a link without https:// leads nowhere, and blocks the export', async () => {
      const forms = await openTab(await openWorkbench(), 'formulare');
      giveCsv(
        forms,
        'Formularliste (CSV)',
        'formulare.csv',
        'Titel;Fachbereich;Link\r\nAntrag auf Wohngeld;soziales;www.stadt.example/wohngeld.pdf\r\n',
      );
      await waitUntil(() => forms.querySelector('#ff-problems tbody tr'), 'no row problem');
      const rows = [...forms.querySelectorAll('#ff-problems tbody tr')].map((row) => text(row));
      expect(rows).to.deep.equal([
        'Zeile 2 Link (URL) bei „Antrag auf Wohngeld“ ist keine gültige Adresse („www.stadt.example/wohngeld.pdf“): Ein Link beginnt mit https:// oder / (für Seiten dieser Website). Bitte mit https:// beginnen: „https://www.stadt.example/wohngeld.pdf“.',
      ]);
      expect(
        button(forms, 'form-finder.json herunterladen').getAttribute('aria-disabled'),
      ).to.equal('true');
    });

    it('says in its row when a department’s phone or e-mail is mistyped', async () => {
      const forms = await openTab(await openWorkbench(), 'formulare');
      giveCsv(
        forms,
        'Fachbereiche (CSV',
        'fachbereiche.csv',
        'Name;Telefon;E-Mail\r\nFachbereich Soziales;(O2324) 16-0;soziales@stadt,de\r\n',
      );
      await waitUntil(
        () => text(forms.querySelector('[role="status"]')).includes('1 Zeile '),
        'departments not read',
      );
      giveCsv(
        forms,
        'Formularliste (CSV)',
        'formulare.csv',
        'Titel;Fachbereich;Link\r\nAntrag auf Wohngeld;Fachbereich Soziales;/wohngeld.pdf\r\n',
      );
      await waitUntil(() => forms.querySelector('#ff-problems tbody tr'), 'no row problem');
      const rows = [...forms.querySelectorAll('#ff-problems tbody tr')].map((row) => text(row));
      expect(rows).to.deep.equal([
        'Fachbereiche (CSV, optional), Zeile 2 Telefon bei „Fachbereich Soziales“ ist keine gültige Telefonnummer („(O2324) 16-0“): Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden (ein Buchstabe O oder l statt 0 oder 1?).',
        'Fachbereiche (CSV, optional), Zeile 2 E-Mail bei „Fachbereich Soziales“ ist keine gültige E-Mail-Adresse („soziales@stadt,de“): Bitte in der Form name@stadt.de schreiben, ohne Leerzeichen und Kommas (ein Komma statt eines Punkts?).',
      ]);
      expect(
        button(forms, 'form-finder.json herunterladen').getAttribute('aria-disabled'),
      ).to.equal('true');
    });

    it('tries searches in a real <form-finder>, and exports what the contract accepts once fixed', async () => {
      const el = await openWorkbench();
      const forms = await imported(el);
      const finder = forms.querySelector<HTMLElement>('form-finder')!;
      await waitForState(finder, 'ready');
      const search = shadow<HTMLInputElement>(finder, '#q')!;
      search.value = 'Miete';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(
        () => shadowText(finder).includes('Antrag auf Wohngeld'),
        'search found nothing',
      );

      // The editor maps the description column away and fixes the file: one good row left.
      giveCsv(
        forms,
        'Formularliste (CSV)',
        'formulare.csv',
        'title,department,url\r\nAntrag auf Wohngeld,Fachbereich Soziales,https://www.stadt.example/wohngeld.pdf\r\n',
      );
      await oneFormFine(forms);
      const file = await download(button(forms, 'form-finder.json herunterladen'));
      const catalog = JSON.parse(file.text);
      expect(formCatalogContract.safeParse(catalog).success).to.equal(true);
      expect(catalog.forms[0]).to.include({
        department: 'fachbereich-soziales',
        id: 'antrag-auf-wohngeld',
      });
    });

    it('lets the editor map a column whose name differs', async () => {
      const el = await openWorkbench();
      const forms = await openTab(el, 'formulare');
      giveCsv(
        forms,
        'Formularliste (CSV)',
        'f.csv',
        'Formularname;Zuständig;Datei\nWohngeld;buergerbuero;/w.pdf\n',
      );
      await waitUntil(() => forms.querySelector('#ff-problems'));
      expect(text(forms.querySelector('#ff-problems'))).to.contain('Titel fehlt');
      // One way to mark fields, as in the widgets: the optional ones say so.
      const label = (id: string) => text(forms.querySelector(`label[for="ff-map-forms-${id}"]`));
      expect(label('title')).to.equal('Titel');
      expect(label('description')).to.equal('Beschreibung (optional)');
      expect(text(forms)).not.to.contain('Pflichtfeld');
      await choose(field<HTMLSelectElement>(forms, 'Titel'), 'Formularname');
      await choose(field<HTMLSelectElement>(forms, 'Link (URL)'), 'Datei');
      await oneFormFine(forms);
      await expect(el).to.be.accessible();
    });

    it('offers a CSV template that imports as it is', async () => {
      const el = await openWorkbench();
      const formsPanel = await openTab(el, 'formulare');
      const template = await download(button(formsPanel, 'CSV-Vorlage herunterladen'));
      expect(template.name).to.equal('formulare-vorlage.csv');
      expect([...template.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(template.text.startsWith('Titel;Fachbereich;Link')).to.equal(true);
    });
  });

  describe('Einbettungscode', () => {
    it('writes the snippet for the chosen widget and previews the real widget', async () => {
      const el = await openWorkbench();
      const embed = await openTab(el, 'einbettung');
      await choose(field<HTMLSelectElement>(embed, 'Baustein'), 'Formularsuche (<form-finder>)');
      await typeInto(field(embed, 'Adresse der Daten'), '/api/forms');
      await typeInto(field(embed, 'Kontakt: Telefon'), '(01234) 567-0');
      await choose(field<HTMLSelectElement>(embed, 'Überschriften-Ebene'), 'h3');
      await el.updateComplete;
      const snippet = field<HTMLTextAreaElement>(embed, 'HTML für Ihr CMS').value;
      // The contact is also the fallback paragraph: shown when the script itself cannot load.
      expect(snippet).to.equal(
        '<script type="module" src="/civic-widgets/dist/civic-widgets.js"></script>\n\n<form-finder\n  endpoint="/api/forms"\n  heading-level="3"\n  contact-phone="(01234) 567-0"\n>\n  <p slot="fallback"><a href="tel:012345670">(01234) 567-0</a></p>\n</form-finder>\n',
      );
      await waitUntil(() => embed.querySelector('#ec-preview-frame form-finder'), 'no preview');
      const preview = embed.querySelector<HTMLElement>('#ec-preview-frame form-finder')!;
      await waitForState(preview, 'ready');
      expect(shadowText(preview)).to.contain('Formular');
    });

    it('puts the widget in <city-services> with the status file, and checks its service there', async () => {
      const el = await openWorkbench();
      const embed = await openTab(el, 'einbettung');
      await choose(field<HTMLSelectElement>(embed, 'Baustein'), 'Mängelmelder (<defect-reporter>)');
      await typeInto(field(embed, 'Adresse der Daten'), '/api/defects/config');
      await typeInto(field(embed, 'Dienst'), 'maengelmeldr');
      await el.updateComplete;
      const warning = () => text(embed.querySelector('#ec-service-warning'));
      // Without a status file, `service` shows no outage: the editor is told so.
      await waitUntil(() => warning() !== '', 'no warning without a status file');
      expect(warning()).to.equal(
        'Ohne Adresse der Statusdatei weist der Baustein nicht auf Störungen dieses Dienstes hin.',
      );
      await typeInto(field(embed, 'Adresse der Statusdatei'), '/api/service-status');
      await typeInto(field(embed, 'Kontakt: Stelle'), 'Bürgerbüro');
      await typeInto(field(embed, 'Kontakt: E-Mail'), 'buergerbuero@example.org');
      await typeInto(field(embed, 'Kontakt: Erreichbarkeit'), 'Mo–Fr 8–12 Uhr');
      await el.updateComplete;
      expect(field<HTMLTextAreaElement>(embed, 'HTML für Ihr CMS').value).to.equal(
        '<script type="module" src="/civic-widgets/dist/civic-widgets.js"></script>\n\n' +
          '<city-services status-endpoint="/api/service-status">\n' +
          '  <defect-reporter\n    endpoint="/api/defects/config"\n    service="maengelmeldr"\n' +
          '    contact-name="Bürgerbüro"\n    contact-email="buergerbuero@example.org"\n' +
          '    contact-hours="Mo–Fr 8–12 Uhr"\n  >\n' +
          '    <p slot="fallback">Bürgerbüro: <a href="mailto:buergerbuero@example.org">buergerbuero@example.org</a>, Mo–Fr 8–12 Uhr</p>\n' +
          '  </defect-reporter>\n</city-services>\n',
      );
      // A typo in the id: the status file does not have it, and says which ids it has.
      await waitUntil(() => warning().startsWith('In der Statusdatei'), warning());
      expect(warning()).to.equal(
        'In der Statusdatei gibt es keinen Dienst „maengelmeldr“. Dort stehen: serviceportal, maengelmelder, standesamt, homepage, termine.',
      );
      expect(field(embed, 'Dienst').getAttribute('aria-describedby')).to.equal(
        'ec-service-warning',
      );
      // Said by a screen reader as it appears: it is in a live region.
      expect(embed.querySelector('#ec-service-warning')!.closest('[role="status"]')).to.exist;
      // The right id: no warning, and the preview says the service is down, as the page will.
      await typeInto(field(embed, 'Dienst'), 'maengelmelder');
      await waitUntil(() => warning() === '', warning());
      const preview = () =>
        embed.querySelector<HTMLElement>(
          '#ec-preview-frame city-services[status-endpoint="/api/service-status"] defect-reporter[service="maengelmelder"]',
        );
      await waitUntil(preview, 'no preview in <city-services>');
      await waitUntil(
        () => preview()!.shadowRoot?.querySelector('[part="service-notice"]'),
        'no outage notice in the preview',
      );
      expect(preview()!.querySelector('p[slot="fallback"] a')!.getAttribute('href')).to.equal(
        'mailto:buergerbuero@example.org',
      );
      await expect(el).to.be.accessible();
    });

    it('says at the field when the contact is mistyped, and copies only what reaches someone', async () => {
      const el = await openWorkbench();
      const embed = await openTab(el, 'einbettung');
      const phone = field(embed, 'Kontakt: Telefon');
      const email = field(embed, 'Kontakt: E-Mail');
      /** Types as an editor does, then leaves the field. */
      const fillIn = async (control: HTMLInputElement, value: string) => {
        await typeInto(control, value);
        control.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
      };
      const error = (control: HTMLElement) =>
        text(embed.querySelector(`#${control.id}-error`)) || null;
      await fillIn(phone, '(O2324) 2O4 O');
      await fillIn(email, 'buergerbuero@stadt,de');
      expect(error(phone)).to.equal(
        'Telefon ist keine gültige Telefonnummer („(O2324) 2O4 O“): Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden (ein Buchstabe O oder l statt 0 oder 1?).',
      );
      expect(error(email)).to.equal(
        'E-Mail ist keine gültige E-Mail-Adresse („buergerbuero@stadt,de“): Bitte in der Form name@stadt.de schreiben, ohne Leerzeichen und Kommas (ein Komma statt eines Punkts?).',
      );
      for (const control of [phone, email]) {
        expect(control.getAttribute('aria-invalid'), control.id).to.equal('true');
        expect(control.getAttribute('aria-describedby'), control.id).to.equal(
          `${control.id}-error`,
        );
      }
      // Copied, the snippet would dial tel:232424: it is not copied, the editor is told why.
      button(embed, 'Code kopieren').click();
      await waitUntil(() => document.activeElement === phone, 'the phone field is not focused');
      expect(text(embed.querySelector('.wb-actions [role="status"]'))).to.equal(
        'Erst die markierten Kontaktdaten korrigieren, dann den Code kopieren.',
      );
      await expect(el).to.be.accessible();

      await fillIn(phone, '(02324) 204 0');
      await fillIn(email, 'buergerbuero@stadt.de');
      for (const control of [phone, email]) {
        expect(error(control), control.id).to.equal(null);
        expect(control.hasAttribute('aria-invalid'), control.id).to.equal(false);
      }
    });

    it('requests the data address once when typing pauses, not at every keystroke', async () => {
      const el = await openWorkbench();
      const embed = await openTab(el, 'einbettung');
      const address = '/api/service-status';
      const requested: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requested.push(
          new URL(input instanceof Request ? input.url : input, location.href).pathname,
        );
        return realFetch(input, init);
      };
      try {
        const endpoint = field(embed, 'Adresse der Daten');
        // An editor typing at about 10 keys a second.
        for (let length = 1; length <= address.length; length++) {
          await typeInto(endpoint, address.slice(0, length));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const typed = requested.filter((path) => address.startsWith(path));
        expect(typed, typed.join(' ')).to.deep.equal([address]);
        await waitForState(
          embed.querySelector<HTMLElement>(
            `#ec-preview-frame service-status[endpoint="${address}"]`,
          )!,
          'ready',
        );
      } finally {
        window.fetch = realFetch;
      }
    });

    it('puts integrity on a script from another host', async () => {
      const el = await openWorkbench();
      const embed = await openTab(el, 'einbettung');
      await typeInto(
        field(embed, 'Adresse des Skripts'),
        'https://cdn.jsdelivr.net/npm/civic-widgets@0.1.0/dist/civic-widgets.js',
      );
      await el.updateComplete;
      expect(embed.querySelector('.wb-error')).to.exist;
      await typeInto(field(embed, 'Prüfsumme'), 'sha384-abc');
      await el.updateComplete;
      expect(field<HTMLTextAreaElement>(embed, 'HTML für Ihr CMS').value).to.contain(
        'src="https://cdn.jsdelivr.net/npm/civic-widgets@0.1.0/dist/civic-widgets.js" integrity="sha384-abc" crossorigin="anonymous"',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('on a phone (320 px)', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits without scrolling sideways, in every tool', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await openWorkbench();
      button(panel(el), 'Vorlage Cyberangriff').click();
      await el.querySelector('status-editor')!.check();
      for (const tool of ['status', 'formulare', 'einbettung']) {
        el.querySelector<HTMLElement>(`#tab-${tool}`)!.click();
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(document.documentElement.scrollWidth, tool).to.be.at.most(320);
      }
    });

    it('offers a link past the form to the preview, far below it here', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await openWorkbench();
      button(panel(el), 'Vorlage Cyberangriff').click();
      await el.updateComplete;
      const heading = panel(el).querySelector<HTMLElement>('#st-preview-heading')!;
      expect(heading.getBoundingClientRect().top).to.be.above(2 * 640);
      const link = [...panel(el).querySelectorAll('a')].find(
        (a) => text(a) === 'Zur Vorschau springen',
      )!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => document.activeElement === heading, 'focus stayed on the link');
      const top = heading.getBoundingClientRect().top;
      expect(top).to.be.within(-1, 640);
      expect(location.hash, 'the hash names the tab').not.to.contain('preview');
      await setViewport({ width: 1280, height: 800 });
      expect(getComputedStyle(link).display === 'none' || link.offsetParent === null).to.equal(
        true,
      );
    });
  });

  describe('with the keyboard only', () => {
    it('moves between the tools with the arrow keys and fills the status form', async () => {
      const el = await openWorkbench();
      el.querySelector<HTMLElement>('#tab-status')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(document.activeElement?.id).to.equal('tab-formulare');
      expect(panel(el).id).to.equal('panel-formulare');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(panel(el).id).to.equal('panel-status');

      const status = panel(el);
      button(status, 'Leer beginnen').focus();
      await sendKeys({ press: 'Enter' });
      button(status, 'Dienst hinzufügen').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      field(status, 'Name des Dienstes').focus();
      await sendKeys({ type: 'Serviceportal' });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(field(status, 'Kennung (id)'));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(field(status, 'Status'));
      await waitUntil(() =>
        text(status.querySelector('#st-problems')).includes('Status fehlt bei „Serviceportal“'),
      );
    });
  });

  describe('done when: an editor with the guide alone', () => {
    it('marks the portal as down and publishes it, imports a form list, and embeds a widget', async () => {
      const el = await openWorkbench();
      expect(el.querySelector<HTMLAnchorElement>('a[href="/docs/de/README.md"]')).to.exist;

      // 1. Störung eintragen in 5 Schritten (docs/de/README.md).
      const status = panel(el);
      await typeInto(
        field(status, 'Adresse der Statusdatei'),
        '/api/service-status?variant=all-operational',
      );
      button(status, 'Von Adresse laden').click();
      await waitUntil(() => text(status.querySelector('[role="status"]')), 'not loaded');
      expect(text(status.querySelector('[role="status"]'))).to.equal(
        'Geladen: 5 Dienste, 0 Meldungen.',
      );
      expect(field(status, 'Name des Dienstes').value).to.equal('Serviceportal');
      await choose(field<HTMLSelectElement>(status, 'Status'), 'Gestört');
      await typeInto(
        field<HTMLTextAreaElement>(status, 'Meldung an die Bürgerinnen und Bürger'),
        'Das Serviceportal ist nicht erreichbar.',
      );
      const portal = status.querySelector<HTMLFieldSetElement>('form fieldset')!;
      expect(text(portal.querySelector('legend'))).to.equal('Serviceportal');
      button(portal, 'Alternative hinzufügen').click();
      await status.querySelector('status-editor')!.updateComplete;
      const added =
        [...portal.querySelectorAll('label')].filter((label) => text(label) === 'Bezeichnung')
          .length - 1;
      await typeInto(field(portal, 'Bezeichnung', added), 'Bürgerbüro');
      await typeInto(field(portal, 'Telefon', added), '(01234) 567-0');
      // The checks run after each keystroke; the last one decides.
      await status.querySelector('status-editor')!.check();
      expect(text(status.querySelector('#st-problems'))).to.contain('Keine Fehler');
      const published = JSON.parse(
        (await download(button(status, 'service-status.json herunterladen'))).text,
      );
      expect(published.services[0]).to.deep.include({
        status: 'major_outage',
        message: 'Das Serviceportal ist nicht erreichbar.',
      });
      expect(published.services[0].alternatives.at(-1)).to.deep.equal({
        label: 'Bürgerbüro',
        phone: '(01234) 567-0',
      });
      const page = await fixture<HTMLElement>(
        html`<service-status variant="banner" cache="off" refresh="0"></service-status>`,
      );
      (page as HTMLElement & { data: unknown }).data = published;
      await waitForState(page, 'ready');
      // A wide banner shows the impaired service's line (issue 12 §2).
      expect(shadowText(page)).to.contain('Serviceportal: Gestört.');

      // 2. A form list from a spreadsheet.
      const forms = await openTab(el, 'formulare');
      giveCsv(
        forms,
        'Formularliste (CSV)',
        'formulare.csv',
        windows1252('Titel;Fachbereich;Link\r\nAntrag auf Müllgefäße;buergerbuero;/muell.pdf\r\n'),
      );
      await oneFormFine(forms);
      const catalog = JSON.parse(
        (await download(button(forms, 'form-finder.json herunterladen'))).text,
      );
      expect(catalog.forms[0].title).to.equal('Antrag auf Müllgefäße');

      // 3. Embed a widget.
      const embed = await openTab(el, 'einbettung');
      await typeInto(field(embed, 'Adresse der Daten'), '/api/service-status');
      await el.updateComplete;
      expect(field<HTMLTextAreaElement>(embed, 'HTML für Ihr CMS').value).to.contain(
        '<service-status\n  endpoint="/api/service-status"\n></service-status>',
      );
      // The preview follows when typing pauses.
      const previewOfAddress = '#ec-preview-frame service-status[endpoint="/api/service-status"]';
      await waitUntil(() => embed.querySelector(previewOfAddress), 'no preview of the address');
      await waitForState(embed.querySelector<HTMLElement>(previewOfAddress)!, 'ready');
    });
  });
});
