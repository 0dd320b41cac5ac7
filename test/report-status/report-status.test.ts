// <report-status> ("Meldung verfolgen") against the mock back end of the library's own contract
// (demo/mock/defect-reporter.mjs: the config with `status_url`, GET /api/reports/{id} answered
// from what POST /api/reports stored): a report just sent through <defect-reporter>, a number
// typed in, an unknown number, a lookup that fails, a deep link, and a config that cannot help.
import '../../src/defect-reporter/defect-reporter.define.js';
import '../../src/report-status/report-status.define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { reserveWidgetSpace } from '../../src/core/reserved-space.js';
import { rememberSentReport } from '../../src/defect-reporter/sent-reports.js';
import { clearCivicStorage, shadow, shadowAll, waitForState } from '../helpers.js';
import {
  clearOutbox,
  completeReport,
  configUrl,
  contact,
  reporter as reporterAt,
  send,
} from '../defect-reporter/defect-helpers.js';
import type { ReportStatus } from '../../src/report-status/report-status.js';

async function statusWidget(
  endpoint: string,
  attributes: { reportId?: string; lang?: string } = {},
): Promise<ReportStatus> {
  const el = await fixture<ReportStatus>(
    html`<report-status
      endpoint=${endpoint}
      timeout="3000"
      report-id=${attributes.reportId ?? ''}
      lang=${attributes.lang ?? 'de'}
      contact-name=${contact.name}
      contact-phone=${contact.phone}
      contact-email=${contact.email}
    ></report-status>`,
  );
  await waitForState(el, 'ready');
  return el;
}

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Runs `work` as on a page in `folder` (a path like `/stadt/maengel/`): the document's base URL,
 * against which a widget resolves a relative `endpoint`, is that folder meanwhile.
 */
async function onPageIn<T>(folder: string, work: () => Promise<T>): Promise<T> {
  const base = document.createElement('base');
  base.href = folder;
  document.head.prepend(base);
  try {
    return await work();
  } finally {
    base.remove();
  }
}

/** The outcome shown under the form for the number asked. */
const asked = (el: ReportStatus) => shadow(el, '.asked .report-status');

async function waitForAsked(el: ReportStatus, state: string): Promise<void> {
  await waitUntil(
    () => asked(el)?.getAttribute('data-state') === state,
    `expected "${state}", shown: ${text(shadow(el, '.asked'))}`,
    { timeout: 5000 },
  );
}

/** Types a number into "Vorgangsnummer eingeben" and presses "Stand abfragen". */
async function askFor(el: ReportStatus, number: string): Promise<void> {
  const input = shadow<HTMLInputElement>(el, '#rs-number')!;
  input.value = number;
  shadow<HTMLButtonElement>(el, '#rs-check')!.click();
  await el.updateComplete;
}

