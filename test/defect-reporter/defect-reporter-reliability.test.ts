// The promises of issue 11 for <defect-reporter>: no report sent twice, no refusal in silence,
// drafts that belong to the report being written (two tabs), a HEIC photo that says what to do.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { shadow, shadowText, waitForState } from '../helpers.js';
// What the test sets up and reads back: the element, a photo, the server's log, stored reports …
import { clearStoredReports, configUrl, exifPhoto, received, reporter } from './defect-helpers.js';
// … and what the citizen types, does and sees.
import {
  addPhotos,
  click,
  completeReport,
  contact,
  describeProblem,
  fill,
  goTo,
  next,
  refusal,
  send,
  step,
  waitForStep,
} from './defect-helpers.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';
import type { Report } from '../../src/defect-reporter/report.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const DRAFT_PREFIX = 'civic-widgets:defect-reporter:report:';
const LOCK_PREFIX = 'civic-widgets:defect-reporter:draft:';

/** The id of the stored draft whose description is `text`, if one is stored. */
function storedDraftId(text: string): string | undefined {
  const key = Object.keys(localStorage).find(
    (name) =>
      name.startsWith(DRAFT_PREFIX) &&
      (JSON.parse(localStorage.getItem(name)!) as Report).fields.description === text,
  );
  return key?.slice(DRAFT_PREFIX.length);
}

/**
 * Whether a widget in this page or another tab holds draft `id` (its Web Lock); `query`: the
 * browser's own query while holdLockQueries holds the page's.
 */
async function isClaimed(
  id: string,
  query = (): Promise<LockManagerSnapshot> => navigator.locks.query(),
): Promise<boolean> {
  const { held = [] } = await query();
  return held.some((lock) => lock.name === LOCK_PREFIX + id);
}

/**
 * Writes a report up to its description (a draft), as a citizen in one tab would, and waits
 * until its draft is stored and held by the widget: a citizen's tab has long done both before
 * they leave, and a widget reads its drafts after it is ready (slower under load).
 */
async function startReport(el: DefectReporter, description: string): Promise<void> {
  await waitForState(el, 'ready');
  await describeProblem(el, { address: 'Bahnhofstraße 12', description });
  await waitUntil(
    async () => {
      const id = storedDraftId(description);
      return id !== undefined && (await isClaimed(id));
    },
    `the draft "${description}" is not stored and held`,
    { timeout: 10000 },
  );
}

/**
 * Holds every Web Locks query (a widget reading its drafts asks which are held elsewhere)
 * until `release` is called, and counts them; `restore` puts the browser's own query back.
 */
function holdLockQueries() {
  const locks = navigator.locks;
  const query = locks.query.bind(locks);
  const counts = { asked: 0, answered: 0 };
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  locks.query = async () => {
    counts.asked += 1;
    await held;
    const snapshot = await query();
    counts.answered += 1;
    return snapshot;
  };
  const restore = () => {
    delete (locks as Partial<LockManager>).query; // the prototype's own again
    release();
  };
  return { counts, query, release, restore };
}

const description = (el: DefectReporter) =>
  shadow<HTMLTextAreaElement>(el, '#f-description')?.value;

