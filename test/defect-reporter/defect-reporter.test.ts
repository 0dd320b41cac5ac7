import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/city-services/city-services.define.js';
import { shadow, shadowAll, shadowText, waitForState } from '../helpers.js';
import { mockFixture, payloadKey, payloadUrl, putPayload } from '../helpers-payload.js';
import {
  addPhotos,
  choose,
  clearStoredReports,
  click,
  completeReport,
  configUrl,
  contact,
  describeProblem,
  exifPhoto,
  expectDraft,
  filterCategories,
  fill,
  goTo,
  hasExif,
  next,
  received,
  reportLeftInOutbox,
  reporter,
  reporterAtLocation,
  refusal,
  send,
  step,
  storedDraftPhotos,
  waitForStep,
  writeDraft,
} from './defect-helpers.js';
import { createStore, set } from 'idb-keyval';
import { enqueue } from '../../src/defect-reporter/report-outbox.js';
import { OUTBOX_DB, OUTBOX_STORE } from '../../src/defect-reporter/report-stores.js';
import { createReport } from '../../src/defect-reporter/report.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';
import type { Report } from '../../src/defect-reporter/report.js';

const mailHref = (el: DefectReporter, within = ''): string =>
  shadow<HTMLAnchorElement>(el, `${within} a[href^="mailto:"]`)?.getAttribute('href') ?? '';

