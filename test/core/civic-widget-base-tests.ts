// The contract every civic widget shares, tested once for all of them (like Shoelace's
// form-control-base-tests): each widget folder has a `<tag>-base.test.ts` that calls
// runCivicWidgetBaseTests with its tag and endpoint. Real HTTP against the mock back end; the
// faults are the shared middleware's `?fault=` modes. Assertions are on what a citizen sees
// (text, links, buttons) and on the typed events a page developer receives.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { writeLastGood } from '../../src/core/last-good-cache.js';
import { clearCivicStorage, disableStorage, uniqueUrl, waitForState } from '../helpers.js';
import { shadow, shadowText } from '../shadow-dom.js';
import { overflows } from './overflow.js';
import type { CivicFallbackEvent, CivicLoadedEvent } from '../../src/core/events.js';
import type { EndpointErrorKind } from '../../src/core/endpoint-error.js';

export interface CivicWidgetFixtures {
  /** Path of the widget's endpoint on the mock back end, e.g. `/api/forms`. */
  endpoint: string;
  /** Extra attributes the widget needs for fixed data (e.g. `month`, `refresh="0"`). */
  attributes?: Record<string, string>;
  /** Text a citizen sees once the endpoint's data is on screen. */
  readyText: string;
}

type CivicElement = HTMLElement & {
  updateComplete: Promise<unknown>;
  reload(): Promise<void>;
};

/** The widget's own contact (attributes), and the page-wide one of `<city-services>`. */
const own = { name: 'Bürgerbüro', phone: '(02324) 204 0', email: 'buergerbuero@example.org' };
const pageWide = { name: 'Rathaus', phone: '(02324) 999 1', email: 'rathaus@example.org' };

/** Time the seeded last good payload is from: 09:15 in Berlin. */
const SAVED_AT = new Date('2026-11-30T08:15:00Z');
const SAVED_AT_TEXT = '30.11.2026, 09:15';