describe('<defect-reporter> reliability', () => {
  beforeEach(clearStoredReports);

  describe('a report is never sent twice', () => {
    it('a double click (+30 ms), and clicks until the confirmation shows, file one report', async () => {
      const { url, run } = configUrl();
      const el = await reporter(url);
      await completeReport(el);
      shadow<HTMLButtonElement>(el, '#dr-next')!.click();
      await sleep(30);
      // The second click of a double click, then a citizen who clicks until something happens.
      while (step(el) === 'review') {
        shadow<HTMLButtonElement>(el, '#dr-next')?.click();
        await sleep(5);
      }
      await waitUntil(() => shadow(el, '.reference'), 'no confirmation');
      // Whatever the later clicks did, it has had time to reach the server.
      await sleep(300);
      expect(await received({ run })).to.have.length(1);
    });

    it('clicking again as soon as the button could re-enable after a 503 files one report, with one key', async () => {
      const { url, run } = configUrl({ fail: '1' });
      const el = await reporter(url);
      await completeReport(el);
      let clicks = 0;
      // A citizen hammering the button until something happens.
      while (step(el) === 'review') {
        shadow<HTMLButtonElement>(el, '#dr-next')?.click();
        clicks += 1;
        await sleep(5);
      }
      expect(clicks).to.be.greaterThan(1);
      await waitForStep(el, 'result');
      expect(shadowText(el)).to.contain('Ihre Meldung ist gespeichert');
      await click(el, '#dr-send-now');
      await waitUntil(() => shadow(el, '.reference'), 'no confirmation after "send now"');
      await sleep(300);
      const reports = await received({ run });
      expect(reports).to.have.length(1);
      // The 503 and the later attempt went with the same Idempotency-Key.
      expect(reports[0].attempts).to.equal(2);
    });
  });

  describe('a photo still being made smaller', () => {
    const original = window.createImageBitmap;
    afterEach(() => {
      window.createImageBitmap = original;
    });

    it('holds "Weiter" until the photo is in the report, and the report goes with it', async () => {
      const { url, run } = configUrl();
      const el = await reporter(url);
      await waitForState(el, 'ready');
      await describeProblem(el);
      await next(el);
      await waitForStep(el, 'photos');
      // The photo's decoding waits until the test lets it go (a slow phone).
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      window.createImageBitmap = ((...args: Parameters<typeof createImageBitmap>) =>
        held.then(() => original(...args))) as typeof createImageBitmap;
      const input = shadow<HTMLInputElement>(el, '#f-photo')!;
      const transfer = new DataTransfer();
      transfer.items.add(await exifPhoto(640, 480));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Foto wird verkleinert');
      expect(shadow(el, '#dr-next')!.getAttribute('aria-disabled')).to.equal('true');
      await next(el);
      await next(el);
      expect(step(el)).to.equal('photos');

      release();
      await waitUntil(() => !shadowText(el).includes('Foto wird verkleinert'), 'still busy');
      await el.updateComplete;
      expect(shadow(el, '#dr-next')!.getAttribute('aria-disabled')).to.equal('false');
      await next(el);
      await waitForStep(el, 'contact');
      await next(el);
      await waitForStep(el, 'review');
      await send(el);
      const reports = await received({ run });
      expect(reports).to.have.length(1);
      expect(reports[0].photos).to.have.length(1);
    });
  });

  describe('"Jetzt senden"', () => {
    const original = window.fetch;
    afterEach(() => {
      window.fetch = original;
    });

    it('says that it sends, ignores a second press meanwhile, and says that the report still waits', async () => {
      // The server takes no report for now: the direct attempt and "Jetzt senden" get a 503.
      const { url } = configUrl({ fail: '5' });
      const el = await reporter(url);
      await completeReport(el);
      await send(el);
      expect(shadowText(el)).to.contain('Ihre Meldung ist gespeichert');
      // Each report sent waits until the test lets it go (a slow connection).
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let posts = 0;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.method !== 'POST') return original(input, init);
        posts += 1;
        return held.then(() => original(input, init));
      }) as typeof fetch;
      const button = () => shadow<HTMLButtonElement>(el, '#dr-send-now')!;
      button().click();
      await el.updateComplete;
      await waitUntil(() => posts === 1, 'not sent');
      expect(button().textContent!.trim()).to.equal('Wird gesendet …');
      const region = shadow(el, '[aria-live="polite"]')!;
      await waitUntil(() => region.textContent!.includes('Wird gesendet'), 'not announced');
      button().click();
      await el.updateComplete;

      release();
      await waitUntil(
        () => region.textContent!.includes('gerade nicht erreichbar'),
        'no word that it still waits',
      );
      expect(region.textContent).to.contain('wird automatisch gesendet, sobald es wieder geht');
      expect(button().textContent!.trim()).to.equal('Jetzt senden');
      expect(posts).to.equal(1);
    });
  });

  describe('a refusal is never silent', () => {
    it('413 with an HTML body: "Die Fotos sind zu groß", send without photos, e-mail and phone', async () => {
      const { url, run } = configUrl({ submit_variant: 'too-large' });
      const el = await reporter(url);
      await completeReport(el, { photos: [await exifPhoto(640, 480)] });
      const box = await refusal(el);
      expect(box.textContent).to.contain('Die Fotos sind zu groß');
      expect(el.shadowRoot!.activeElement).to.equal(box);
      const mail = box.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
      expect(decodeURIComponent(mail.href)).to.contain('Tiefes Schlagloch');
      expect(box.textContent).to.contain(contact.phone);
      expect(box.querySelector('details pre')!.textContent).to.contain('Tiefes Schlagloch');
      await expect(el).to.be.accessible();
      expect(await received({ run })).to.have.length(0);

      await click(el, '#dr-send-without-photos');
      await waitUntil(() => shadow(el, '.reference'), 'not sent without the photos');
      const reports = await received({ run });
      expect(reports).to.have.length(1);
      expect(reports[0].photos).to.deep.equal([]);
    });

    for (const [variant, status] of [
      ['forbidden', 403],
      ['not-found', 404],
    ] as const) {
      it(`${status} with an HTML body: a plain sentence, the e-mail and the phone`, async () => {
        const { url, run } = configUrl({ submit_variant: variant });
        const el = await reporter(url);
        await completeReport(el);
        const box = await refusal(el);
        expect(box.textContent).to.contain(`nicht angenommen (Fehler ${status})`);
        expect(box.querySelector('a[href^="mailto:"]')).to.exist;
        expect(box.textContent).to.contain(contact.phone);
        expect(step(el)).to.equal('review');
        expect(await received({ run })).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it("a 403 with a readable message shows the server's words", async () => {
      const { url } = configUrl({ submit_variant: 'forbidden-json' });
      const el = await reporter(url);
      await completeReport(el);
      expect((await refusal(el)).textContent).to.contain('Meldungen aus Ihrem Netz sind gesperrt');
    });
  });

  describe('drafts in two tabs', () => {
    it("A's text is not replaced by B's, and B's draft survives A's send", async () => {
      const { url, run } = configUrl();
      const tabA = await reporter(url);
      const tabB = await reporter(url);
      await startReport(tabA, 'Straßenlampe flackert seit Tagen.');
      await startReport(tabB, 'Schlagloch vor dem Rathaus, 20 cm tief.');

      // Tab A is reloaded: its own text comes back, not B's.
      tabA.remove();
      const reloadedA = await reporter(url);
      await waitForStep(reloadedA, 'description');
      expect(description(reloadedA)).to.equal('Straßenlampe flackert seit Tagen.');
      expect(description(tabB)).to.equal('Schlagloch vor dem Rathaus, 20 cm tief.');

      // A sends its report.
      for (const name of ['photos', 'contact', 'review']) {
        await next(reloadedA);
        await waitForStep(reloadedA, name);
      }
      await click(reloadedA, '#dr-next');
      await waitUntil(() => shadow(reloadedA, '.reference'), 'A not sent');
      const reports = await received({ run });
      expect(reports.map((report) => report.fields.description)).to.deep.equal([
        'Straßenlampe flackert seit Tagen.',
      ]);

      // B's draft is still there after a reload of B.
      tabB.remove();
      const reloadedB = await reporter(url);
      await waitForStep(reloadedB, 'description');
      expect(description(reloadedB)).to.equal('Schlagloch vor dem Rathaus, 20 cm tief.');
    });

    it('a saved report the city then refuses comes back into its form still held: another tab neither restores it nor sends it', async () => {
      // The first attempt meets a 503 (the report waits in the outbox); the next one a 422
      // (the server wants at least 10 characters of description).
      const { url, run } = configUrl({ fail: '1' });
      const tabA = await reporter(url);
      await completeReport(tabA, { description: 'Loch' });
      await send(tabA);
      expect(shadowText(tabA)).to.contain('Ihre Meldung ist gespeichert');
      await click(tabA, '#dr-send-now');
      await waitForStep(tabA, 'description');
      expect(description(tabA)).to.equal('Loch');
      const id = storedDraftId('Loch')!;
      expect(id, 'the refused report has no draft').to.be.a('string');
      expect(await isClaimed(id), 'the refused report is back without its claim').to.equal(true);

      // Another tab opens: it reads the drafts and claims a report of its own.
      const locks = async () =>
        (await navigator.locks.query()).held?.filter((lock) => lock.name?.startsWith(LOCK_PREFIX))
          .length ?? 0;
      const tabB = await reporter(url);
      await waitForState(tabB, 'ready');
      await waitUntil(async () => (await locks()) === 2, 'tab B holds no report', {
        timeout: 10000,
      });
      await tabB.updateComplete;
      expect(step(tabB)).to.equal('category');
      expect(shadow(tabB, '[data-draft]') === null, 'the refused report offered').to.equal(true);

      // A corrects the report and sends it: one report, A's.
      await fill(tabA, 'description', 'Loch im Gehweg, ca. 20 cm tief.');
      expect(JSON.parse(localStorage.getItem(DRAFT_PREFIX + id)!).fields.description).to.equal(
        'Loch im Gehweg, ca. 20 cm tief.',
      );
      await goTo(tabA, 'photos', 'contact', 'review');
      // A corrected report is a new request with a key of its own: its first attempt meets the
      // 503 too, and it waits again.
      await send(tabA);
      await click(tabA, '#dr-send-now');
      await waitUntil(() => shadow(tabA, '.reference'), 'A not sent');
      const reports = await received({ run });
      expect(reports.map((report) => report.fields.description)).to.deep.equal([
        'Loch im Gehweg, ca. 20 cm tief.',
      ]);
      expect(step(tabB)).to.equal('category');
    });

    it('a saved report refused after "Neue Meldung" waits in the list; the new report stays in the form, held', async () => {
      const { url } = configUrl({ fail: '1' });
      const el = await reporter(url);
      await completeReport(el, { description: 'Loch' });
      await send(el);
      await click(el, '#dr-another');
      await waitForStep(el, 'category');
      await startReport(el, 'Ampel an der Kreuzung ist aus.');
      await click(el, '#dr-send-now');
      await waitUntil(() => shadow(el, '[part="outbox"] li .error'), 'the refusal is not listed', {
        timeout: 8000,
      });
      expect(step(el)).to.equal('description');
      expect(description(el)).to.equal('Ampel an der Kreuzung ist aus.');
      expect(await isClaimed(storedDraftId('Ampel an der Kreuzung ist aus.')!)).to.equal(true);
      expect(storedDraftId('Loch')).to.equal(undefined);
    });

    it('offers every draft when more than one is left, and continues the chosen one', async () => {
      const { url } = configUrl();
      const first = await reporter(url);
      const second = await reporter(url);
      await startReport(first, 'Erster Entwurf: Ampel aus.');
      await startReport(second, 'Zweiter Entwurf: Bank kaputt.');
      first.remove();
      second.remove();

      const el = await reporter(url);
      await waitForState(el, 'ready');
      // The drafts are offered once the new reporter has read them (slower under load).
      await waitUntil(() => shadow(el, '[data-draft]'), 'no drafts offered', { timeout: 10000 });
      expect(shadowText(el)).to.contain('Sie haben einen angefangenen Entwurf vom');
      const offers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-draft]')];
      expect(offers).to.have.length(2);
      expect(step(el)).to.equal('category');
      await expect(el).to.be.accessible();
      const chosen = offers.find((offer) => offer.textContent!.includes('Bank kaputt'))!;
      chosen.querySelector('button')!.click();
      await waitForStep(el, 'description');
      expect(description(el)).to.equal('Zweiter Entwurf: Bank kaputt.');
      // The other one is still offered.
      expect(shadow(el, '[data-draft]')!.textContent).to.contain('Ampel aus');
    });

    it('a reporter taken off the page while it reads its drafts keeps the typed text, and the next one restores it', async () => {
      const { url } = configUrl();
      const text = 'Gully verstopft, die Straße steht unter Wasser.';
      const queries = holdLockQueries();
      try {
        // A citizen types while the reporter still reads its drafts; then the CMS re-renders
        // the tab and the reporter leaves the page before the read is done.
        const removed = await reporter(url);
        await waitForState(removed, 'ready');
        await describeProblem(removed, { address: 'Bahnhofstraße 12', description: text });
        removed.remove();
      } finally {
        queries.restore();
      }
      // The read completes after the reporter has gone: what was typed is saved then.
      await waitUntil(() => storedDraftId(text), 'the typed text was not saved', {
        timeout: 10000,
      });
      // The reporter that takes its place restores that draft: nothing holds it.
      const el = await reporter(url);
      await waitForState(el, 'ready');
      await waitForStep(el, 'description');
      expect(description(el)).to.equal(text);
      expect(shadowText(el)).to.contain('Ihr Entwurf vom');
    });

    it('a reporter taken off and put back while it reads its drafts reads them once: the draft comes back, and is not offered too', async () => {
      const { url } = configUrl();
      const text = 'Laterne umgefahren, Kabel liegen frei.';
      const first = await reporter(url);
      await startReport(first, text);
      first.remove();
      const id = storedDraftId(text)!;

      // Count the reads of the drafts (each asks which drafts are held) and hold them.
      const queries = holdLockQueries();
      const { counts } = queries;
      try {
        const el = await reporter(url);
        await waitUntil(() => counts.asked === 1, 'the reporter does not read its drafts', {
          timeout: 10000,
        });
        // The CMS re-renders the tab: the same reporter leaves the page and comes back while
        // its first read is still pending.
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await el.updateComplete;
        queries.release();
        await waitForStep(el, 'description', 10000);
        await waitUntil(
          async () => counts.answered === counts.asked && (await isClaimed(id, queries.query)),
          'the draft is not held',
          {
            timeout: 10000,
          },
        );
        await el.updateComplete;
        expect(description(el)).to.equal(text);
        expect(shadowText(el)).to.contain('Ihr Entwurf vom');
        expect(shadow(el, '[data-draft]')).to.equal(null);
        expect(counts.asked).to.equal(1);
      } finally {
        queries.restore();
      }
    });
  });

  it('says what to do with a HEIC photo', async () => {
    const { url } = configUrl();
    const el = await fixture<DefectReporter>(
      html`<defect-reporter endpoint=${url} timeout="3000"></defect-reporter>`,
    );
    await startReport(el, 'Müll am Spielplatz, drei Säcke.');
    await next(el);
    await waitForStep(el, 'photos');
    await addPhotos(el, [new File(['ftypheic'], 'IMG_0001.HEIC', { type: 'image/heic' })]);
    expect(shadow(el, '#e-photo')!.textContent).to.contain(
      'Bitte speichern Sie es als JPEG, oder senden Sie ein Bildschirmfoto.',
    );
  });
});
