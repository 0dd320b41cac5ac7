import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { shadow, shadowAll, shadowText, uniqueUrl, waitForState } from '../helpers.js';
import {
  clearStoredReports,
  click,
  completeReport,
  exifPhoto,
  open311Reporter,
  received,
  send,
  waitForStep,
} from './defect-helpers.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';

/** An Open311 base URL of its own (the run keys nothing on the server: the key does). */
function open311(params: Record<string, string> = {}): string {
  return uniqueUrl('/api/open311', params);
}

/** The mock server's city: its jurisdiction and the key it takes. */
const HATTINGEN = { jurisdiction: 'hattingen.example.org', apiKey: 'hattingen-demo-key' };

describe('<defect-reporter api="open311">', () => {
  beforeEach(async () => {
    await clearStoredReports();
  });

  describe('when the server answers', () => {
    it('reads the categories from services.json, grouped', async () => {
      const el = await open311Reporter(open311(), HATTINGEN);
      await waitForState(el, 'ready');
      const legends = shadowAll(el, 'fieldset legend').map((l) => l.textContent!.trim());
      expect(legends).to.deep.equal(['Straßen und Wege', 'Beleuchtung', 'Sauberkeit', 'Sonstiges']);
      const codes = shadowAll<HTMLInputElement>(el, 'input[name="category"]').map((r) => r.value);
      expect(codes).to.deep.equal(['001', '002', '010', '020', '099']);
      // Open311 keywords are searchable.
      const filter = shadow<HTMLInputElement>(el, '#dr-filter')!;
      filter.value = 'sperrmüll';
      filter.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(
        shadowAll<HTMLInputElement>(el, 'input[name="category"]').map((r) => r.value),
      ).to.deep.equal(['020']);
      await expect(el).to.be.accessible();
    });

    it('files the report form-encoded and shows the service_request_id and notice', async () => {
      const el = await open311Reporter(open311(), HATTINGEN);
      await completeReport(el, {
        category: '010',
        name: 'Anna Maria Schmidt',
        email: 'anna@example.org',
      });
      const sent = oneEvent(el, 'civic-report-sent');
      await send(el);
      const { key, id } = (await sent).detail;
      expect(shadow(el, '.reference')!.textContent).to.contain(`Vorgangsnummer: ${id}`);
      expect(shadowText(el)).to.contain('innerhalb von zwei Werktagen');
      await expect(el).to.be.accessible();
      const [report] = await received({ key });
      expect(report.api).to.equal('open311');
      expect(report.contentType).to.equal('application/x-www-form-urlencoded');
      expect(report.fields).to.deep.equal({
        jurisdiction_id: 'hattingen.example.org',
        service_code: '010',
        description: 'Tiefes Schlagloch vor Hausnummer 12, etwa 30 cm breit.',
        address_string: 'Bahnhofstraße 12, Hattingen',
        email: 'anna@example.org',
        first_name: 'Anna Maria',
        last_name: 'Schmidt',
        api_key: 'hattingen-demo-key',
      });
    });

    it('shows the token when the server gives only that', async () => {
      const el = await open311Reporter(open311({ variant: 'token' }), HATTINGEN);
      await completeReport(el, { category: '001' });
      await send(el);
      expect(shadow(el, '.reference')!.textContent).to.match(
        /Vorgangsnummer wird später vergeben.*tok-\d+/,
      );
    });

    it('breaks a token longer than a phone’s line, and keeps a short number in one piece', async () => {
      const el = await open311Reporter(open311({ variant: 'long-token' }), HATTINGEN);
      el.style.display = 'block';
      el.style.width = '320px';
      await completeReport(el, { category: '001' });
      await send(el);
      const reference = shadow(el, '.reference')!;
      expect(reference.textContent).to.match(/Kennung Ihrer Meldung: [0-9a-f-]{36}-\d+/);
      expect(reference.scrollWidth).to.be.at.most(reference.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
      // A number that reaches the line's end goes to the next line whole, not broken at a hyphen.
      const number = reference.querySelector('span')!;
      number.textContent = 'X';
      const oneLine = number.getBoundingClientRect().height;
      number.before('Vorgangsnummer der Stadt Hattingen an der Ruhr ');
      number.textContent = 'HAT-1999-0001';
      expect(number.getBoundingClientRect().height).to.be.closeTo(oneLine, 1);
    });

    it('takes a 2xx answer that names no number as sent, not to be sent again', async () => {
      const el = await open311Reporter(open311({ variant: 'no-number' }), HATTINGEN);
      const sent = oneEvent(el, 'civic-report-sent');
      await completeReport(el, { category: '001' });
      await send(el);
      // Retried, a server on another origin (no Idempotency-Key) would file it at every retry.
      expect(shadowText(el)).to.contain('Ihre Meldung ist eingegangen');
      expect(shadowText(el)).not.to.contain('Ihre Meldung ist gespeichert');
      expect(shadow(el, '.reference') === null, 'a line for a number').to.equal(true);
      const { key, id } = (await sent).detail;
      expect(id).to.equal('');
      expect(await received({ key })).to.have.length(1);
    });

    it('says of a saved report sent meanwhile without a number only that it was sent', async () => {
      // The first attempt fails (503): the report waits in the outbox while the citizen starts
      // another one; sent from there, the server's answer names no number.
      const el = await open311Reporter(open311({ variant: 'no-number', fail: '1' }), HATTINGEN);
      await completeReport(el, { category: '001' });
      await send(el);
      expect(shadowText(el)).to.contain('gespeichert');
      await click(el, '#dr-another');
      await waitForStep(el, 'category');
      await click(el, '#dr-send-now');
      await waitUntil(() => shadow(el, '.notice.ok'), 'no note that it was sent');
      // Not "… wurde gesendet. Vorgangsnummer:" with nothing after it.
      expect(shadow(el, '.notice.ok')!.textContent).to.match(
        /^Ihre gespeicherte Meldung „[^“]+“ wurde gesendet\.$/,
      );
      const region = shadow(el, '[aria-live="polite"]')!;
      await waitUntil(() => region.textContent!.includes('wurde gesendet'), 'not announced');
      expect(region.textContent!.trim()).to.match(/wurde gesendet\.$/);
    });

    it('sends photos as multipart `media` when the server accepts them', async () => {
      const el = await open311Reporter(open311(), { ...HATTINGEN, media: true });
      const sent = oneEvent(el, 'civic-report-sent');
      await completeReport(el, { category: '020', photos: [await exifPhoto(800, 600)] });
      await send(el);
      const [report] = await received({ key: (await sent).detail.key });
      expect(report.contentType).to.equal('multipart/form-data');
      expect(report.photos).to.have.length(1);
      expect(report.photos[0]).to.include({ jpeg: true, exif: false, width: 800 });
    });

    it('retries after a 5xx from the outbox with the same key, once', async () => {
      const el = await open311Reporter(open311({ fail: '1' }), HATTINGEN);
      await completeReport(el, { category: '002' });
      const queued = oneEvent(el, 'civic-report-queued');
      await send(el);
      const { key } = (await queued).detail;
      expect(shadowText(el)).to.contain('gespeichert');
      await click(el, '#dr-send-now');
      await waitUntil(() => shadow(el, '.reference'), 'not sent on retry');
      const reports = await received({ key });
      expect(reports).to.have.length(1);
      expect(reports[0].repeats).to.equal(0);
    });
  });

  describe('when the server refuses', () => {
    it('413 from the web server in front (photos as `media`): "Die Fotos sind zu groß", send without photos', async () => {
      const el = await open311Reporter(open311({ variant: 'too-large' }), {
        ...HATTINGEN,
        media: true,
      });
      await completeReport(el, { category: '020', photos: [await exifPhoto(800, 600)] });
      await send(el).catch(() => undefined);
      await waitForStep(el, 'review');
      const box = shadow(el, '#e-general')!;
      expect(box.textContent).to.contain('Die Fotos sind zu groß');
      expect(box.textContent).not.to.contain('Fehler 413');
      expect(el.shadowRoot!.activeElement).to.equal(box);
      await expect(el).to.be.accessible();

      const sent = oneEvent(el, 'civic-report-sent');
      await click(el, '#dr-send-without-photos');
      const [report] = await received({ key: (await sent).detail.key });
      expect(report.photos).to.deep.equal([]);
      // The event comes before the confirmation is drawn.
      await waitUntil(() => shadow(el, '.reference'), 'no confirmation with the number');
      expect(shadow(el, '.reference')!.textContent).to.contain('Vorgangsnummer');
    });

    it('says a refusal naming no field in one plain sentence, not the server’s line, and keeps the report', async () => {
      const el = await open311Reporter(open311(), { ...HATTINGEN, apiKey: 'wrong' });
      await completeReport(el, { category: '001' });
      await send(el).catch(() => undefined);
      await waitForStep(el, 'review');
      const box = shadow(el, '#e-general')!;
      expect(box.textContent).to.contain('Die Meldung wurde nicht angenommen');
      expect(box.textContent).to.contain(
        'Der Server der Stadt hat die Meldung nicht angenommen (Fehler 403). Bitte senden Sie sie per E-Mail oder rufen Sie an.',
      );
      expect(box.textContent).not.to.contain('Invalid api_key');
      expect(box.querySelector('a[href^="mailto:maengelmelder@example.org"]')).to.exist;
      expect(el.shadowRoot!.activeElement).to.equal(box);
      expect(shadowText(el)).to.contain('Tiefes Schlagloch');
      await expect(el).to.be.accessible();
    });

    it('leads to the field a 400 names, with a German message that follows a switch of the language', async () => {
      // The categories given directly, with one the server does not know (removed since).
      const el = await fixture<DefectReporter>(
        html`<defect-reporter
          api="open311"
          endpoint=${open311()}
          api-key="hattingen-demo-key"
          .data=${[{ service_code: '999', service_name: 'Abgeschaffte Kategorie', group: 'Alt' }]}
        ></defect-reporter>`,
      );
      await completeReport(el, { category: '999' });
      await send(el).catch(() => undefined);
      await waitForStep(el, 'category');
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('name') === 'category');
      const german =
        'Die Stadt konnte diese Angabe nicht annehmen. Bitte prüfen Sie sie: Kategorie';
      const said = () => shadow(el, '#e-category')!.textContent!.trim();
      expect(said()).to.equal(german);
      expect(shadowText(el)).not.to.contain('service_code 999 not found');
      // The message and the field's name in it follow lang="en" set later, and back.
      el.setAttribute('lang', 'en');
      const english = 'The city could not accept this answer. Please check it: Category';
      await waitUntil(() => said() === english, 'the message did not follow lang="en"');
      el.setAttribute('lang', 'de');
      await waitUntil(() => said() === german, 'the message did not follow lang="de"');
    });
  });

  describe('when services.json fails', () => {
    it('falls back to the contact and the e-mail', async () => {
      const el = await open311Reporter(open311({ fault: '500' }), HATTINGEN);
      await waitForState(el, 'fallback');
      // What the citizen sees: the e-mail address, and the form with the e-mail mode's categories.
      expect(shadow(el, '[part="fallback"] a[href="mailto:maengelmelder@example.org"]')).to.exist;
      const categories = shadowAll(el, 'input[name="category"]').map(
        (radio) => radio.closest('label')?.textContent?.trim() ?? '',
      );
      expect(categories).to.have.length(4);
      // Written to the end, the report goes as an e-mail with its text, nothing is sent.
      await completeReport(el, {
        state: 'fallback',
        category: 'catRoad',
        description: 'Tiefes Schlagloch vor Hausnummer 12.',
      });
      const mail = shadow<HTMLAnchorElement>(el, 'a.button[href^="mailto:"]')!;
      expect(decodeURIComponent(mail.href)).to.contain('Tiefes Schlagloch vor Hausnummer 12');
      expect(shadow(el, '#dr-next')).to.equal(null);
    });

    it('falls back for an unknown jurisdiction (404 with an error array)', async () => {
      const el = await fixture<DefectReporter>(
        html`<defect-reporter
          api="open311"
          endpoint=${open311()}
          jurisdiction="elsewhere.example.org"
          timeout="3000"
          contact-phone="(02324) 204 3030"
        ></defect-reporter>`,
      );
      await waitForState(el, 'fallback');
      // The citizen sees what failed, the phone, and can still write the report for the e-mail.
      const fallback = shadow(el, '[part="fallback"]')!;
      expect(fallback.textContent).to.contain('Der Mängelmelder ist gerade nicht erreichbar');
      expect(fallback.textContent).to.contain('senden Sie sie per E-Mail');
      expect(shadow(el, '[part="fallback"] a[href^="tel:"]')!.textContent).to.contain(
        '(02324) 204 3030',
      );
      expect(shadowAll(el, 'input[name="category"]')).to.have.length(4);
      await expect(el).to.be.accessible();
    });
  });
});
