import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/form-finder/form-finder.define.js';
import '../../src/city-services/city-services.define.js';
import { clearCivicStorage, uniqueUrl, waitForState, watchCalls } from '../helpers.js';
import { shadow, shadowAll, shadowText } from '../shadow-dom.js';
import { fakeTimeouts } from './fake-timeouts.js';
import { FormSearchIndex } from '../../src/form-finder/german-search.js';
import { mockFixture, payloadKey, payloadUrl, putPayload } from '../helpers-payload.js';
import type { FormFinder } from '../../src/form-finder/form-finder.js';
import type { FormSearchEvent } from '../../src/form-finder/form-finder-events.js';
import type { FormFinderCatalog } from '../../src/form-finder/form-finder-schema.js';

const FORMS = 31;

async function finder(endpoint: string, options: { cache?: 'off' } = {}): Promise<FormFinder> {
  return fixture<FormFinder>(
    html`<form-finder
      endpoint=${endpoint}
      cache=${ifDefined(options.cache)}
      contact-name="Bürgerbüro"
      contact-phone="(02324) 204 0"
      contact-email="buergerbuero@example.org"
      contact-hours="Mo–Fr 8–12 Uhr"
    ></form-finder>`,
  );
}

/** Waits for `state` and for the German search over the catalogue on screen. */
async function searchable(el: FormFinder, state: 'ready' | 'stale' = 'ready'): Promise<void> {
  await waitForState(el, state);
  expect(await el.searchReady(), 'the German search index is ready').to.equal(true);
}

/**
 * A searchable `<form-finder>` inside `<city-services>`, which reads the service statuses (with
 * the query parameters `statuses`, e.g. a mock variant) and tells the finder which services work.
 */
async function finderInCityServices(options: {
  service?: string;
  query?: string;
  statuses?: Record<string, string>;
}): Promise<FormFinder> {
  const root = await fixture(
    html`<city-services
      status-endpoint=${uniqueUrl('/api/service-status', options.statuses)}
      refresh="0"
    >
      <form-finder
        endpoint=${uniqueUrl('/api/forms')}
        service=${ifDefined(options.service)}
        query=${ifDefined(options.query)}
      ></form-finder>
    </city-services>`,
  );
  const el = root.querySelector('form-finder')!;
  await searchable(el);
  return el;
}

async function ready(extra: Record<string, string> = {}): Promise<FormFinder> {
  const el = await finder(uniqueUrl('/api/forms', extra));
  await searchable(el);
  return el;
}

const input = (el: FormFinder) => shadow<HTMLInputElement>(el, '#q')!;

