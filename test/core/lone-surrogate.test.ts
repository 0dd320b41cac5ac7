import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/form-finder/form-finder.define.js';
import '../../src/service-status/service-status.define.js';
import { mailtoHref } from '../../src/core/safe-url.js';
import { normalizeJson, wellFormed } from '../../src/core/normalize-json.js';
import { clearCivicStorage, uniqueUrl, waitForState } from '../helpers.js';
import { shadow, shadowAll, shadowText } from '../shadow-dom.js';
import { mockFixture, payloadKey, payloadUrl, putPayload } from '../helpers-payload.js';
import {
  clearOutbox,
  completeReport,
  configUrl,
  reporter,
  send,
} from '../defect-reporter/defect-helpers.js';
import { anna, ready } from '../registry-booking/registry-booking-helpers.js';
import { submit, upToForm } from '../registry-booking/registry-booking-steps.js';
import type { FormFinder } from '../../src/form-finder/form-finder.js';
import type { ServiceStatus } from '../../src/service-status/service-status.js';

// One lone UTF-16 surrogate is valid in JSON ("\ud800") and in a JS string, but not in UTF-8:
// encodeURIComponent throws on it. It once froze widgets while they built a mailto (issue 11 §3).
const LONE = '\ud800';
const REPLACEMENT = '\uFFFD';
const ENCODED_REPLACEMENT = '%EF%BF%BD';

/** The form catalogue with a lone surrogate in every form title and the first department. */
async function badCatalogue(): Promise<Record<string, unknown>> {
  const data = await mockFixture<{ forms: { title: string }[]; departments: { name: string }[] }>(
    'form-finder.json',
  );
  for (const form of data.forms) form.title = `${form.title} ${LONE}`;
  data.departments[0].name = `Bürgerbüro ${LONE}`;
  return data as unknown as Record<string, unknown>;
}

/** Whether the widget shows `text` (a boolean, so that a failure does not print the page). */
const shows = (el: Element, text: string): boolean => shadowText(el).includes(text);

const mailtos = (el: Element): string[] =>
  shadowAll<HTMLAnchorElement>(el, 'a[href^="mailto:"]').map((a) => a.getAttribute('href')!);