describe('<report-status>', () => {
  beforeEach(async () => {
    clearCivicStorage();
    await clearOutbox();
  });

  describe('with a report just sent through <defect-reporter> on this device', () => {
    it('lists it with its number and current state, also on a page opened later', async () => {
      const { url } = configUrl({ variant: 'status' });
      const reporter = await reporterAt(url);
      const el = await statusWidget(url);
      expect(shadow(el, '[part="list"]')).to.equal(null);
      await completeReport(reporter);
      await send(reporter);
      const id = /HAT-\d{4}-\d{4}/.exec(text(shadow(reporter, '[part="result"]')))?.[0];
      expect(id, text(shadow(reporter, '[part="result"]'))).to.be.a('string');
      // The confirmation links to the city's status page (`status_page`) with the number.
      const link = shadow<HTMLAnchorElement>(reporter, '[part="result"] a[href*="vorgang="]');
      expect(text(link)).to.equal('Stand Ihrer Meldung verfolgen');
      const linked = new URL(link!.href);
      expect(linked.pathname + linked.hash).to.equal('/demo/#meldung-verfolgen');
      expect(linked.searchParams.get('vorgang')).to.equal(id);
      // The widget on the same page hears of the send and asks at once.
      const item = () => shadow(el, `[part="item"][data-report="${id}"]`);
      await waitUntil(() => item()?.querySelector('[data-state="open"]'), 'no state', {
        timeout: 5000,
      });
      expect(text(item())).to.contain(`Vorgangsnummer: ${id} – In Bearbeitung`);
      expect(text(item())).to.contain('Straßenschaden / Schlagloch, gesendet am');
      await expect(el).to.be.accessible();

      // Another page of the site, later: the list comes from this browser's storage.
      reporter.remove();
      el.remove();
      const later = await statusWidget(url, { reportId: linked.searchParams.get('vorgang')! });
      await waitUntil(
        () => shadow(later, `[part="item"][data-report="${id}"] [data-state="open"]`),
        'not listed later',
      );
      // Followed from the confirmation's link: the number is asked at once.
      await waitForAsked(later, 'open');
      expect(text(asked(later))).to.contain(`Vorgangsnummer: ${id} – In Bearbeitung`);
    });

    // A CMS puts the reporter and the status page in folders of their own; an editor writes the
    // endpoint relative to each page.
    it('lists it on a status page in another folder when the endpoint is relative', async () => {
      const { url } = configUrl({ variant: 'status' }); // /api/defects/config?…
      const id = await onPageIn('/stadt/maengel/', async () => {
        const reporter = await reporterAt(`../..${url}`);
        await completeReport(reporter);
        await send(reporter);
        const sent = /HAT-\d{4}-\d{4}/.exec(text(shadow(reporter, '[part="result"]')))?.[0];
        expect(sent, text(shadow(reporter, '[part="result"]'))).to.be.a('string');
        reporter.remove();
        return sent!;
      });
      await onPageIn('/stadt/buergerservice/status/', async () => {
        const el = await statusWidget(`../../..${url}`);
        await waitUntil(
          () => shadow(el, `[part="item"][data-report="${id}"] [data-state="open"]`),
          'not listed',
          { timeout: 5000 },
        );
      });
    });

    it('does not list a report sent with the same relative endpoint from another folder', async () => {
      const { url } = configUrl({ variant: 'status' });
      // `api/defects/config` on a page in /stadt/verkehr/ is that folder's server.
      await onPageIn('/stadt/verkehr/', async () =>
        rememberSentReport({ id: 'HAT-2023-0007', category: 'Laterne', endpoint: url.slice(1) }),
      );
      await onPageIn('/stadt/status/', async () => {
        const el = await statusWidget(`../..${url}`);
        expect(text(shadow(el, '[part="list"]')), 'listed').to.equal('');
      });
    });

    it('lists a report an older version kept with a relative endpoint, also in another folder', async () => {
      const { url } = configUrl({ variant: 'status' });
      // As written before the page it was sent from was kept: on a page in the site's root.
      const older = (id: string, endpoint: string) =>
        localStorage.setItem(
          `civic-widgets:sent-report:${id}`,
          JSON.stringify({
            version: 1,
            id,
            category: 'Laterne',
            sentAt: new Date().toISOString(),
            endpoint,
          }),
        );
      older('HAT-2023-0007', url.slice(1));
      older('HAT-2023-0008', `elsewhere${url}`);
      await onPageIn('/stadt/status/', async () => {
        const el = await statusWidget(url);
        await waitUntil(
          () => shadow(el, '[part="item"][data-report="HAT-2023-0007"] [data-state="closed"]'),
          'not listed',
          { timeout: 5000 },
        );
        expect(text(shadow(el, '[part="list"]')), 'another server').not.to.contain('HAT-2023-0008');
      });
    });

    it('lists only the reports of its own server', async () => {
      rememberSentReport({ id: 'HAT-2023-0007', category: 'Laterne', endpoint: '/elsewhere' });
      const el = await statusWidget(configUrl({ variant: 'status' }).url);
      expect(text(shadow(el, '[part="list"]')), 'listed').to.equal('');
    });
  });

  describe('with a number typed in', () => {
    it('shows the state with the city’s notes, date and who works on it', async () => {
      const el = await statusWidget(configUrl({ variant: 'status' }).url);
      await askFor(el, ' Nr. HAT-2023-0007 ');
      await waitForAsked(el, 'closed');
      const shown = text(asked(el));
      expect(shown).to.contain('Vorgangsnummer: HAT-2023-0007 – Erledigt');
      expect(shown).to.contain('Hinweis der Stadt: Die Laterne wurde am 24.11. repariert.');
      expect(shown).to.contain('Zuständig: Baubetriebshof');
      expect(shown).to.contain('Stand vom 24.11.2026, 14:05');
      // Said in the live region in the next frame (announce(): cleared first, then set).
      await waitUntil(
        () => text(shadow(el, '[role="status"]')).includes('HAT-2023-0007'),
        `the live region says: ${text(shadow(el, '[role="status"]'))}`,
      );
      await expect(el).to.be.accessible();
    });

    it('says only the answer for the number asked last, not a late one for a number asked before', async () => {
      const el = await statusWidget(configUrl({ variant: 'status' }).url);
      // The first number's answer is held until the second one is on screen.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const pageFetch = window.fetch;
      let lateAnswer: Promise<Response> | undefined;
      window.fetch = (input, init) => {
        const answer = pageFetch(input, init);
        if (!String(input instanceof Request ? input.url : input).includes('HAT-2023-0007')) {
          return answer;
        }
        lateAnswer = held.then(() => answer);
        return lateAnswer;
      };
      try {
        await askFor(el, 'HAT-2023-0007');
        await askFor(el, 'HAT-1999-0001');
        await waitForAsked(el, 'unknown');
        const region = shadow(el, '[role="status"]')!;
        await waitUntil(() => text(region).includes('HAT-1999-0001'), 'the second not said');
        // The late answer has had its turn once the widget took it in (it asks for a render
        // then, whether it shows it or not) and the announcement's frame has passed.
        const takenIn = new Promise<void>((resolve) => {
          const requestUpdate = el.requestUpdate.bind(el);
          el.requestUpdate = (...args: Parameters<typeof requestUpdate>) => {
            resolve();
            return requestUpdate(...args);
          };
        });
        release();
        await lateAnswer;
        await takenIn;
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        expect(text(region)).to.contain('HAT-1999-0001').and.not.contain('HAT-2023-0007');
        expect(text(asked(el))).to.contain('HAT-1999-0001');
      } finally {
        window.fetch = pageFetch;
      }
    });

    it('finds a number typed in lower case or with spaces for its hyphens', async () => {
      const el = await statusWidget(configUrl({ variant: 'status' }).url);
      for (const typed of ['hat 2023 0007', 'hat-2023-0007']) {
        await askFor(el, typed);
        await waitForAsked(el, 'closed');
        expect(text(asked(el))).to.contain('Vorgangsnummer: HAT-2023-0007 – Erledigt');
      }
      await askFor(el, 'hat 1999 0001');
      await waitForAsked(el, 'unknown');
      expect(text(asked(el))).to.contain(
        'Zur Vorgangsnummer hat19990001 ist keine Meldung bekannt.',
      );
    });

    it('says when a number is unknown, with the number and the contact', async () => {
      const el = await statusWidget(configUrl({ variant: 'status' }).url);
      await askFor(el, 'HAT-1999-0001');
      await waitForAsked(el, 'unknown');
      expect(text(asked(el))).to.contain(
        'Zur Vorgangsnummer HAT-1999-0001 ist keine Meldung bekannt.',
      );
      const phone = shadow(el, '.asked [part="contact"] a[href^="tel:"]');
      expect(text(phone)).to.equal(contact.phone);
      await expect(el).to.be.accessible();
    });

    it('asks for a number when the field is empty, and for a readable one', async () => {
      const el = await statusWidget(configUrl({ variant: 'status' }).url);
      await askFor(el, '   ');
      const input = shadow<HTMLInputElement>(el, '#rs-number')!;
      expect(text(shadow(el, '#rs-number-error'))).to.equal(
        'Bitte geben Sie eine Vorgangsnummer ein.',
      );
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('rs-number-error');
      await askFor(el, '<script>');
      expect(text(shadow(el, '#rs-number-error'))).to.contain('Buchstaben, Ziffern');
      expect(input.value).to.equal('<script>');
      expect(asked(el)).to.equal(null);
      await expect(el).to.be.accessible();
      await askFor(el, 'HAT-2023-0007');
      expect(shadow(el, '#rs-number-error')).to.equal(null);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      await waitForAsked(el, 'closed');
    });

    it('works with the keyboard alone: Tab to the field, type, Enter', async () => {
      const el = await statusWidget(configUrl({ variant: 'status' }).url);
      const before = await fixture<HTMLButtonElement>(html`<button>vorher</button>`);
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('rs-number');
      await sendKeys({ type: 'HAT-2023-0007' });
      await sendKeys({ press: 'Enter' });
      await waitForAsked(el, 'closed');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('rs-check');
    });
  });

  describe('when the lookup fails', () => {
    it('says so, keeps the number on screen and shows the contact', async () => {
      const { url } = configUrl({ variant: 'status', status_fault: '500' });
      rememberSentReport({ id: 'HAT-2023-0043', category: 'Straßenschaden', endpoint: url });
      const el = await statusWidget(url);
      await askFor(el, 'HAT-2023-0007');
      await waitForAsked(el, 'failed');
      expect(text(asked(el))).to.contain(
        'Der Stand der Meldung HAT-2023-0007 kann gerade nicht abgefragt werden.',
      );
      expect(shadow<HTMLInputElement>(el, '#rs-number')!.value).to.equal('HAT-2023-0007');
      expect(text(shadow(el, '.asked'))).to.contain('Bitte versuchen Sie es später erneut');
      expect(text(shadow(el, '.asked [part="contact"] a[href^="tel:"]'))).to.equal(contact.phone);
      // This device's report too: its number, the sentence, and a way to ask again.
      const item = shadow(el, '[part="item"][data-report="HAT-2023-0043"]');
      await waitUntil(() => item?.querySelector('[data-state="failed"]'), 'no failure');
      expect(text(item)).to.contain('Der Stand der Meldung HAT-2023-0043 kann gerade nicht');
      expect(text(item!.querySelector('button'))).to.contain('Erneut abfragen');
      expect(shadowAll(el, '[part="contact"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows the numbers of this device with the contact when the config cannot be read', async () => {
      const { url } = configUrl({ variant: 'status', fault: '500' });
      rememberSentReport({ id: 'HAT-2023-0044', category: 'Laterne', endpoint: url });
      const el = await fixture<ReportStatus>(
        html`<report-status
          endpoint=${url}
          timeout="3000"
          contact-phone=${contact.phone}
        ></report-status>`,
      );
      await waitForState(el, 'fallback');
      const fallback = text(shadow(el, '[part="fallback"]'));
      expect(fallback).to.contain('Die Abfrage des Bearbeitungsstands ist gerade nicht erreichbar');
      expect(fallback).to.contain('Ihre Vorgangsnummern: HAT-2023-0044');
      expect(shadow(el, '[part="fallback"] a[href^="tel:"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('with a deep link', () => {
    it('asks at once for report-id, shown in the field', async () => {
      const el = await statusWidget(configUrl({ variant: 'status' }).url, {
        reportId: 'HAT-2023-0007',
      });
      await waitForAsked(el, 'closed');
      expect(shadow<HTMLInputElement>(el, '#rs-number')!.value).to.equal('HAT-2023-0007');
    });

    it('reads ?vorgang= from the page URL when report-id is not given', async () => {
      const page = new URL(location.href);
      const original = page.href;
      page.searchParams.set('vorgang', 'HAT-2023-0007');
      history.replaceState(null, '', page);
      try {
        const el = await statusWidget(configUrl({ variant: 'status' }).url);
        await waitForAsked(el, 'closed');
      } finally {
        history.replaceState(null, '', original);
      }
    });
  });

  describe('when the config names no status_url', () => {
    it('says that this page cannot ask, with the contact and no form', async () => {
      rememberSentReport({ id: 'HAT-2023-0045', category: 'Laterne', endpoint: '' });
      const { url } = configUrl();
      rememberSentReport({ id: 'HAT-2023-0046', category: 'Laterne', endpoint: url });
      const el = await statusWidget(url);
      expect(text(el.shadowRoot!.querySelector('.notice'))).to.contain(
        'Den Stand einer Meldung kann diese Seite nicht abfragen.',
      );
      expect(shadow(el, '.notice a[href^="tel:"]')).to.exist;
      expect(shadow(el, '#rs-number')).to.equal(null);
      expect(text(shadow(el, '[part="item"]'))).to.contain('Vorgangsnummer: HAT-2023-0046');
      await expect(el).to.be.accessible();
    });
  });

  // No jump when it appears (CLS, issue 14 §3): the autoloader's page-level sheet
  // (src/core/reserved-space.ts) reserves what every visitor sees, its heading and number form.
  describe('while it loads', () => {
    before(() => reserveWidgetSpace());
    after(() => setViewport({ width: 800, height: 600 }));

    for (const [viewport, reserved] of [
      [1280, 12],
      [320, 17],
    ] as const) {
      it(`reserves ${reserved}em at ${viewport} px, as tall as its form with data`, async () => {
        await setViewport({ width: viewport, height: 800 });
        const loading = await fixture<ReportStatus>(
          html`<report-status
            endpoint=${configUrl({ variant: 'status', fault: 'hang' }).url}
            timeout="30000"
          ></report-status>`,
        );
        expect(loading.getAttribute('state')).to.equal('loading');
        const em = parseFloat(getComputedStyle(loading).fontSize);
        expect(loading.getBoundingClientRect().height / em, 'loading').to.be.at.least(reserved);
        loading.remove();

        const ready = await statusWidget(configUrl({ variant: 'status' }).url);
        expect(ready.getBoundingClientRect().height / em, 'with data').to.be.closeTo(
          reserved,
          0.25,
        );
      });
    }
  });

  describe('in English', () => {
    it('speaks English', async () => {
      const el = await statusWidget(configUrl({ variant: 'status' }).url, { lang: 'en' });
      await waitUntil(
        () => text(el.shadowRoot!.querySelector('label')) === 'Enter a reference number',
      );
      await askFor(el, 'HAT-2023-0007');
      await waitForAsked(el, 'closed');
      expect(text(asked(el))).to.contain('Reference number: HAT-2023-0007 – Done');
    });
  });
});
