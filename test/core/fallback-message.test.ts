import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/city-services/city-services.define.js';
import '../../src/defect-reporter/defect-reporter.define.js';
import '../../src/form-finder/form-finder.define.js';
import '../../src/registry-booking/registry-booking.define.js';
import '../../src/service-status/service-status.define.js';
import { clearCivicStorage, shadow, shadowText, uniqueUrl, waitForState } from '../helpers.js';
import { payloadKey, payloadRequests, payloadUrl, putPayload } from '../helpers-payload.js';

// Issue 12 §3: one honest message system.
const WIDGETS = [
  { tag: 'form-finder', path: '/api/forms', de: 'Die Formularsuche', en: 'The form finder' },
  {
    tag: 'defect-reporter',
    path: '/api/defects/config',
    de: 'Der Mängelmelder',
    en: 'The defect reporter',
  },
  {
    tag: 'registry-booking',
    path: '/api/registry',
    de: 'Die Terminbuchung',
    en: 'Appointment booking',
  },
  {
    tag: 'service-status',
    path: '/api/service-status',
    de: 'Die Statusübersicht',
    en: 'The status overview',
  },
] as const;

async function mount(markup: string): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<div>${unsafeHTML(markup)}</div>`);
  return root.querySelector<HTMLElement>('[endpoint]')!;
}

/** The sentences of a text: ends of sentences are `.`, `!`, `?` or `:` before a space or the end. */
const sentences = (text: string) => text.split(/[.!?:](?:\s|$)/).filter((s) => s.trim());

describe('fallback messages', () => {
  beforeEach(() => clearCivicStorage());

  for (const { tag, path, de, en } of WIDGETS) {
    describe(`<${tag}> when its endpoint fails`, () => {
      it(`names what failed (“${de} ist gerade nicht erreichbar”) and says in one sentence what to do, with the contact`, async () => {
        const el = await mount(
          `<${tag} endpoint="${uniqueUrl(path, { fault: '500' })}" refresh="0"
            contact-phone="(02324) 204 0" contact-email="buergerbuero@example.org"></${tag}>`,
        );
        await waitForState(el, 'fallback');
        const fallback = shadow(el, '[part="fallback"]')!;
        const heading = fallback.querySelector('[role="heading"]')!;
        expect(heading.textContent!.trim()).to.equal(`${de} ist gerade nicht erreichbar`);
        expect(shadowText(el)).not.to.contain('Dieser Dienst');
        const text = heading.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim();
        expect(sentences(text), text).to.have.length(1);
        expect(fallback.querySelector('a[href="tel:023242040"]')).to.exist;
        expect(fallback.querySelector('a[href="mailto:buergerbuero@example.org"]')).to.exist;
        await expect(el).to.be.accessible();
      });

      it(`says it in English on an English page (“${en} …”)`, async () => {
        const el = await mount(
          `<${tag} lang="en" endpoint="${uniqueUrl(path, { fault: '500' })}" refresh="0"
            contact-phone="(02324) 204 0"></${tag}>`,
        );
        await waitForState(el, 'fallback');
        // The English strings are a lazy chunk: German shows until it has arrived.
        const heading = () => shadow(el, '[part="fallback"] [role="heading"]')?.textContent?.trim();
        await waitUntil(() => !heading()?.includes(de), 'the English strings never arrived');
        expect(heading()).to.equal(`${en} is not available right now`);
        expect(shadowText(el)).not.to.match(/Bitte|Sie /);
        expect(shadow(el, '[part="fallback"] a[href="tel:023242040"]')).to.exist;
      });

      // A page's language switch may set `lang` on any wrapper (a CMS's <div lang>, <city-services>).
      for (const wrapper of ['div', 'city-services']) {
        it(`follows a switch of the language on its <${wrapper}> wrapper, and back`, async () => {
          const root = await fixture<HTMLElement>(
            html`<div>
              ${unsafeHTML(`<${wrapper} lang="de"><${tag} endpoint="${uniqueUrl(path, { fault: '500' })}"
                refresh="0" contact-phone="(02324) 204 0"></${tag}></${wrapper}>`)}
            </div>`,
          );
          const el = root.querySelector<HTMLElement>(tag)!;
          await waitForState(el, 'fallback');
          const heading = () =>
            shadow(el, '[part="fallback"] [role="heading"]')?.textContent?.trim();
          expect(heading()).to.contain(de);
          root.querySelector(wrapper)!.setAttribute('lang', 'en');
          await waitUntil(
            () => heading() === `${en} is not available right now`,
            `still “${heading()}” after lang="en" on the wrapper`,
          );
          root.querySelector(wrapper)!.setAttribute('lang', 'de');
          await waitUntil(() => heading()?.startsWith(de), 'not German again');
        });
      }
    });
  }

  describe('with an impaired service', () => {
    const page = (endpoint: string) =>
      fixture<HTMLElement>(
        html`<city-services status-endpoint=${uniqueUrl('/api/service-status')} refresh="0">
          <form-finder endpoint=${endpoint} service="serviceportal"></form-finder>
        </city-services>`,
      );

    it('is a calm note when the widget’s own endpoint answers', async () => {
      const el = (await page(uniqueUrl('/api/forms'))).querySelector('form-finder')!;
      await waitForState(el, 'ready');
      await waitUntil(() => shadow(el, '[part="service-notice"]'), 'no service notice');
      const notice = shadow(el, '[part="service-notice"]')!.textContent!;
      expect(notice).to.contain('Serviceportal').and.contain('länger dauern');
      // No status word of its own: "eingeschränkt" contradicted the list's "Gestört".
      expect(notice).not.to.contain('Gestört').and.not.contain('eingeschränkt');
      await expect(el).to.be.accessible();
    });

    it('is a warning when the widget’s own endpoint fails too', async () => {
      const el = (await page(uniqueUrl('/api/forms', { fault: '500' }))).querySelector(
        'form-finder',
      )!;
      await waitForState(el, 'fallback');
      await waitUntil(() => shadow(el, '[part="service-notice"]'), 'no service notice');
      expect(shadow(el, '[part="service-notice"]')!.textContent).to.contain(
        'Serviceportal: Gestört.',
      );
    });
  });

  describe('phone numbers', () => {
    it('are shown as the editor wrote them; only the tel: link is normalised', async () => {
      const el = await mount(
        `<service-status endpoint="${uniqueUrl('/api/service-status', { fault: '500' })}"
          refresh="0" contact-phone="+49 (0) 2324 204-0"></service-status>`,
      );
      await waitForState(el, 'fallback');
      const link = shadow<HTMLAnchorElement>(el, '[part="contact"] a[href^="tel:"]')!;
      expect(link.getAttribute('href')).to.equal('tel:+4923242040');
      expect(link.textContent).to.equal('+49 (0) 2324 204-0');
    });
  });
});

describe('a status file edited on a plain web server', () => {
  beforeEach(() => clearCivicStorage());

  const status = (text: string) => ({
    services: [{ id: 'kfz', name: 'Kfz-Zulassung', status: 'major_outage', message: text }],
  });

  it('reaches an open page within one refresh interval (requests revalidate)', async () => {
    const key = payloadKey('status-file');
    await putPayload(key, status('Erste Fassung'));
    const el = await fixture<HTMLElement>(
      html`<service-status endpoint=${payloadUrl(key)} refresh="1"></service-status>`,
    );
    await waitForState(el, 'ready');
    expect(shadowText(el)).to.contain('Erste Fassung');
    // Let one poll revalidate the unchanged file, then edit it.
    await waitUntil(async () => (await payloadRequests(key)).length >= 2, 'no poll', {
      timeout: 3000,
    });
    await putPayload(key, status('Zweite Fassung'));
    const editedAt = performance.now();
    await waitUntil(() => shadowText(el).includes('Zweite Fassung'), 'edit never shown', {
      timeout: 4000,
    });
    // one interval (1 s) plus a request and a render under load
    expect(performance.now() - editedAt).to.be.below(2500);
    const requests = await payloadRequests(key);
    // The server saw conditional requests with the validator it sent: revalidation, not the
    // browser's heuristic cache; an unchanged file costs a 304.
    expect(requests.some((r) => r.ifNoneMatch === '"v1"' && r.status === 304)).to.equal(true);
  });
});
