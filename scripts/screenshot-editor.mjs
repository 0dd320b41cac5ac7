// Screenshots of the editors' workbench for the German guide (docs/de/README.md), in headless
// Chromium: the five steps of "Störung eintragen", the form import and the embed code, each as
// the editor sees it. Fails on any console error of the page.
// Usage: npm run build && node scripts/screenshot-editor.mjs [outdir]
import { mkdirSync } from 'node:fs';
import { serveDemo } from './serve-demo.mjs';
import { launchChromium } from './launch-chromium.mjs';

const outdir = process.argv[2] ?? 'docs/de/bilder';
mkdirSync(outdir, { recursive: true });
const { server, url } = await serveDemo({ quiet: true });
const browser = await launchChromium({ args: ['--lang=de-DE'] });
const problems = [];
const page = await browser.newPage();
page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
page.on('pageerror', (error) => problems.push(error.message));
await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
await page.emulateTimezone('Europe/Berlin');
await page.goto(new URL('/editor/', url).href, { waitUntil: 'networkidle0' });

/** Runs `action` in the page with helpers that find fields by label and buttons by text. */
const act = (action, ...args) =>
  page.evaluate(
    (source, ...inner) => {
      const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const panel = () => document.querySelector('[role="tabpanel"]:not([hidden])');
      const helpers = {
        button: (label, within = panel()) =>
          [...within.querySelectorAll('button')].find((b) => text(b).startsWith(label)),
        field: (label, index = 0, within = panel()) =>
          [...within.querySelectorAll('label')].filter((l) => text(l).startsWith(label))[index]
            ?.control,
        type(control, value) {
          control.value = value;
          control.dispatchEvent(new InputEvent('input', { bubbles: true }));
        },
        choose(select, label) {
          select.value = [...select.options].find((o) => text(o) === label).value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
        panel,
      };
      return new Function('h', 'args', `return (${source})(h, ...args)`)(helpers, inner);
    },
    action.toString(),
    ...args,
  );
const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

async function shoot(name, selector) {
  await settle();
  const element = await page.$(selector);
  await element.screenshot({ path: `${outdir}/${name}.png` });
}

// Step 1: open the current status.
await act((h) => {
  h.type(h.field('Adresse der Statusdatei'), '/api/service-status?variant=all-operational');
  h.button('Von Adresse laden').click();
});
await page.waitForFunction(() =>
  document.querySelector('[role="status"]')?.textContent.includes('Geladen'),
);
await shoot('werkbank-1-oeffnen', '#panel-status section');

// Step 2: the portal is down: status and message.
await act((h) => {
  h.choose(h.field('Status'), 'Gestört');
  h.type(
    h.field('Meldung an die Bürgerinnen und Bürger'),
    'Wegen eines Angriffs auf einen IT-Dienstleister nicht erreichbar.',
  );
});
await shoot('werkbank-2-status', '#panel-status form fieldset');

// Step 3: an alternative with a phone number, first left incomplete: the check says what is missing.
await act((h) => {
  const portal = h.panel().querySelector('form fieldset');
  h.button('Alternative hinzufügen', portal).click();
});
await settle();
await shoot('werkbank-3-fehler', '#st-problems');
await act((h) => {
  const portal = h.panel().querySelector('form fieldset');
  const index =
    [...portal.querySelectorAll('label')].filter((l) => l.textContent.trim() === 'Bezeichnung')
      .length - 1;
  h.type(h.field('Bezeichnung', index, portal), 'Bürgerbüro (telefonisch)');
  h.type(h.field('Telefon', index, portal), '(01234) 567-0');
});
await settle();
const alternatives = await page.$$('#panel-status form fieldset fieldset fieldset');
await alternatives.at(-1).screenshot({ path: `${outdir}/werkbank-3-alternative.png` });

// Step 4: the preview with the real widgets.
await shoot('werkbank-4-vorschau', '#panel-status .wb-sticky');

// Step 5: publish.
await page.evaluate(() => document.querySelector('#st-publish-heading').scrollIntoView());
await shoot(
  'werkbank-5-veroeffentlichen',
  '#panel-status section[aria-labelledby="st-publish-heading"]',
);

// The form import, from a German Excel CSV with one problem row.
await page.click('#tab-formulare');
await settle();
await page.evaluate(() => {
  const csv =
    'Titel;Fachbereich;Link;Suchbegriffe\r\nAntrag auf Wohngeld;buergerbuero;/formulare/wohngeld.pdf;Miete, Zuschuss\r\nHundesteuer: Anmeldung;buergerbuero;/formulare/hund.pdf;Hund\r\n;buergerbuero;/formulare/leer.pdf;\r\n';
  const bytes = Uint8Array.from([...csv].map((c) => c.charCodeAt(0)));
  const input = [...document.querySelectorAll('label')].find((l) =>
    l.textContent.trim().startsWith('Formularliste'),
  ).control;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], 'formulare.csv', { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
});
await page.waitForSelector('#panel-formulare form-finder');
await shoot('werkbank-formulare', '#panel-formulare');

// The embed code.
await page.click('#tab-einbettung');
await settle();
await act((h) => h.choose(h.field('Baustein'), 'Standesamt-Termine (<registry-booking>)'));
await settle();
await act((h) => {
  h.type(h.field('Adresse der Daten'), '/api/registry');
  h.type(h.field('Adresse der Statusdatei'), '/api/service-status');
  h.type(h.field('Dienst'), 'standesamt');
  h.type(h.field('Kontakt: Stelle'), 'Bürgerbüro');
  h.type(h.field('Kontakt: Telefon'), '(01234) 567-0');
});
await settle();
await shoot('werkbank-einbettung', '#panel-einbettung');

await browser.close();
await server.stop();
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Screenshots in ${outdir}/`);