const FAULTS: [fault: string, kind: EndpointErrorKind][] = [
  ['network', 'network'],
  ['hang', 'timeout'],
  ['500', 'http'],
  ['invalid-json', 'parse'],
  ['wrong-shape', 'schema'],
];

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function runCivicWidgetBaseTests(tag: string, fixtures: CivicWidgetFixtures): void {
  /** Widget markup as an editor writes it; `contact: false` leaves out the contact attributes. */
  const markup = (
    endpoint: string,
    {
      contact = true,
      extra = '',
      inner = '',
    }: { contact?: boolean; extra?: string; inner?: string } = {},
  ) => {
    // The library's request timeout (5 s): a loaded CI machine once took longer than 1.5 s for
    // the slow answer's 800 ms. The fault tests set their own (`timeout="800"`).
    const attributes: Record<string, string> = {
      endpoint,
      ...fixtures.attributes,
      ...(contact
        ? { 'contact-name': own.name, 'contact-phone': own.phone, 'contact-email': own.email }
        : {}),
    };
    const text = Object.entries(attributes)
      .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
      .join(' ');
    return `<${tag} ${text} ${extra}>${inner}</${tag}>`;
  };

  /**
   * Puts the markup into a container of `width` px (the HTML a CMS page holds) and returns the
   * widget; `events` collects the civic-loaded and civic-fallback events from the start.
   */
  async function mount(
    content: string,
    width = 600,
  ): Promise<{ el: CivicElement; box: HTMLElement; events: Event[] }> {
    const box = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
    const events: Event[] = [];
    box.addEventListener('civic-loaded', (event) => events.push(event));
    box.addEventListener('civic-fallback', (event) => events.push(event));
    box.innerHTML = content;
    const el = box.querySelector<CivicElement>(tag)!;
    await el.updateComplete;
    return { el, box, events };
  }

  const telOf = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

  /** The contact a citizen sees: a phone link and the retry button. */
  function expectContact(el: Element, contact: typeof own): void {
    expect(shadow(el, `a[href="${telOf(contact.phone)}"]`), `a phone link to ${contact.phone}`).to
      .exist;
    expect(shadowText(el)).to.contain(contact.email);
    expect(shadow(el, '[part="retry"]'), 'a retry button').to.exist;
  }

  function expectFits(box: HTMLElement): void {
    const problems = overflows(box);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  }

  /** An endpoint that fails now, with a good payload of it in the last-good cache from SAVED_AT. */
  async function staleEndpoint(): Promise<string> {
    const url = uniqueUrl(fixtures.endpoint, { fault: '500' });
    const good = new URL(url, location.href);
    good.searchParams.delete('fault');
    writeLastGood(url, await (await fetch(good)).text(), SAVED_AT.toISOString());
    return url;
  }

  describe(`<${tag}> (shared widget contract)`, () => {
    beforeEach(() => clearCivicStorage());

    describe('while the endpoint answers slowly', () => {
      it('says that it is loading (never a blank box), then shows the data', async () => {
        // What the widget shows is recorded as it renders: under load the test can look later
        // than the answer (800 ms) arrives, and then only the data would be left to see.
        const box = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
        box.innerHTML = markup(uniqueUrl(fixtures.endpoint, { fault: 'slow', delay: '800' }));
        const el = box.querySelector<CivicElement>(tag)!;
        const shown: { state: string | null; status: string | undefined }[] = [];
        const observer = new MutationObserver(() =>
          shown.push({
            state: el.getAttribute('state'),
            status: shadow(el, '[role="status"]')?.textContent ?? undefined,
          }),
        );
        observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
        await waitForState(el, 'ready');
        observer.disconnect();
        expect(shown[0]?.state, 'the first thing shown').to.equal('loading');
        expect(shown[0]?.status).to.contain('Wird geladen');
        expect(shadowText(el)).to.contain(fixtures.readyText);
      });
    });

    describe('when the endpoint answers', () => {
      it('shows the data, says civic-loaded, is accessible and fits 320 px', async () => {
        const { el, box, events } = await mount(markup(uniqueUrl(fixtures.endpoint)), 320);
        await waitForState(el, 'ready');
        expect(shadowText(el)).to.contain(fixtures.readyText);
        expect(el.matches(':state(ready)')).to.equal(true);
        const loaded = events.find((e) => e.type === 'civic-loaded') as CivicLoadedEvent;
        expect(loaded.detail.source).to.equal('endpoint');
        expect(shadow(el, '[part="fallback"]')).to.equal(null);
        expectFits(box);
        await expect(el).to.be.accessible();
      });
    });

    describe('when the endpoint fails after a good answer', () => {
      it('shows the last good data marked with its date, and a retry', async () => {
        const { el, box, events } = await mount(markup(await staleEndpoint()), 320);
        await waitForState(el, 'stale');
        expect(shadowText(el)).to.contain(fixtures.readyText);
        const notice = shadow(el, '[part="stale-notice"]')!;
        expect(notice.textContent).to.contain(SAVED_AT_TEXT);
        expect(notice.querySelector('[part="retry"]')).to.exist;
        const fallback = events.find((e) => e.type === 'civic-fallback') as CivicFallbackEvent;
        expect(fallback.detail.state).to.equal('stale');
        expect(fallback.detail.error?.kind).to.equal('http');
        expectFits(box);
        await expect(el).to.be.accessible();
      });
    });

    for (const [fault, kind] of FAULTS) {
      describe(`when the endpoint fails (${kind}: ${fault}) and nothing is cached`, () => {
        it('shows the contact and a retry, says civic-fallback with the error kind', async () => {
          // Only the hanging endpoint needs a short timeout. The others answer at once, but
          // Firefox retries a GET whose connection was dropped, and on a busy CI machine those
          // retries outlasted 800 ms: the dropped connection was reported as a timeout.
          const timeout = fault === 'hang' ? 'timeout="800"' : '';
          const { el, box, events } = await mount(
            markup(uniqueUrl(fixtures.endpoint, { fault }), { extra: timeout }),
            320,
          );
          await waitForState(el, 'fallback');
          expect(shadow(el, '[role="status"].loading')).to.equal(null);
          expectContact(el, own);
          const fallback = events.find((e) => e.type === 'civic-fallback') as CivicFallbackEvent;
          expect(fallback.detail.state).to.equal('fallback');
          expect(fallback.detail.error?.kind).to.equal(kind);
          if (kind === 'http') expect(fallback.detail.error?.status).to.equal(500);
          expectFits(box);
          await expect(el).to.be.accessible();
        });
      });
    }

    describe('the retry', () => {
      it('says in the live region when it failed again, and gives the focus to the heading when the data came', async () => {
        // The first load and the first retry fail; the second retry is answered.
        const url = uniqueUrl(fixtures.endpoint, { fault: '500', 'fail-first': '2' });
        const { el } = await mount(markup(url));
        await waitForState(el, 'fallback');
        const retry = shadow<HTMLButtonElement>(el, '[part="retry"]')!;
        retry.focus();
        retry.click();
        const live = shadow(el, '[aria-live="polite"]')!;
        await waitUntil(
          () => live.textContent!.includes('ist gerade nicht erreichbar'),
          'the failed retry was not said',
        );
        expect(el.shadowRoot!.activeElement, 'the focus stays on the button').to.equal(retry);
        retry.click();
        await waitForState(el, 'ready');
        // The button went with the fallback: the focus would have fallen to the page's start.
        await waitUntil(
          () => el.shadowRoot!.activeElement?.getAttribute('role') === 'heading',
          'the focus did not go to the heading',
        );
        const heading = el.shadowRoot!.activeElement!;
        expect(heading, "the widget's first heading").to.equal(shadow(el, '[role="heading"]'));
        expect(heading.getAttribute('tabindex'), 'focusable from script only').to.equal('-1');
      });
    });

    describe('with cache="off"', () => {
      it('keeps nothing: after a good answer a failure shows the contact, not old data', async () => {
        const url = uniqueUrl(fixtures.endpoint, { fault: '500', 'ok-first': '1' });
        const { el } = await mount(markup(url, { extra: 'cache="off"' }));
        await waitForState(el, 'ready');
        expect(Object.keys(localStorage).filter((key) => key.includes(url))).to.deep.equal([]);
        await el.reload();
        await waitForState(el, 'fallback');
        expectContact(el, own);
        expect(shadow(el, '[part="stale-notice"]')).to.equal(null);
      });
    });

    describe('when the browser disables storage', () => {
      let restore: () => void = () => {};
      afterEach(() => restore());

      it('still shows the data, and the contact when the endpoint fails', async () => {
        restore = disableStorage();
        const { el } = await mount(markup(uniqueUrl(fixtures.endpoint)));
        await waitForState(el, 'ready');
        expect(shadowText(el)).to.contain(fixtures.readyText);
        const failing = await mount(markup(uniqueUrl(fixtures.endpoint, { fault: '500' })));
        await waitForState(failing.el, 'fallback');
        expectContact(failing.el, own);
      });
    });

    describe('the fallback contact', () => {
      it('is the editor’s slot first: shown instead of the contact attributes', async () => {
        const inner = `<p slot="fallback">Formulare und Auskunft: Bürgerservice
          <a href="tel:+4923242040">(02324) 204 0</a></p>`;
        const { el, box } = await mount(
          markup(uniqueUrl(fixtures.endpoint, { fault: '500' }), { inner }),
          320,
        );
        await waitForState(el, 'fallback');
        const slot = shadow<HTMLSlotElement>(el, 'slot[name="fallback"]')!;
        const [slotted] = slot.assignedElements();
        expect(slotted.textContent).to.contain('Bürgerservice');
        expect(slotted.getClientRects().length, 'the slotted text is on screen').to.be.above(0);
        // The contact attributes are the slot's default content: not rendered.
        const own = slot.querySelector('[part="contact"]');
        expect(own === null || own.getClientRects().length === 0).to.equal(true);
        expect(shadow(el, '[part="retry"]')).to.exist;
        expectFits(box);
        await expect(el).to.be.accessible();
      });

      it('stays hidden while data is shown', async () => {
        const inner = `<p slot="fallback">Rufen Sie uns an: (02324) 204 0</p>`;
        const { el } = await mount(markup(uniqueUrl(fixtures.endpoint), { inner }));
        await waitForState(el, 'ready');
        expect(shadow(el, 'slot[name="fallback"]')).to.equal(null);
        expect(el.querySelector('[slot="fallback"]')!.getClientRects().length).to.equal(0);
      });

      it('is the contact attributes next, whole, before <city-services>’ contact', async () => {
        const { el } = await mount(
          `<city-services contact-name="${pageWide.name}" contact-phone="${pageWide.phone}"
            contact-email="${pageWide.email}">
            ${markup(uniqueUrl(fixtures.endpoint, { fault: '500' }))}</city-services>`,
        );
        await waitForState(el, 'fallback');
        expectContact(el, own);
        expect(shadowText(el)).not.to.contain(pageWide.email);
      });

      it('is <city-services>’ contact when the widget has none', async () => {
        const { el } = await mount(
          `<city-services contact-name="${pageWide.name}" contact-phone="${pageWide.phone}"
            contact-email="${pageWide.email}">
            ${markup(uniqueUrl(fixtures.endpoint, { fault: '500' }), { contact: false })}
          </city-services>`,
        );
        await waitForState(el, 'fallback');
        await waitUntil(() => shadowText(el).includes(pageWide.email), 'no page-wide contact');
        expectContact(el, pageWide);
      });

      it('says where the contact is when no one gave one (a colon before it is not left hanging)', async () => {
        const { el } = await mount(
          markup(uniqueUrl(fixtures.endpoint, { fault: '500' }), { contact: false }),
        );
        await waitForState(el, 'fallback');
        expect(shadow(el, '[part="contact"]')!.textContent!.trim()).to.equal(
          'Telefonnummer und E-Mail-Adresse stehen im Impressum dieser Website.',
        );
      });
    });

    describe('inside <city-services> whose status says its service is impaired', () => {
      it('says so first, above its data', async () => {
        const { el } = await mount(
          `<city-services status-endpoint="${uniqueUrl('/api/service-status')}" refresh="0">
            ${markup(uniqueUrl(fixtures.endpoint), { extra: 'service="serviceportal"' })}
          </city-services>`,
        );
        await waitForState(el, 'ready');
        await waitUntil(() => shadow(el, '[part="service-notice"]'), 'no service notice');
        const notice = shadow(el, '[part="service-notice"]')!;
        expect(notice.textContent).to.contain('Serviceportal');
        expect(shadow(el, '[part="base"]')!.firstElementChild).to.equal(notice);
        expect(shadowText(el)).to.contain(fixtures.readyText);
        await expect(el).to.be.accessible();
      });
    });
  });
}