describe('<defect-reporter>', () => {
  beforeEach(clearStoredReports);

  describe('when the config loads', () => {
    it('shows the categories in groups and filters them as the citizen types', async () => {
      const el = await reporter(configUrl().url);
      await waitForState(el, 'ready');
      const legends = shadowAll(el, 'fieldset legend').map((l) => l.textContent!.trim());
      expect(legends).to.deep.equal([
        'Straßen und Wege',
        'Beleuchtung',
        'Sauberkeit',
        'Grün und Spielplätze',
        'Weitere',
      ]);
      expect(shadowAll(el, 'input[name="category"]')).to.have.length(9);
      // The emergency numbers come before the first field.
      const tel = shadowAll<HTMLAnchorElement>(el, '[part="emergency"] a').map((a) =>
        a.getAttribute('href'),
      );
      expect(tel).to.deep.equal(['tel:110', 'tel:112']);
      await expect(el).to.be.accessible();

      expect(await filterCategories(el, 'laterne')).to.deep.equal(['strassenlaterne']);
      expect(shadow(el, '#dr-count')!.textContent).to.contain('1 von 9 Kategorien');
      // Umlauts and ß need not be typed: "strasse" finds "Straße".
      expect(await filterCategories(el, 'strasse schlag')).to.deep.equal(['strassenschaden']);
      await expect(el).to.be.accessible();
    });

    it('announces the count of matching categories when it changes, not at every key', async () => {
      const el = await reporter(configUrl().url);
      await waitForState(el, 'ready');
      const region = shadow(el, '[aria-live="polite"]')!;
      const said: string[] = [];
      const observer = new MutationObserver(() => {
        const text = region.textContent!.trim();
        if (text) said.push(text);
      });
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      for (const typed of ['l', 'la', 'lat', 'late', 'later', 'latern', 'laterne']) {
        await filterCategories(el, typed);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await el.updateComplete;
      }
      observer.disconnect();
      expect(said.at(-1)).to.equal('1 von 9 Kategorien');
      // "late" to "laterne" all find the one street lamp: said once.
      expect(said.filter((text) => text === '1 von 9 Kategorien')).to.have.length(1);
      expect(said.length).to.be.lessThan(7);
    });

    it('asks for a category before going on, at the field', async () => {
      const el = await reporter(configUrl().url);
      await waitForState(el, 'ready');
      await next(el);
      expect(step(el)).to.equal('category');
      expect(shadow(el, '#e-category')!.textContent).to.contain('Bitte wählen Sie eine Kategorie');
      const radio = shadow(el, 'input[name="category"]')!;
      expect(radio.getAttribute('aria-invalid')).to.equal('true');
      expect(radio.getAttribute('aria-describedby')).to.equal('e-category');
      expect(el.shadowRoot!.activeElement).to.equal(radio);
      await expect(el).to.be.accessible();
    });

    it('skips a category entry that does not validate', async () => {
      const el = await reporter(configUrl({ variant: 'one-invalid' }).url);
      await waitForState(el, 'ready');
      expect(shadowAll(el, 'input[name="category"]')).to.have.length(9);
    });

    it('loads no map code when the config has no map', async () => {
      const el = await reporterAtLocation('muell');
      expect(shadow(el, '#dr-map-open')).to.equal(null);
      const loaded = performance.getEntriesByType('resource').map((e) => e.name);
      expect(loaded.some((n) => n.includes('leaflet') || n.includes('location-map'))).to.equal(
        false,
      );
    });
  });

  describe('when the citizen sends a report', () => {
    it('keeps the reference number whole on one line at 320 px', async () => {
      const el = await reporter(configUrl().url);
      await completeReport(el);
      const sent = oneEvent(el, 'civic-report-sent');
      await send(el);
      const { id } = (await sent).detail as { id: string };
      el.style.display = 'block';
      el.style.width = '320px';
      // The number's text wherever it stands in the paragraph, measured as the citizen sees it.
      const paragraph = shadow(el, '.reference')!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.textContent!.includes(id)) node = walker.nextNode();
      expect(node, `no text node with ${id}`).to.exist;
      const range = document.createRange();
      const start = node!.textContent!.indexOf(id);
      range.setStart(node!, start);
      range.setEnd(node!, start + id.length);
      const lineTops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      expect(lineTops.size, `${id} breaks across lines`).to.equal(1);
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('confirms with the reference number; the server has exactly one report with every field', async () => {
      const { url, run } = configUrl();
      const el = await reporter(url);
      await completeReport(el, { name: 'Erika Muster', email: 'erika@example.org', axe: true });
      const review = shadowText(el);
      expect(review).to.contain('Straßenschaden / Schlagloch').and.contain('Bahnhofstraße 12');
      expect(review).to.contain('Erika Muster, erika@example.org');
      const sent = oneEvent(el, 'civic-report-sent');
      await send(el);
      const event = await sent;
      expect(event.detail.via).to.equal('direct');
      expect(shadow(el, '.reference')!.textContent).to.match(/Vorgangsnummer: HAT-2023-\d{4}/);
      expect(shadowText(el)).to.contain('Baubetriebshof');
      // The server's message starts with "Vielen Dank!" too: the panel thanks once.
      expect(shadow(el, '[part="result"]')!.textContent!.match(/Vielen Dank/g)).to.have.length(1);
      // "Der Baubetriebshof kümmert sich darum." is the server's: the panel does not say it again.
      expect(shadowText(el).match(/kümmert sich darum/g)).to.have.length(1);
      expect(el.shadowRoot!.activeElement?.id).to.equal('dr-step');
      await expect(el).to.be.accessible();

      const reports = await received({ run });
      expect(reports).to.have.length(1);
      const [report] = reports;
      expect(report.key).to.equal(event.detail.key);
      expect(report.key).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(report.id).to.equal(event.detail.id);
      expect(report.attempts).to.equal(1);
      expect(report.fields).to.include({
        category: 'strassenschaden',
        address: 'Bahnhofstraße 12, Hattingen',
        description: 'Tiefes Schlagloch vor Hausnummer 12, etwa 30 cm breit.',
        name: 'Erika Muster',
        email: 'erika@example.org',
        website: '',
      });
      // Nothing of the browser's own bookkeeping leaves it.
      expect(Object.keys(report.fields).some((k) => k.startsWith('_'))).to.equal(false);
      expect(Number(report.fields.fill_time)).to.be.at.least(0);
      expect(report.spam).to.equal(false);
    });

    it('clears the draft after the confirmed send', async () => {
      const { url } = configUrl();
      const el = await reporter(url);
      await completeReport(el);
      await send(el);
      el.remove();
      const again = await reporter(url);
      await waitForState(again, 'ready');
      await new Promise((r) => setTimeout(r, 100));
      expect(step(again)).to.equal('category');
      expect(shadow<HTMLInputElement>(again, 'input[name="category"]:checked')).to.equal(null);
      expect(shadowText(again)).not.to.contain('wiederhergestellt');
    });
  });

  describe('when the server refuses fields (4xx)', () => {
    it('shows the messages at the fields, keeps the input, and sends the corrected report once', async () => {
      const { url, run } = configUrl();
      const el = await reporter(url);
      await completeReport(el, { description: 'Loch' });
      await send(el).catch(() => undefined);
      await waitForStep(el, 'description');
      const textarea = shadow<HTMLTextAreaElement>(el, '#f-description')!;
      expect(textarea.value).to.equal('Loch');
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el, '#e-description')!.textContent).to.contain('mindestens 10 Zeichen');
      expect(textarea.getAttribute('aria-describedby')).to.contain('e-description');
      expect(el.shadowRoot!.activeElement).to.equal(textarea);
      await expect(el).to.be.accessible();
      expect(await received({ run })).to.have.length(0);

      await fill(el, 'description', 'Loch im Gehweg, ca. 20 cm tief.');
      expect(shadow(el, '#e-description')).to.equal(null);
      for (const s of ['photos', 'contact', 'review']) {
        await next(el);
        await waitForStep(el, s);
      }
      await send(el);
      expect(shadow(el, '.reference')).to.exist;
      const reports = await received({ run });
      expect(reports).to.have.length(1);
      expect(reports[0].fields.description).to.equal('Loch im Gehweg, ca. 20 cm tief.');
    });
  });

  describe('when the server fails first (5xx)', () => {
    it('keeps the report in the outbox and sends it once with the same key', async () => {
      const { url, run } = configUrl({ fail: '1' });
      const el = await reporter(url);
      await completeReport(el);
      const queued = oneEvent(el, 'civic-report-queued');
      await send(el);
      const { key, persisted } = (await queued).detail;
      expect(persisted).to.equal(true);
      expect(shadowText(el))
        .to.contain('Ihre Meldung ist gespeichert')
        .and.contain('nicht doppelt');
      const outbox = shadow(el, '[part="outbox"]')!;
      expect(outbox.textContent).to.contain('Straßenschaden / Schlagloch');
      await expect(el).to.be.accessible();

      const sent = oneEvent(el, 'civic-report-sent');
      await click(el, '#dr-send-now');
      expect((await sent).detail.key).to.equal(key);
      await waitUntil(() => shadow(el, '.reference'), 'no confirmation after the retry');
      expect(shadow(el, '[part="outbox"]')).to.equal(null);
      const reports = await received({ run });
      expect(reports).to.have.length(1);
      expect(reports[0].key).to.equal(key);
      expect(reports[0].attempts).to.equal(2);
    });

    it('sends it when the browser comes back online', async () => {
      const { el, run } = await reportLeftInOutbox();
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => shadow(el, '.reference'), 'not sent after online');
      expect(await received({ run })).to.have.length(1);
    });
  });

  describe('when the network fails while sending', () => {
    it('offers the e-mail with the full text and the phone, and says photos cannot travel by mail', async () => {
      const { url } = configUrl({ submit_fault: 'network' });
      const el = await reporter(url);
      await completeReport(el, { photos: [await exifPhoto(400, 300)] });
      await send(el);
      const outbox = shadow(el, '[part="outbox"]')!;
      expect(outbox.textContent).to.contain('Fotos können nicht automatisch');
      const href = mailHref(el, '[part="outbox"]');
      expect(href).to.match(/^mailto:maengelmelder@example\.org\?subject=/);
      const body = decodeURIComponent(href.split('&body=')[1]);
      expect(body).to.contain('Kategorie: Straßenschaden / Schlagloch');
      expect(body).to.contain('Tiefes Schlagloch vor Hausnummer 12, etwa 30 cm breit.');
      expect(body).to.contain('Ort: Bahnhofstraße 12, Hattingen');
      expect(body).to.contain('Fotos können nicht automatisch an eine E-Mail angehängt werden');
      expect(shadow(el, '[part="outbox"] a[href="tel:023242043030"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('keeps the whole text to copy when a long report does not fit into a mailto', async () => {
      const { url } = configUrl({ submit_fault: 'network' });
      const el = await reporter(url);
      const description = `${'Große Schäden an der Straße über die ganze Länge. '.repeat(70)}Ende.`;
      await completeReport(el, { description });
      await send(el);
      const href = mailHref(el, '[part="outbox"]');
      expect(href.length).to.be.at.most(1800);
      const body = decodeURIComponent(href.split('&body=')[1]);
      expect(body).to.contain('…');
      expect(body).not.to.contain('Ende.');
      const text = shadow(el, '[part="outbox"] details pre')!.textContent!;
      expect(text).to.contain(description);
      expect(text).to.contain('Kategorie: Straßenschaden / Schlagloch');
      expect(text).to.contain('Ort: Bahnhofstraße 12, Hattingen');
      await expect(el).to.be.accessible();
    });
  });

  describe('when the page is reloaded', () => {
    it('sends a report left in the outbox on the next visit, exactly once', async () => {
      const { el: first, url, run } = await reportLeftInOutbox();
      first.remove();

      const sent = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('civic-report-sent', (e) => resolve(e as CustomEvent), {
          once: true,
        }),
      );
      const second = await reporter(url);
      const event = await sent;
      expect(event.detail.via).to.equal('outbox');
      await waitUntil(() => shadowText(second).includes('wurde gesendet'), 'no delivery note');
      expect(shadowText(second)).to.contain(`Vorgangsnummer: ${event.detail.id}`);
      await expect(second).to.be.accessible();
      const reports = await received({ run });
      expect(reports).to.have.length(1);
      expect(reports[0].attempts).to.equal(2);
    });

    it('restores the draft with its step, text and photos when the widget comes back', async () => {
      const { url } = configUrl();
      const first = await reporter(url);
      await writeDraft(first);
      first.remove();

      const second = await reporter(url);
      await expectDraft(second);
      await click(second, '#dr-restart');
      await waitForStep(second, 'category');
      expect(shadow(second, 'input[name="category"]:checked')).to.equal(null);
    });
  });

  describe('a draft under a config that changed since', () => {
    it('kept at the photo step, it goes on with the contact where there is no photo step', async () => {
      const key = payloadKey('defects');
      const config = await mockFixture<Record<string, unknown>>('defect-reporter.json');
      await putPayload(key, config);
      const first = await reporter(payloadUrl(key));
      await writeDraft(first);
      first.remove();

      await putPayload(key, { ...config, max_photos: 0 });
      const second = await reporter(payloadUrl(key));
      await waitForStep(second, 'contact', 10000);
      expect(shadowText(second)).to.contain('Schritt 4 von 5');
      await click(second, '#dr-back');
      await waitForStep(second, 'description');
      expect(shadow<HTMLTextAreaElement>(second, '#f-description')!.value).to.equal(
        'Sperrmüll neben den Containern.',
      );
    });

    it('with more photos than `max_photos` now allows (1, then 0), the review shows what is sent, and that is what the config allows', async () => {
      const config = await mockFixture<Record<string, unknown>>('defect-reporter.json');
      for (const max of [1, 0]) {
        const key = payloadKey('defects');
        const { run } = configUrl();
        const submit = { ...config, submit_url: `/api/reports?run=${run}` };
        await putPayload(key, submit);
        const first = await reporter(payloadUrl(key));
        const photos = [
          await exifPhoto(400, 300),
          await exifPhoto(300, 400),
          await exifPhoto(500, 300),
        ];
        await completeReport(first, { photos });
        await waitUntil(
          async () => (await storedDraftPhotos()) === 3,
          'the photos are not stored',
          {
            timeout: 10000,
          },
        );
        first.remove();

        await putPayload(key, { ...submit, max_photos: max });
        const second = await reporter(payloadUrl(key));
        await waitForStep(second, 'review', 10000);
        await second.updateComplete;
        const shown = shadowAll(second, '.review .thumbs img').length;
        expect(shown, `max_photos ${max}: photos on the review`).to.equal(max);
        if (max) expect(shadow(second, '.review')!.textContent).to.contain('1 Foto');
        else expect(shadow(second, '#dr-change-photos') === null, 'a photo row').to.equal(true);
        await send(second);
        expect(shadow(second, '.reference')).to.exist;
        const [report] = await received({ run });
        expect(report.photos, `max_photos ${max}: photos sent`).to.have.length(max);
        second.remove();
        await clearStoredReports();
      }
    });

    it('its category gone from the config: the review sends nothing and goes to the category', async () => {
      const key = payloadKey('defects');
      const config = await mockFixture<{ categories: { id: string }[] }>('defect-reporter.json');
      await putPayload(key, config);
      const first = await reporter(payloadUrl(key));
      await completeReport(first);
      first.remove();

      const categories = config.categories.filter((category) => category.id !== 'strassenschaden');
      await putPayload(key, { ...config, categories });
      const second = await reporter(payloadUrl(key));
      await waitForStep(second, 'review', 10000);
      await next(second);
      await waitForStep(second, 'category');
      expect(shadow(second, '#e-category')!.textContent).to.contain('Bitte wählen Sie');
      expect(second.shadowRoot!.activeElement).to.equal(shadow(second, 'input[name="category"]'));
    });
  });

  describe('with photos', () => {
    it('downscales them to 2048 px JPEG without EXIF: checked on the bytes the server got', async () => {
      const { url, run } = configUrl();
      const photo = await exifPhoto(3000, 2000);
      expect(await hasExif(photo), 'the test photo carries EXIF').to.equal(true);
      const el = await reporter(url);
      await completeReport(el, { photos: [photo] });
      await send(el);
      const [report] = await received({ run });
      expect(report.photos).to.have.length(1);
      const [got] = report.photos;
      expect(got).to.include({
        type: 'image/jpeg',
        jpeg: true,
        exif: false,
        width: 2048,
        height: 1365,
      });
      expect(got.size).to.be.below(photo.size);

      // The server's check does see EXIF when it is there: the original, posted as it is.
      const raw = new FormData();
      for (const [k, v] of Object.entries(report.fields)) raw.append(k, v);
      raw.append('photo', photo);
      const key = crypto.randomUUID();
      const answer = await fetch(`/api/reports?run=${run}-raw`, {
        method: 'POST',
        headers: { 'Idempotency-Key': key },
        body: raw,
      });
      expect(answer.status).to.equal(201);
      const [original] = (await received({ key }))[0].photos;
      expect(original).to.include({ exif: true, width: 3000, height: 2000 });
    });

    it('takes a real JPEG that came without a type, and says of a file without one that is no image that it cannot be read', async () => {
      const { url, run } = configUrl();
      const el = await reporter(url);
      await completeReport(el);
      await click(el, '#dr-change-photos');
      await waitForStep(el, 'photos');
      const jpeg = await exifPhoto(400, 300);
      await addPhotos(el, [new File([jpeg], 'IMG_0042.JPG', { type: '' })]);
      expect(shadow(el, '#e-photo')?.textContent?.trim(), 'refused').to.equal(undefined);
      expect(shadowAll(el, '.thumbs img')).to.have.length(1);
      await addPhotos(el, [new File(['Einkaufsliste'], 'notizen', { type: '' })]);
      expect(shadow(el, '#e-photo')!.textContent).to.contain(
        '„notizen“ konnte nicht gelesen werden',
      );
      expect(shadowAll(el, '.thumbs img')).to.have.length(1);
      await goTo(el, 'contact', 'review');
      await send(el);
      const [report] = await received({ run });
      expect(report.photos).to.have.length(1);
      expect(report.photos[0]).to.include({ type: 'image/jpeg', jpeg: true, exif: false });
    });

    it('refuses what is not an image, more than max_photos, and photos over max_photo_bytes', async () => {
      const el = await reporter(configUrl({ variant: 'one-photo' }).url);
      await completeReport(el);
      await click(el, '#dr-change-photos');
      await waitForStep(el, 'photos');
      await addPhotos(el, [new File(['%PDF-1.4'], 'antrag.pdf', { type: 'application/pdf' })]);
      expect(shadow(el, '#e-photo')!.textContent).to.contain('„antrag.pdf“ ist kein Bild');
      expect(shadow(el, '#f-photo')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      await addPhotos(el, [await exifPhoto(300, 200, 'a.jpg'), await exifPhoto(300, 200, 'b.jpg')]);
      expect(shadowAll(el, '.thumbs img')).to.have.length(1);
      expect(shadow(el, '#e-photo')!.textContent).to.contain(
        'Sie können höchstens 1 Foto hinzufügen.',
      );
      expect(shadow(el, '#h-photo')!.textContent).to.contain('Höchstens 1 Foto.');
      expect(shadow<HTMLInputElement>(el, '#f-photo')!.disabled).to.equal(true);
      // The photo helpers are a chunk of their own: the removal follows once it is at hand.
      await click(el, '.thumbs li button');
      await waitUntil(() => shadowAll(el, '.thumbs img').length === 0, 'the photo is still shown');

      const tiny = await reporter(configUrl({ variant: 'tiny-photos' }).url);
      await completeReport(tiny);
      await click(tiny, '#dr-change-photos');
      await waitForStep(tiny, 'photos');
      await addPhotos(tiny, [await exifPhoto(1200, 900, 'gross.jpg')]);
      expect(shadow(tiny, '#e-photo')!.textContent).to.contain(
        '„gross.jpg“ ist auch verkleinert zu groß',
      );
      expect(shadowAll(tiny, '.thumbs img')).to.have.length(0);
    });
  });

  describe('the location step', () => {
    function fakeGeolocation(lat: number, lng: number, fail = false): () => void {
      const own = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: {
          getCurrentPosition(ok: PositionCallback, error: PositionErrorCallback) {
            setTimeout(() => {
              if (fail) error({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError);
              else
                ok({
                  coords: { latitude: lat, longitude: lng, accuracy: 12 },
                } as GeolocationPosition);
            }, 10);
          },
        },
      });
      return () => {
        if (own) Object.defineProperty(navigator, 'geolocation', own);
        else delete (navigator as unknown as Record<string, unknown>).geolocation;
      };
    }

    it('needs an address or a position', async () => {
      const el = await reporterAtLocation('strassenlaterne');
      await next(el);
      expect(step(el)).to.equal('location');
      expect(shadow(el, '#e-address')!.textContent).to.contain('Bitte geben Sie eine Adresse an');
      expect(el.shadowRoot!.activeElement?.id).to.equal('f-address');
      await expect(el).to.be.accessible();
    });

    it('uses the device position, and refuses one outside the city with a clear message', async () => {
      let restore = fakeGeolocation(51.4012, 7.1853);
      try {
        const el = await reporterAtLocation('strassenlaterne');
        await click(el, '#dr-locate');
        await waitUntil(() => shadow(el, '#dr-position'), 'no position');
        expect(shadow(el, '#dr-position')!.textContent)
          .to.contain('51.401200, 7.185300')
          .and.contain('12 m');
        await expect(el).to.be.accessible();
        await next(el);
        await waitForStep(el, 'description');
        restore();

        restore = fakeGeolocation(52.52, 13.405); // Berlin
        await click(el, '#dr-back');
        await waitForStep(el, 'location');
        await click(el, '#dr-locate');
        await waitUntil(() => shadow(el, '#e-position'), 'no message for a place outside');
        expect(shadow(el, '#e-position')!.textContent).to.contain('außerhalb des Stadtgebiets');
        await next(el);
        expect(step(el)).to.equal('location');
        await click(el, '#dr-unpin');
        expect(shadow(el, '#e-position')).to.equal(null);
      } finally {
        restore();
      }
    });

    /** A reporter at the location step whose "use my location" found no position: its message shows. */
    async function withoutPosition(then: (el: DefectReporter) => unknown): Promise<void> {
      const restore = fakeGeolocation(0, 0, true);
      try {
        const el = await reporterAtLocation('strassenlaterne');
        await click(el, '#dr-locate');
        await waitUntil(() => shadow(el, '#e-position'), 'no message');
        await then(el);
      } finally {
        restore();
      }
    }

    it('says so when the position is not available', () =>
      withoutPosition((el) => {
        expect(shadow(el, '#e-position')!.textContent).to.contain(
          'Bitte geben Sie die Adresse ein',
        );
      }));

    it('says it in English after a switch of the language (lang="en" set later)', () =>
      withoutPosition(async (el) => {
        el.setAttribute('lang', 'en');
        await waitUntil(
          () => shadow(el, '#dr-step-title')?.textContent?.trim() === 'Where is it?',
          'the step never spoke English',
        );
        expect(shadow(el, '#e-position')!.textContent!.trim()).to.equal(
          'Your location is not available or not shared. Please enter the address.',
        );
      }));
  });

  describe('when the config endpoint fails', () => {
    for (const fault of ['500', 'network', 'wrong-shape']) {
      it(`(${fault}) shows the contact and still lets the citizen write the report and mail it`, async () => {
        const el = await reporter(configUrl({ fault }).url);
        await waitForState(el, 'fallback');
        const fallback = shadow(el, '[part="fallback"]')!;
        expect(fallback.querySelector('a[href="tel:023242043030"]')).to.exist;
        expect(fallback.textContent).to.contain('per E-Mail');
        await expect(el).to.be.accessible();
        // The built-in short list of categories, no photos (they cannot travel in a mailto).
        expect(shadowAll(el, 'input[name="category"]')).to.have.length(4);
        await completeReport(el, {
          state: 'fallback',
          category: 'catLight',
          address: 'Am Ufer 3',
          description: 'Laterne seit einer Woche aus.',
        });
        expect(shadow(el, 'button[type="submit"]')).to.equal(null);
        const href = mailHref(el, 'form');
        expect(href).to.match(/^mailto:maengelmelder@example\.org\?subject=M%C3%A4ngelmeldung/);
        const body = decodeURIComponent(href.split('&body=')[1]);
        expect(body)
          .to.contain('Straßenbeleuchtung defekt')
          .and.contain('Laterne seit einer Woche aus.');
        expect(body).to.contain('Am Ufer 3');
        expect(body).not.to.contain('Fotos');
        expect(shadow(el, 'details pre')!.textContent).to.contain('Laterne seit einer Woche aus.');
        await expect(el).to.be.accessible();
      });
    }

    it('takes the e-mail address from the fallback slot when there are no contact attributes', async () => {
      const el = await fixture<DefectReporter>(
        html`<defect-reporter endpoint=${configUrl({ fault: '500' }).url}>
          <p slot="fallback">
            Telefon <a href="tel:+4923242043030">(02324) 204 3030</a>,
            <a href="mailto:maengel@example.org">maengel@example.org</a>
          </p>
        </defect-reporter>`,
      );
      await completeReport(el, {
        state: 'fallback',
        category: 'catWaste',
        address: 'Waldweg',
        description: 'Bauschutt im Wald.',
      });
      expect(mailHref(el, 'form')).to.match(/^mailto:maengel@example\.org\?/);
    });
  });

  describe('inside <city-services>', () => {
    it('turns an impaired defect service into a calm note while the form works, gone after the send', async () => {
      const { url, run } = configUrl();
      const wrapper = await fixture(
        html`<city-services status-endpoint="/api/service-status" refresh="0">
          <defect-reporter service="maengelmelder" endpoint=${url}></defect-reporter>
        </city-services>`,
      );
      const el = wrapper.querySelector('defect-reporter')!;
      await waitForState(el, 'ready');
      await waitUntil(() => shadow(el, '[part="service-notice"]'), 'no service notice');
      const notice = shadow(el, '[part="service-notice"]')!;
      // Its own endpoint answers: a calm note, no "Gestört … bitte telefonisch" above a working form.
      expect(notice.textContent).to.contain('Mängelmelder').and.contain('länger dauern');
      expect(notice.textContent).not.to.contain('Gestört');
      const order = notice.compareDocumentPosition(shadow(el, 'input[name="category"]')!);
      expect(order & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      await expect(el).to.be.accessible();

      await completeReport(el as DefectReporter);
      await send(el as DefectReporter);
      expect(shadow(el, '.reference')).to.exist;
      expect(shadow(el, '[part="service-notice"]')).to.equal(null);
      expect(await received({ run })).to.have.length(1);
    });
  });

  describe('when the config comes from the cache', () => {
    it('shows the stale form and still sends reports', async () => {
      const { url, run } = configUrl();
      const config = await (await fetch(url)).json();
      const failing = `${url}&fault=500`;
      localStorage.setItem(
        `civic-widgets:last-good:v1:${new URL(failing, document.baseURI).href}`,
        JSON.stringify({ savedAt: '2023-10-30T08:00:00+01:00', data: config }),
      );
      const el = await reporter(failing);
      await completeReport(el, { state: 'stale' });
      expect(shadow(el, '[part="stale-notice"]')!.textContent).to.contain('30.10.2023, 08:00');
      await send(el);
      expect(shadow(el, '.reference')).to.exist;
      expect(await received({ run })).to.have.length(1);
    });
  });

  describe('in English', () => {
    it('speaks English when the page is English', async () => {
      const wrapper = await fixture(
        html`<div lang="en">
          <defect-reporter
            endpoint=${configUrl().url}
            contact-email=${contact.email}
          ></defect-reporter>
        </div>`,
      );
      const el = wrapper.querySelector('defect-reporter')!;
      await waitForState(el, 'ready');
      await waitUntil(() => shadowText(el).includes('Report a problem'), 'English never arrived');
      expect(shadowText(el)).to.contain('Not for emergencies').and.contain('Step 1 of 6');
      await choose(el, 'gehweg');
      await next(el);
      await waitForStep(el, 'location');
      await waitUntil(() => shadowText(el).includes('Where is it?'), 'English flow strings');
      expect(shadowText(el)).not.to.contain('Adresse');
    });

    describe('what it keeps to say follows a switch of the language (lang="en" set later)', () => {
      /** Sets `lang` on the widget; resolves once the step's heading reads `heading`. */
      async function switchLanguage(
        el: DefectReporter,
        lang: 'de' | 'en',
        heading: string,
      ): Promise<void> {
        el.setAttribute('lang', lang);
        await waitUntil(
          () => shadow(el, '#dr-step-title')?.textContent?.trim() === heading,
          `the step's heading never read "${heading}"`,
        );
      }

      const switchToEnglish = (el: DefectReporter, heading: string) =>
        switchLanguage(el, 'en', heading);

      async function readyReporter(): Promise<DefectReporter> {
        const el = await reporter(configUrl().url);
        await waitForState(el, 'ready');
        return el;
      }

      it('a field error of the category step', async () => {
        const el = await readyReporter();
        await next(el);
        expect(shadow(el, '#e-category')!.textContent).to.contain(
          'Bitte wählen Sie eine Kategorie',
        );
        await switchToEnglish(el, 'What would you like to report?');
        expect(shadow(el, '#e-category')!.textContent!.trim()).to.equal(
          'Please choose a category.',
        );
      });

      it('the field errors of the contact step', async () => {
        const el = await readyReporter();
        await describeProblem(el);
        await goTo(el, 'photos', 'contact');
        await fill(el, 'email', 'anna@');
        await next(el);
        expect(shadow(el, '#e-email')!.textContent).to.contain('Bitte geben Sie eine gültige');
        expect(shadow(el, '#e-consent')!.textContent).to.contain('Bitte stimmen Sie zu');
        await switchToEnglish(el, 'Your contact details');
        expect(shadow(el, '#e-email')!.textContent!.trim()).to.equal(
          'Please enter a valid e-mail address, e.g. name@example.org.',
        );
        expect(shadow(el, '#e-consent')!.textContent!.trim()).to.equal(
          'Please agree, or leave name and e-mail address empty.',
        );
      });

      it('the refused photos, each of them', async () => {
        const el = await readyReporter();
        await describeProblem(el);
        await goTo(el, 'photos');
        const pdf = (name: string) => new File(['%PDF-1.4'], name, { type: 'application/pdf' });
        await addPhotos(el, [pdf('a.pdf'), pdf('b.pdf')]);
        expect(shadow(el, '#e-photo')!.textContent!.trim()).to.equal(
          '„a.pdf“ ist kein Bild. „b.pdf“ ist kein Bild.',
        );
        await switchToEnglish(el, 'Photos');
        expect(shadow(el, '#e-photo')!.textContent!.trim()).to.equal(
          '“a.pdf” is not a picture. “b.pdf” is not a picture.',
        );
      });

      it('the refusal of the city without words of its own (403), and back in German', async () => {
        const el = await reporter(configUrl({ submit_variant: 'forbidden' }).url);
        await completeReport(el);
        const german =
          'Der Server der Stadt hat die Meldung nicht angenommen (Fehler 403). Bitte senden Sie sie per E-Mail oder rufen Sie an.';
        const english =
          'The city’s server did not accept the report (error 403). Please send it by e-mail or call us.';
        expect((await refusal(el)).querySelector('li')!.textContent).to.equal(german);
        await switchToEnglish(el, 'Check and send');
        expect(shadow(el, '#e-general li')!.textContent).to.equal(english);
        await switchLanguage(el, 'de', 'Prüfen und senden');
        expect(shadow(el, '#e-general li')!.textContent).to.equal(german);
      });

      it('the note that a saved report was sent meanwhile, and back in German', async () => {
        const { el } = await reportLeftInOutbox();
        await click(el, '#dr-another');
        await waitForStep(el, 'category');
        const delivered = oneEvent(el, 'civic-report-sent');
        await click(el, '#dr-send-now');
        const { id } = (await delivered).detail;
        await waitUntil(() => shadow(el, '.notice.ok'), 'no note that it was sent');
        const note = () => shadow(el, '.notice.ok')!.textContent;
        expect(note()).to.equal(
          `Ihre gespeicherte Meldung „Straßenschaden / Schlagloch“ wurde gesendet. Vorgangsnummer: ${id}`,
        );
        await switchToEnglish(el, 'What would you like to report?');
        expect(note()).to.equal(
          `Your saved report “Straßenschaden / Schlagloch” has been sent. Reference number: ${id}`,
        );
        await switchLanguage(el, 'de', 'Was möchten Sie melden?');
        expect(note()).to.contain('wurde gesendet');
      });

      it('why a report that waited in the outbox was refused, and back in German', async () => {
        // A report saved on an earlier visit, refused (403) when this visit sends it.
        const { url } = configUrl({ submit_variant: 'forbidden' });
        const { submit_url: submitUrl } = (await (await fetch(url)).json()) as {
          submit_url: string;
        };
        const saved = createReport(url);
        await enqueue({
          ...saved,
          key: crypto.randomUUID(),
          fields: { ...saved.fields, category: 'strassenschaden', description: 'Tiefes Loch' },
          location: { address: 'Bahnhofstraße 12' },
          route: { api: 'civic', url: submitUrl, media: false },
          meta: { ...saved.meta, step: 'review', categoryName: 'Straßenschaden / Schlagloch' },
        });
        const el = await reporter(url);
        await waitUntil(() => shadow(el, '[part="outbox"] li .error'), 'the refusal is not shown', {
          timeout: 8000,
        });
        const why = () =>
          shadow(el, '[part="outbox"] li .error')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(why()).to.equal(
          'Die Meldung wurde nicht angenommen: Der Server der Stadt hat die Meldung nicht angenommen (Fehler 403). Bitte senden Sie sie per E-Mail oder rufen Sie an.',
        );
        await switchToEnglish(el, 'What would you like to report?');
        expect(why()).to.equal(
          'The report was not accepted: The city’s server did not accept the report (error 403). Please send it by e-mail or call us.',
        );
        await switchLanguage(el, 'de', 'Was möchten Sie melden?');
        expect(why()).to.contain('(Fehler 403)');
        // "Weiter" without a category: the focus goes to the category, not to that message.
        shadow<HTMLButtonElement>(el, '#dr-next')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement).to.equal(shadow(el, 'input[name="category"]'));
      });

      it('a refusal an older version kept as a sentence: shown as it was, the report kept', async () => {
        // Captured from the version that kept sentences (fixtures/README.md), English.
        const stored = (await (
          await fetch(new URL('./fixtures/outbox-entry-v2-sentences.json', import.meta.url))
        ).json()) as { id: string; report: Report };
        const { url } = configUrl();
        stored.report.meta.scope = url;
        await set(stored.id, stored, createStore(OUTBOX_DB, OUTBOX_STORE));
        const el = await reporter(url);
        await waitUntil(() => shadow(el, '[part="outbox"] li .error'), 'the entry is not shown');
        const entry = shadow(el, `[part="outbox"] li[data-key="${stored.id}"]`)!;
        expect(entry.querySelector('.error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          'Die Meldung wurde nicht angenommen: The city’s server did not accept the report (error 403). Please send it by e-mail or call us.',
        );
        expect(entry.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.contain(
          encodeURIComponent('Tiefes Schlagloch vor Hausnummer 12.'),
        );
      });
    });
  });
});