/** Types `value` into the search box as one keystroke would. */
async function type(el: FormFinder, value: string): Promise<void> {
  const field = input(el);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Presses Enter in the search box (submits the search form). */
async function enter(el: FormFinder): Promise<void> {
  shadow<HTMLFormElement>(el, 'form')!.requestSubmit();
  await el.updateComplete;
}

async function choose(el: FormFinder, id: 'dept' | 'format', value: string): Promise<void> {
  const select = shadow<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const titles = (el: FormFinder, list = '[part="results"]') =>
  shadowAll(el, `${list} [part="result"] .title`).map((t) => t.textContent!.trim());
const results = (el: FormFinder) => shadowAll(el, '[part="result"]');
/**
 * A result a citizen sees: rendered, and what it holds not skipped (the results waiting for the
 * frame after a keystroke are `content-visibility: hidden`; an item may be empty then).
 */
const seen = (item: Element) =>
  item.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
  getComputedStyle(item).contentVisibility !== 'hidden';
const count = (el: FormFinder) => shadow(el, '[part="count"]')!.textContent!.trim();
const live = (el: FormFinder) => shadow(el, '[aria-live="polite"]')!.textContent!.trim();

describe('<form-finder>', () => {
  beforeEach(() => clearCivicStorage());

  describe('when the catalogue loads', () => {
    it('lists the forms alphabetically with their count, twenty at a time', async () => {
      const el = await ready();
      expect(count(el)).to.equal(`${FORMS} Formulare gefunden`);
      expect(results(el)).to.have.length(20);
      const shown = titles(el);
      expect(shown).to.deep.equal([...shown].sort((a, b) => a.localeCompare(b, 'de')));
      expect(shadow(el, '[part="more"]')!.textContent).to.contain(
        `${FORMS - 20} weitere Formulare anzeigen`,
      );
      expect(shadow(el, 'label[for="q"]')!.textContent).to.contain('Formular suchen');
      expect(shadowText(el)).to.contain('Stand des Formularverzeichnisses: 30.10.2023');
      await expect(el).to.be.accessible();
    });

    it('shows the results in view in its first frame with data, the rest of the twenty after it', async () => {
      // Issue 14 §3: the render with the data stays short; the ones below the fold follow.
      let loaded!: () => void;
      const shown = new Promise<void>((resolve) => (loaded = resolve));
      const el = await fixture<FormFinder>(
        html`<form-finder
          endpoint=${uniqueUrl('/api/forms')}
          @civic-loaded=${() => loaded()}
        ></form-finder>`,
      );
      await shown;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const visible = results(el).filter(seen);
      // 800 × 600: 5 of them reach into the viewport; no empty space below them in it.
      expect(visible.length).to.be.within(2, 7);
      expect(visible.at(-1)!.getBoundingClientRect().bottom).to.be.at.least(window.innerHeight);
      expect(count(el)).to.equal(`${FORMS} Formulare gefunden`);
      await el.updateComplete;
      expect(results(el)).to.have.length(20);
    });

    it('shifts nothing on the page while it loads and the rest of the twenty follow', async function () {
      // Issue 14 §3 (CLS ≤ 0.02), at the benchmark's desktop width: the 12 items that wait for
      // the frame after the first render with data are new and empty. Skipped
      // (`content-visibility: hidden`), Chromium counted their first content as a shift (0.03
      // on the benchmark's pages). Firefox has no Layout Instability API: nothing to observe
      // there, so the test is skipped there (reported as skipped) instead of passing empty.
      if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
      await setViewport({ width: 1280, height: 900 });
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) {
          shifts.push(entry.value);
        }
      });
      observer.observe({ type: 'layout-shift' });
      try {
        const el = await ready();
        expect(results(el).filter(seen)).to.have.length(20);
        // Layout shifts are reported after the frame they happen in.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        expect(shifts).to.deep.equal([]);
      } finally {
        observer.disconnect();
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('shows more forms on request and moves the focus to the first new one', async () => {
      const el = await ready();
      const more = shadow<HTMLButtonElement>(el, '[part="more"]')!;
      more.focus();
      more.click();
      await waitUntil(() => results(el).length === FORMS, 'no more forms');
      expect(shadow(el, '[part="more"]')).to.equal(null);
      const focused = el.shadowRoot!.activeElement;
      expect(focused?.closest('[part="result"]')).to.equal(results(el)[20]);
    });

    it('shows title, department, date, format and size, and the download link', async () => {
      const el = await ready();
      await type(el, 'wohngeld');
      const [item] = results(el);
      expect(item.querySelector('.title')!.textContent!.trim()).to.equal('Antrag auf Wohngeld');
      expect(item.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
      const meta = item.querySelector('.meta')!.textContent!;
      expect(meta).to.contain('Fachbereich Soziales und Wohnen').and.contain('Stand: 01.01.2023');
      const download = item.querySelector<HTMLAnchorElement>('[part="download"]')!;
      expect(download.getAttribute('href')).to.equal(
        'https://www.example.org/formulare/wohngeld.pdf',
      );
      expect(download.textContent!.trim()).to.equal('Herunterladen (PDF, 248 KB)');
      const online = item.querySelector<HTMLAnchorElement>('a[part="online"]')!;
      expect(online.getAttribute('href')).to.equal('https://portal.example.org/wohngeld');
      expect(online.textContent!.trim()).to.equal('Online ausfüllen');
    });

    it('skips forms that do not validate with a console warning; the rest still load', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await ready({ variant: 'one-invalid' });
        expect(count(el)).to.equal(`${FORMS} Formulare gefunden`);
        const skipped = warnings.map((w) => String(w[0])).filter((w) => w.includes('skipped'));
        expect(skipped).to.deep.equal([
          'civic-widgets: form #1 skipped',
          'civic-widgets: form #3 skipped',
        ]);
      } finally {
        console.warn = original;
      }
    });
  });

  describe('when the citizen types', () => {
    it('searches as they type, umlaut-aware, and marks the matched words', async () => {
      const el = await ready();
      await type(el, 'muell');
      expect(titles(el)[0]).to.equal('Anmeldung der Sperrmüllabholung');
      expect(results(el)[0].querySelector('.title mark')!.textContent).to.equal('müll');
      await type(el, 'Hund');
      expect(titles(el).slice(0, 2)).to.deep.equal([
        'Hundeanmeldung zur Hundesteuer',
        'Abmeldung eines Hundes von der Hundesteuer',
      ]);
      const marks = [...results(el)[0].querySelectorAll('.title mark')].map((m) => m.textContent);
      expect(marks).to.deep.equal(['Hund', 'Hund']);
      await type(el, 'gewerbeanmeldnug'); // one typo
      expect(titles(el)).to.deep.equal(['Gewerbeanmeldung']);
      await type(el, 'Strasse');
      expect(titles(el)[0]).to.equal('Antrag auf Sondernutzung öffentlicher Straßen');
      await expect(el).to.be.accessible();
    });

    it('works with the real keyboard', async () => {
      const el = await ready();
      input(el).focus();
      await sendKeys({ type: 'Gewerbe' });
      await waitUntil(() => titles(el).length === 3, 'typing did not search');
      expect(titles(el)).to.include('Gewerbeanmeldung');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('dept');
    });

    /**
     * Empties the field as a keystroke does; in the frame after it: the results then visible (by
     * title) and the number of results whose top is in the viewport.
     */
    async function emptyFieldAndLook(
      el: FormFinder,
    ): Promise<{ visible: string[]; inView: number }> {
      const field = input(el);
      field.value = '';
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const shown = results(el).filter(seen);
      const inView = results(el).filter((item) => item.getBoundingClientRect().top < innerHeight);
      expect(
        inView.every((item) => shown.includes(item)),
        'a result in the viewport waits for the next frame',
      ).to.equal(true);
      return {
        visible: shown.map((item) => item.querySelector('.title')!.textContent!.trim()),
        inView: inView.length,
      };
    }

    it('shows the results in view in the frame after a keystroke, the rest of the twenty a frame later', async () => {
      // Issue 14 §3: keystroke → painted waits only for the results on screen.
      const el = await ready();
      await type(el, 'wohngeld');
      const { visible, inView } = await emptyFieldAndLook(el);
      // The frame of the keystroke: the results in view (and one more) are this query's, the
      // others wait unseen.
      expect(visible.length).to.be.within(Math.max(inView, 1), inView + 1);
      expect(count(el)).to.equal(`${FORMS} Formulare gefunden`);
      await el.updateComplete;
      expect(results(el)).to.have.length(20);
      expect(results(el).every(seen)).to.equal(true);
      const shown = titles(el);
      expect(shown).to.deep.equal([...shown].sort((a, b) => a.localeCompare(b, 'de')));
      expect(visible).to.deep.equal(shown.slice(0, visible.length));
    });

    it('keeps the height of the results that wait for the frame after a keystroke', async () => {
      // The page must not get shorter for a frame: that could move its scroll position.
      const el = await ready();
      await type(el, 'antrag');
      // A frame with all of them drawn: the size a waiting item keeps is the last one drawn.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const height = (item: Element) => item.getBoundingClientRect().height;
      const before = new Map(results(el).map((item) => [item, height(item)]));
      const field = input(el);
      field.value = 'antra';
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const waiting = results(el).filter((item) => !seen(item));
      expect(waiting.length, 'results waiting in the frame').to.be.greaterThan(3);
      expect(waiting.map(height)).to.deep.equal(waiting.map((item) => before.get(item)));
      await el.updateComplete;
    });

    describe('in a small and a tall window', () => {
      afterEach(() => setViewport({ width: 800, height: 600 }));

      it('renders fewer results before the paint on a phone than in a tall window', async () => {
        const el = await ready();
        await setViewport({ width: 320, height: 640 });
        await type(el, 'wohngeld');
        const phone = await emptyFieldAndLook(el);
        await el.updateComplete;
        await setViewport({ width: 1280, height: 1600 });
        await type(el, 'wohngeld');
        const tall = await emptyFieldAndLook(el);
        expect(phone.visible.length, 'phone').to.be.within(1, 3);
        expect(tall.inView, 'results in the tall window').to.be.above(8);
        expect(tall.visible.length, 'tall window').to.be.within(tall.inView, 20);
      });
    });

    it("looks the page's language up once per render, not for every string", async () => {
      // Issue 14 §3: each look-up walks up the page to the nearest lang attribute; a page of
      // results has ~200 strings and dates.
      const el = await ready();
      const closest = Element.prototype.closest;
      let lookups = 0;
      Element.prototype.closest = function (this: Element, selectors: string) {
        if (selectors === '[lang]') lookups++;
        return closest.call(this, selectors);
      } as typeof closest;
      try {
        await type(el, 'antrag');
      } finally {
        Element.prototype.closest = closest;
      }
      expect(results(el).length, 'more results than the first 8').to.be.above(8);
      expect(shadowText(el)).to.include('Herunterladen');
      // The keystroke's render and the one of the rest after the paint.
      expect(lookups).to.be.within(1, 4);
    });

    it('builds the search index once per catalogue, not on every keystroke', async () => {
      // The index is built in slices by FormSearchIndex.build, once per catalogue.
      const builds = watchCalls(FormSearchIndex, 'build');
      try {
        const el = await ready();
        expect(builds.calls).to.have.length(1);
        for (const q of ['w', 'wo', 'woh', 'wohn', 'wohng']) await type(el, q);
        await choose(el, 'format', 'pdf');
        expect(titles(el)).to.include('Antrag auf Wohngeld');
        expect(builds.calls).to.have.length(1);
      } finally {
        builds.restore();
      }
    });

    it('ranks the one-letter queries ahead while its index is the one on screen', async () => {
      // Issue 14 §3: the first letter typed finds a ready list (german-search.ts prepareForTyping).
      const prepares = watchCalls(FormSearchIndex.prototype, 'prepareForTyping');
      try {
        const el = await ready();
        expect(prepares.calls).to.have.length(1);
        const [wanted] = prepares.calls[0] as [() => boolean];
        expect(wanted()).to.equal(true);
        el.remove();
        expect(wanted(), 'not for an element taken off the page').to.equal(false);
      } finally {
        prepares.restore();
      }
    });

    it('does not search again for a query typed a moment ago (Backspace)', async () => {
      const el = await ready();
      const searches = watchCalls(FormSearchIndex.prototype, 'search');
      try {
        for (const q of ['w', 'wo', 'woh', 'wohn', 'wohng', 'wohn', 'woh']) await type(el, q);
      } finally {
        searches.restore();
      }
      expect(searches.calls.map(([query]) => query)).to.deep.equal([
        'w',
        'wo',
        'woh',
        'wohn',
        'wohng',
      ]);
      // The results are those of the query on screen, not of the last one searched.
      expect(titles(el)).to.include('Antrag auf Wohngeld');
      expect(shadowText(el)).not.to.contain('Kein Formular');
      // Another format is another search, and back to all formats is again none.
      const more = watchCalls(FormSearchIndex.prototype, 'search');
      try {
        await choose(el, 'format', 'pdf');
        await choose(el, 'format', '');
      } finally {
        more.restore();
      }
      expect(more.calls).to.have.length(1);
    });

    it('announces the number of forms once per pause in typing', async () => {
      const el = await ready();
      const said: string[] = [];
      const region = shadow(el, '[aria-live="polite"]')!;
      const observer = new MutationObserver(() => {
        const text = region.textContent!.trim();
        if (text) said.push(text);
      });
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      const clock = fakeTimeouts();
      try {
        for (const q of ['H', 'Hu', 'Hun', 'Hund']) {
          await type(el, q);
          await nextFrame();
          expect(live(el), `announced while typing "${q}"`).to.equal('');
        }
        // Each keystroke replaced the pending announcement: one timer is left.
        expect(clock.pending()).to.deep.equal([500]);
        clock.tick(499);
        expect(clock.pending()).to.deep.equal([500]);
        clock.tick(500);
        expect(clock.pending()).to.deep.equal([]);
      } finally {
        clock.restore();
      }
      await waitUntil(() => live(el) !== '', 'nothing announced after the pause');
      expect(live(el)).to.equal(count(el));
      expect(live(el)).to.equal('3 Formulare gefunden');
      await nextFrame();
      observer.disconnect();
      expect(said).to.deep.equal(['3 Formulare gefunden']);
    });

    it('announces at once on Enter, without waiting for the pause', async () => {
      const el = await ready();
      const clock = fakeTimeouts();
      try {
        await type(el, 'Wahlschein');
        await nextFrame();
        expect(live(el), 'said while typing').to.equal('');
        await enter(el);
        // The live region is refilled one frame later (screen readers announce a change).
        await nextFrame();
        await el.updateComplete;
        expect(live(el)).to.equal('1 Formular gefunden');
        expect(live(el)).to.equal(count(el));
        // Enter settled the search: the pause timer is gone, nothing would be said twice.
        expect(clock.pending()).to.deep.equal([]);
      } finally {
        clock.restore();
      }
    });

    it('keeps what was typed, and the focus, while the catalogue is still loading', async () => {
      const el = await finder(uniqueUrl('/api/forms', { fault: 'slow', delay: '700' }));
      expect(el.getAttribute('state')).to.equal('loading');
      expect(shadow(el, '.loading')).to.exist;
      input(el).focus();
      await type(el, 'Sperrmüll');
      await searchable(el);
      expect(input(el).value).to.equal('Sperrmüll');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      expect(titles(el)).to.deep.equal(['Anmeldung der Sperrmüllabholung']);
    });

    it('says the count of what was typed while loading once the catalogue is there', async () => {
      const el = await finder(uniqueUrl('/api/forms', { fault: 'slow', delay: '700' }));
      input(el).focus();
      await type(el, 'Sperrmüll');
      await enter(el); // settled before the catalogue came: nothing to count yet
      expect(el.getAttribute('state')).to.equal('loading');
      await searchable(el);
      await waitUntil(
        () => live(el) === '1 Formular gefunden',
        `the live region says: "${live(el)}"`,
        { timeout: 5000 },
      );
    });
  });

  describe('filters', () => {
    it('filters by department, with the number of forms per department', async () => {
      const el = await ready();
      await type(el, 'Antrag');
      const options = shadowAll<HTMLOptionElement>(el, '#dept option').map((o) =>
        o.textContent!.replace(/\s+/g, ' ').trim(),
      );
      const total = Number(/\d+/.exec(count(el))![0]);
      expect(options[0]).to.equal(`Alle Fachbereiche (${total})`);
      expect(options).to.include('Fachbereich Soziales und Wohnen (3)');
      await choose(el, 'dept', 'soziales');
      expect(count(el)).to.equal('3 Formulare gefunden');
      expect(
        results(el).every((r) =>
          r.querySelector('.meta')!.textContent!.includes('Fachbereich Soziales und Wohnen'),
        ),
      ).to.equal(true);
      await choose(el, 'dept', '');
      expect(count(el)).to.equal(`${total} Formulare gefunden`);
    });

    // Found on the demo: "Bürgerbüro (0)" chosen, the page said "Kein Formular zu „Hund“
    // gefunden." and offered the same forms as "Ähnliche Formulare".
    it('says which filter hid every form found, and shows them all on request', async () => {
      const el = await ready();
      await type(el, 'Wohngeld');
      const found = count(el);
      await choose(el, 'dept', 'finanzen');
      expect(count(el)).to.equal(
        'Kein Formular zu „Wohngeld“ in „Fachbereich Finanzen – Steuern und Abgaben“ gefunden.',
      );
      expect(shadow(el, '#near'), 'no "similar forms": they are the ones hidden').to.equal(null);
      const all = shadow<HTMLButtonElement>(el, '[part="all-departments"]')!;
      expect(all.textContent!.trim()).to.equal('1 Formular dazu in allen Fachbereichen anzeigen');
      all.click();
      await el.updateComplete;
      expect(count(el)).to.equal(found);
      expect(shadow<HTMLSelectElement>(el, '#dept')!.value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part="result"] a'));
      await expect(el).to.be.accessible();
    });

    it('filters by format and fires civic-search with what was searched', async () => {
      const el = await ready();
      const searched = oneEvent(el, 'civic-search');
      await choose(el, 'format', 'docx');
      const event = (await searched) as FormSearchEvent;
      expect(event.detail).to.deep.equal({ query: '', department: '', format: 'docx', count: 2 });
      expect(titles(el)).to.deep.equal([
        'Anzeige einer Veranstaltung im Freien',
        'Erklärung zum Elternbeitrag für Kita und OGS',
      ]);
      expect(results(el)[0].querySelector('[part="download"]')!.textContent).to.contain(
        'DOCX, 130 KB',
      );
    });
  });

  describe('with department="…" and query="…"', () => {
    it('shows only that department’s forms, without the department filter', async () => {
      const el = await fixture<FormFinder>(
        html`<form-finder
          endpoint=${uniqueUrl('/api/forms')}
          department="finanzen"
          heading-level="3"
        ></form-finder>`,
      );
      await searchable(el);
      expect(count(el)).to.equal('4 Formulare gefunden');
      expect(shadow(el, '#dept')).to.equal(null);
      await type(el, 'Wohngeld');
      expect(count(el)).to.contain('Kein Formular');
      // the nearest forms and the contact stay within the department
      expect(shadowAll(el, '.contacts [part="contact"]')).to.have.length(1);
      expect(shadow(el, '.contacts')!.textContent).to.contain('steueramt@example.org');
      await expect(el).to.be.accessible();
    });

    it('pre-fills the search box from `query`', async () => {
      const el = await fixture<FormFinder>(
        html`<form-finder endpoint=${uniqueUrl('/api/forms')} query="Kita"></form-finder>`,
      );
      await searchable(el);
      expect(input(el).value).to.equal('Kita');
      expect(titles(el)).to.have.length(2);
      await type(el, 'Kita-Anmeldung');
      expect(el.query).to.equal('Kita-Anmeldung');
    });
  });

  describe('when the online service of a form is down', () => {
    it('says once above the results why, and marks each affected form quietly in words', async () => {
      const el = await finderInCityServices({ service: 'serviceportal' });
      await waitUntil(() => shadow(el, '[part="online-notice"]'), 'no note above the results');
      const notices = shadowAll(el, '[part="online-notice"]');
      expect(notices).to.have.length(1);
      expect(notices[0].textContent!.replace(/\s+/g, ' ')).to.contain(
        'Die Formulare lassen sich zurzeit nicht online ausfüllen (Serviceportal: Gestört).',
      );
      const list = shadow(el, '[part="results"]')!;
      expect(notices[0].compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.equal(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
      // Not repeated on the forms: each affected one says in words that it cannot be filled in online.
      expect(list.textContent).not.to.contain('Gestört');
      const affected = results(el).filter((item) => item.querySelector('.unavailable'));
      expect(affected.length).to.be.greaterThan(1);
      for (const item of affected) {
        expect(item.querySelector('a[part="online"]')).to.equal(null);
        expect(item.querySelector('[part="online"]')!.textContent!.trim()).to.equal(
          'Online ausfüllen: zurzeit nicht möglich',
        );
        expect(item.querySelector('[part="download"]')).to.exist;
      }
      // the widget also says up front that its own service is impaired
      expect(shadow(el, '[part="service-notice"]')!.textContent).to.contain('Serviceportal');
      await expect(el).to.be.accessible();
    });

    it('says it for the forms found: no note when no found form is filled in online', async () => {
      const el = await finderInCityServices({ query: 'Wohngeld' });
      await waitUntil(() => shadow(el, '.unavailable'), 'Wohngeld not marked unavailable');
      expect(shadowAll(el, '[part="online-notice"]')).to.have.length(1);
      await type(el, 'xyzzy');
      expect(shadow(el, '[part="online-notice"]')).to.equal(null);
    });

    it('links the online form while the service works', async () => {
      const el = await finderInCityServices({
        query: 'Wohngeld',
        statuses: { variant: 'recovered' },
      });
      const city = () => (el as unknown as { city?: { statuses: Map<string, unknown> } }).city;
      await waitUntil(() => city()?.statuses.size, 'no statuses from <city-services>');
      await el.updateComplete;
      expect(results(el)[0].querySelector('a[part="online"]')).to.exist;
      expect(shadow(el, '.unavailable')).to.equal(null);
    });
  });

  describe('request by e-mail', () => {
    it('offers every form by e-mail to its department, with the form’s name in the subject', async () => {
      const el = await ready();
      const links = results(el).map((r) => r.querySelector<HTMLAnchorElement>('a[part="request"]'));
      expect(
        links.every((a) => a?.textContent!.trim() === 'Formular per E-Mail anfordern'),
      ).to.equal(true);
      await type(el, 'Wohngeld');
      const href = results(el)[0].querySelector('a[part="request"]')!.getAttribute('href')!;
      const [address, query] = href.split('?');
      expect(address).to.equal('mailto:soziales@example.org');
      const params = new URLSearchParams(query.replace(/\+/g, '%2B'));
      expect(params.get('subject')).to.equal('Formular anfordern: Antrag auf Wohngeld');
      expect(params.get('body')).to.contain(
        'bitte senden Sie mir das Formular „Antrag auf Wohngeld“',
      );
      expect(href).not.to.contain(' ');
    });
  });

  describe('when nothing is found', () => {
    it('offers the nearest forms and every department’s contact', async () => {
      const el = await ready();
      await type(el, 'Bewohnerparkausweis Garage');
      expect(count(el)).to.equal('Kein Formular zu „Bewohnerparkausweis Garage“ gefunden.');
      expect(shadow(el, '#near')!.textContent).to.contain('Ähnliche Formulare');
      expect(titles(el, '[aria-labelledby="near"]')).to.deep.equal([
        'Antrag auf einen Bewohnerparkausweis',
      ]);
      const contacts = shadowAll(el, '.contacts [part="contact"]');
      expect(contacts).to.have.length(8);
      expect(contacts.every((c) => c.querySelector('a[href^="tel:"]'))).to.equal(true);
      expect(contacts.every((c) => c.querySelector('a[href^="mailto:"]'))).to.equal(true);
      expect(shadowText(el)).to.contain('Formular beim Fachbereich anfordern');
      await expect(el).to.be.accessible();
    });

    it('looks for the nearest forms once per query, not again in the render after the paint', async () => {
      const el = await ready();
      const suggestions = watchCalls(FormSearchIndex.prototype, 'suggest');
      try {
        await type(el, 'Bewohnerparkausweis Garag');
        await type(el, 'Bewohnerparkausweis Garage');
      } finally {
        suggestions.restore();
      }
      expect(titles(el, '[aria-labelledby="near"]')).to.deep.equal([
        'Antrag auf einen Bewohnerparkausweis',
      ]);
      // The index's own search ahead (german-search.ts warmUpNearest) may fall in between.
      const typed = suggestions.calls.map(([query]) => query as string);
      expect(typed.filter((query) => query.startsWith('Bewohner'))).to.deep.equal([
        'Bewohnerparkausweis Garag',
        'Bewohnerparkausweis Garage',
      ]);
    });

    describe('on a phone', () => {
      afterEach(() => setViewport({ width: 800, height: 600 }));

      it('shows the nearest forms in view in the frame after a keystroke, the contacts below them after it', async () => {
        // Issue 14 §3: keystroke → painted waits only for what is on screen.
        await setViewport({ width: 320, height: 640 });
        const el = await ready();
        await type(el, 'Antrag');
        const field = input(el);
        field.value = 'Antrag Garage';
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const near = shadowAll(el, '[aria-labelledby="near"] [part="result"]');
        const shown = near.filter(seen);
        const inView = near.filter((item) => item.getBoundingClientRect().top < innerHeight);
        expect(inView.every((item) => shown.includes(item))).to.equal(true);
        expect(shown.length).to.be.within(1, 3);
        expect(shadowAll(el, '.contacts [part="contact"]')).to.have.length(0);
        await el.updateComplete;
        expect(titles(el, '[aria-labelledby="near"]')).to.have.length(5);
        expect(shadowAll(el, '.contacts [part="contact"]')).to.have.length(8);
      });
    });

    it('still gives the contacts when there is nothing near', async () => {
      const el = await ready();
      await type(el, 'xyzzy');
      expect(shadow(el, '#near')).to.equal(null);
      expect(shadowAll(el, '.contacts [part="contact"]')).to.have.length(8);
    });
  });

  describe('with sync-url', () => {
    let original: string;
    beforeEach(() => {
      original = location.href;
    });
    afterEach(() => history.replaceState(history.state, '', original));

    const synced = async () => {
      const el = await fixture<FormFinder>(
        html`<form-finder endpoint=${uniqueUrl('/api/forms')} sync-url></form-finder>`,
      );
      await searchable(el);
      return el;
    };
    const param = (name: string) => new URL(location.href).searchParams.get(name);

    it('keeps query and filters in the page URL, and the other parameters too', async () => {
      const el = await synced();
      await type(el, 'Hund');
      expect(param('ff-q')).to.equal('Hund');
      await choose(el, 'dept', 'finanzen');
      await choose(el, 'format', 'pdf');
      expect(param('ff-dept')).to.equal('finanzen');
      expect(param('ff-format')).to.equal('pdf');
      await type(el, '');
      expect(param('ff-q')).to.equal(null);
      expect(new URL(location.href).searchParams.toString()).to.contain(
        new URL(original).searchParams.toString(),
      );
    });

    it('opens a linked search', async () => {
      const url = new URL(location.href);
      url.searchParams.set('ff-q', 'Anmeldung');
      url.searchParams.set('ff-dept', 'ordnung');
      history.replaceState(history.state, '', url);
      const el = await synced();
      expect(input(el).value).to.equal('Anmeldung');
      expect(shadow<HTMLSelectElement>(el, '#dept')!.value).to.equal('ordnung');
      expect(titles(el)).to.deep.equal(['Gewerbeanmeldung']);
    });

    it('goes back and forward through the searches with the browser', async () => {
      const el = await synced();
      await type(el, 'Hund');
      await type(el, 'Hunde'); // the same search: replaces the entry
      await enter(el);
      await type(el, 'Wohngeld'); // a new search after the pause
      await enter(el);
      await choose(el, 'format', 'pdf');
      const back = async () => {
        const popped = oneEvent(window, 'popstate');
        history.back();
        await popped;
        await el.updateComplete;
      };
      await back();
      expect(shadow<HTMLSelectElement>(el, '#format')!.value).to.equal('');
      expect(el.query).to.equal('Wohngeld');
      await back();
      expect(el.query).to.equal('Hunde');
      expect(input(el).value).to.equal('Hunde');
      expect(titles(el)).to.include('Hundeanmeldung zur Hundesteuer');
      await back();
      expect(el.query).to.equal('');
      const forward = oneEvent(window, 'popstate');
      history.forward();
      await forward;
      await el.updateComplete;
      expect(input(el).value).to.equal('Hunde');
    });

    it('leaves the URL alone without sync-url', async () => {
      const el = await ready();
      await type(el, 'Hund');
      expect(location.href).to.equal(original);
    });
  });

  // Every fault kind, the contact, the retry and axe: test/form-finder/form-finder-base.test.ts.
  describe('when the endpoint fails and nothing is cached', () => {
    it('says how to get a form by e-mail or phone, with the contact', async () => {
      const el = await finder(uniqueUrl('/api/forms', { fault: '500' }));
      await waitForState(el, 'fallback');
      expect(shadowText(el)).to.contain('Jedes Formular bekommen Sie auch per E-Mail oder Telefon');
      const contact = shadow(el, '[part="contact"]')!;
      expect(contact.querySelector('a[href="mailto:buergerbuero@example.org"]')).to.exist;
    });
  });

  describe('when the endpoint fails after a good answer', () => {
    it('keeps the last catalogue fully searchable, marked with its date', async () => {
      const url = uniqueUrl('/api/forms', { fault: '500', 'ok-first': '1' });
      const first = await finder(url);
      await waitForState(first, 'ready');
      first.remove();
      const el = await finder(url);
      await searchable(el, 'stale');
      expect(shadow(el, '[part="stale-notice"]')!.textContent).to.match(
        /zuletzt bekannten Stand vom \d\d\.\d\d\.\d{4}, \d\d:\d\d/,
      );
      await type(el, 'Hund');
      expect(titles(el)[0]).to.equal('Hundeanmeldung zur Hundesteuer');
      expect(shadowText(el)).to.contain('Stand des Formularverzeichnisses: 30.10.2023');
      await expect(el).to.be.accessible();
    });

    it('without a cache, keeps what was typed and offers it by e-mail', async () => {
      const url = uniqueUrl('/api/forms', { fault: '500', 'ok-first': '1' });
      const el = await finder(url, { cache: 'off' });
      await searchable(el);
      await type(el, 'Hundesteuer abmelden');
      await el.reload();
      await waitForState(el, 'fallback');
      const request = shadow<HTMLAnchorElement>(el, '[part="fallback"] a[part="request"]')!;
      expect(request.textContent).to.contain(
        'Formular „Hundesteuer abmelden“ per E-Mail anfordern',
      );
      expect(decodeURIComponent(request.getAttribute('href')!)).to.contain(
        'mailto:buergerbuero@example.org?subject=Formular anfordern: Hundesteuer abmelden',
      );
      expect(el.query).to.equal('Hundesteuer abmelden');
      await expect(el).to.be.accessible();
    });
  });

  // A catalogue with no usable form would answer every search with "Kein Formular gefunden.":
  // it is a wrong shape, and the last good catalogue (or the contact) shows instead.
  for (const [what, broken] of [
    ['with no form', { updated_at: '2026-12-03', departments: [], forms: [] }],
    [
      'whose every form is invalid (a CMS export renamed "title")',
      {
        forms: [
          { id: 'wohngeld', titel: 'Antrag auf Wohngeld', department: 'soziales', url: '/w.pdf' },
        ],
      },
    ],
  ] as const) {
    describe(`when the endpoint sends a catalogue ${what}`, () => {
      it('keeps the last good catalogue, searchable and marked with its date', async () => {
        const key = payloadKey('no-forms');
        await putPayload(key, await mockFixture('form-finder.json'));
        const el = await finder(payloadUrl(key));
        await searchable(el);
        await putPayload(key, broken);
        await el.reload();
        await searchable(el, 'stale');
        expect(shadow(el, '[part="stale-notice"]')!.textContent).to.match(
          /zuletzt bekannten Stand vom \d\d\.\d\d\.\d{4}, \d\d:\d\d/,
        );
        await type(el, 'Hund');
        expect(titles(el)[0]).to.equal('Hundeanmeldung zur Hundesteuer');
        await expect(el).to.be.accessible();
        // The browser's copy is still the good one: the next page shows it too.
        el.remove();
        const next = await finder(payloadUrl(key));
        await searchable(next, 'stale');
        expect(results(next)).to.have.length.above(0);
      });

      it('shows the contact on a first visit', async () => {
        const key = payloadKey('no-forms-first');
        await putPayload(key, broken);
        const el = await finder(payloadUrl(key));
        await waitForState(el, 'fallback');
        expect(shadowText(el)).not.to.contain('Kein Formular');
        const contact = shadow(el, '[part="contact"]')!;
        expect(contact.querySelector('a[href="mailto:buergerbuero@example.org"]')).to.exist;
        await expect(el).to.be.accessible();
      });
    });
  }

  describe('when the endpoint sends hostile data', () => {
    it('never turns text into markup and links nothing unsafe', async () => {
      const w = window as unknown as { __xss?: number };
      delete w.__xss;
      const el = await ready({ variant: 'xss' });
      await type(el, 'Wohngeld');
      const root = el.shadowRoot!;
      expect(titles(el)).to.have.length(1);
      expect(titles(el)[0]).to.contain('Antrag auf Wohngeld <img src=x onerror=');
      expect(root.querySelectorAll('img, script, iframe')).to.have.length(0);
      await type(el, 'zzzzzz'); // the departments' contacts
      const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.some((h) => h.toLowerCase().startsWith('javascript:'))).to.equal(false);
      expect(hrefs.some((h) => h.includes('bcc'))).to.equal(false);
      await new Promise((r) => setTimeout(r, 50));
      expect(w.__xss).to.equal(undefined);
    });
  });

  describe('with files of a megabyte and more', () => {
    // The megabytes' number format is made once per language (not on every render of a form).
    async function withLargeFiles(lang: string): Promise<string[]> {
      const catalog = await mockFixture<FormFinderCatalog>('form-finder.json');
      catalog.forms = catalog.forms.slice(0, 2).map((form, index) => ({
        ...form,
        format: 'pdf',
        size_bytes: [1_572_864, 5_000_000][index],
      }));
      const wrapper = await fixture(
        html`<div lang=${lang}><form-finder .data=${catalog}></form-finder></div>`,
      );
      const el = wrapper.querySelector('form-finder')!;
      await searchable(el);
      return results(el).map((item) => item.querySelector('[part="download"]')!.textContent!);
    }

    it('says their size in megabytes with one decimal, in German and in English', async () => {
      const german = await withLargeFiles('de');
      expect(german.join(' | ')).to.contain('PDF, 1,5 MB').and.contain('PDF, 4,8 MB');
      const english = await withLargeFiles('en');
      expect(english.join(' | ')).to.contain('PDF, 1.5 MB').and.contain('PDF, 4.8 MB');
    });
  });

  describe('on an English page', () => {
    it('speaks English', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><form-finder endpoint=${uniqueUrl('/api/forms')}></form-finder></div>`,
      );
      const el = wrapper.querySelector('form-finder')!;
      await searchable(el);
      await waitUntil(() => shadowText(el).includes('forms found'), 'English never arrived');
      expect(shadow(el, 'label[for="q"]')!.textContent).to.contain('Search forms');
      await type(el, 'Wohngeld');
      expect(results(el)[0].querySelector('[part="request"]')!.textContent).to.contain(
        'Request the form by e-mail',
      );
      expect(shadowText(el)).to.contain('As of 01/01/2023');
    });
  });
});