describe('a lone UTF-16 surrogate in data or typed text', () => {
  beforeEach(() => clearCivicStorage());

  describe('wellFormed, normalizeJson, mailtoHref', () => {
    it('replace lone surrogates and keep pairs', () => {
      expect(wellFormed(`a${LONE}b\udc00c😀`)).to.equal(`a${REPLACEMENT}b${REPLACEMENT}c😀`);
      expect(normalizeJson({ [`k${LONE}`]: [`v${LONE}`, null], gone: null })).to.deep.equal({
        [`k${REPLACEMENT}`]: [`v${REPLACEMENT}`],
      });
    });

    it('mailtoHref never throws', () => {
      expect(() => encodeURIComponent(LONE)).to.throw(URIError);
      expect(mailtoHref('amt@example.org', `Betreff ${LONE}`, `Text \udfff`)).to.equal(
        `mailto:amt@example.org?subject=Betreff%20${ENCODED_REPLACEMENT}&body=Text%20${ENCODED_REPLACEMENT}`,
      );
      expect(() => mailtoHref(`amt${LONE}@example.org`, LONE, LONE)).not.to.throw();
    });
  });

  describe('<form-finder> with such a catalogue', () => {
    async function finderWith(source: 'endpoint' | 'inline' | 'data'): Promise<FormFinder> {
      const catalogue = await badCatalogue();
      if (source === 'endpoint') {
        const key = payloadKey('forms-lone');
        await putPayload(key, catalogue);
        return fixture<FormFinder>(
          html`<form-finder endpoint=${payloadUrl(key)} timeout="3000"></form-finder>`,
        );
      }
      if (source === 'inline') {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(catalogue);
        const el = document.createElement('form-finder') as FormFinder;
        el.append(script);
        return fixture<FormFinder>(html`${el}`);
      }
      return fixture<FormFinder>(html`<form-finder .data=${catalogue}></form-finder>`);
    }

    for (const source of ['endpoint', 'inline', 'data'] as const) {
      it(`shows the catalogue with U+FFFD for it (${source}), and mailto links work`, async () => {
        const el = await finderWith(source);
        await waitForState(el, 'ready');
        expect(shows(el, `Abmeldung eines Hundes von der Hundesteuer ${REPLACEMENT}`)).to.equal(
          true,
        );
        expect(shows(el, `Bürgerbüro ${REPLACEMENT}`)).to.equal(true);
        expect(shows(el, LONE)).to.equal(false);
        expect(mailtos(el).some((href) => href.includes(ENCODED_REPLACEMENT))).to.equal(true);
      });
    }

    it('shows a bad copy cached before the fix as stale data, not “Wird geladen …” for good', async () => {
      const url = uniqueUrl('/api/forms', { fault: '500' });
      // What an older version stored: the raw catalogue, lone surrogate included.
      localStorage.setItem(
        `civic-widgets:last-good:v1:${new URL(url, document.baseURI).href}`,
        JSON.stringify({ savedAt: '2026-11-30T08:00:00.000Z', data: await badCatalogue() }),
      );
      const el = await fixture<FormFinder>(
        html`<form-finder endpoint=${url} timeout="3000"></form-finder>`,
      );
      await waitForState(el, 'stale');
      expect(shows(el, `Abmeldung eines Hundes von der Hundesteuer ${REPLACEMENT}`)).to.equal(true);
      expect(shows(el, 'zuletzt bekannten Stand vom 30.11.2026')).to.equal(true);
    });

    it('offers what the citizen typed by e-mail when the catalogue fails', async () => {
      // The catalogue answers once, then fails; nothing of it is kept.
      const el = await fixture<FormFinder>(
        html`<form-finder
          endpoint=${uniqueUrl('/api/forms', { fault: '500', 'ok-first': '1' })}
          cache="off"
          contact-email="buergerbuero@example.org"
        ></form-finder>`,
      );
      await waitForState(el, 'ready');
      const field = shadow<HTMLInputElement>(el, '#q')!;
      field.value = `Hunde${LONE}steuer`;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      await el.reload();
      await waitForState(el, 'fallback');
      const request = shadow<HTMLAnchorElement>(el, '[part="fallback"] a[part="request"]')!;
      expect(request.getAttribute('href')).to.contain(`Hunde${ENCODED_REPLACEMENT}steuer`);
    });
  });

  describe('<service-status> with such data', () => {
    it('shows the services', async () => {
      const data = {
        services: [
          {
            id: 'kfz',
            name: `Kfz-Zulassung ${LONE}`,
            status: 'major_outage',
            alternatives: [{ label: `Telefon ${LONE}`, phone: '(02324) 204 0' }],
          },
        ],
      };
      const el = await fixture<ServiceStatus>(
        html`<service-status .data=${data} refresh="0"></service-status>`,
      );
      await waitForState(el, 'ready');
      expect(shows(el, `Kfz-Zulassung ${REPLACEMENT}`)).to.equal(true);
    });
  });

  describe('<defect-reporter> when the citizen’s text has one and the send fails', () => {
    beforeEach(() => clearOutbox());

    it('ends on the result with a working e-mail link, not on “Wird gesendet …”', async () => {
      const { url } = configUrl({ submit_fault: 'network' });
      const el = await reporter(url);
      await completeReport(el, { description: `Schlagloch ${LONE} vor Hausnummer 12` });
      await send(el);
      const href = mailtos(el).find((h) => h.includes('body='))!;
      expect(href).to.contain(`Schlagloch%20${ENCODED_REPLACEMENT}%20vor`);
      expect(shows(el, 'Wird gesendet')).to.equal(false);
    });
  });

  describe('<registry-booking> when the citizen’s note has one and the booking fails', () => {
    it('offers the prepared e-mail, not “Wird gesendet …” for good', async () => {
      const el = await ready({ timeout: 1500, params: { booking_fault: '500' } });
      await upToForm(el, 'eheschliessung', '2099-11-02', 'eheschliessung-2099-11-02-1015', {
        ...anna,
        notes: `Trauung ${LONE} im Mai`,
      });
      await submit(el);
      await waitUntil(() => shadow(el, '[part="form"] [part="error"]'), 'no error shown', {
        timeout: 5000,
      });
      await el.updateComplete;
      const href = mailtos(el).find((h) => h.includes('body='))!;
      expect(href).to.contain(`Trauung%20${ENCODED_REPLACEMENT}%20im%20Mai`);
      expect(shadow(el, '[part="submit"]')!.textContent).not.to.contain('Wird gesendet');
    });
  });
});
