// Issue 11 §8: a catalogue larger than localStorage takes (about 5 MB per origin; 20,000 forms
// are 6 MB of JSON) is still kept, in IndexedDB, and shown with its date at the next outage.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/form-finder/form-finder.define.js';
import { cacheKey } from '../../src/core/last-good-cache.js';
import { largePayloadStore } from '../../src/core/last-good-store.js';
import {
  clearCivicStorage,
  clearLargeCopies,
  shadow,
  shadowText,
  waitForState,
} from '../helpers.js';
import { mockFixture, payloadKey, payloadUrl, putPayload } from '../helpers-payload.js';
import type { FormFinder } from '../../src/form-finder/form-finder.js';
import type { FormFinderCatalog } from '../../src/form-finder/form-finder-schema.js';

/** The mock's catalogue grown to `count` forms: copies of its real forms, each with its own id and title. */
async function catalogueOf(count: number): Promise<FormFinderCatalog> {
  const base = await mockFixture<FormFinderCatalog>('form-finder.json');
  const forms = Array.from({ length: count }, (_, index) => {
    const form = base.forms[index % base.forms.length];
    return { ...form, id: `${form.id}-${index}`, title: `${form.title} (Nr. ${index + 1})` };
  });
  return { ...base, forms };
}

/** Waits until the copy of `url` is kept (it is written once the answer is on screen). */
async function keptCopy(url: string): Promise<FormFinderCatalog> {
  let kept: FormFinderCatalog | undefined;
  await waitUntil(
    async () => {
      kept = (await largePayloadStore.read(url))?.data as FormFinderCatalog | undefined;
      return kept !== undefined;
    },
    'no copy of the catalogue kept',
    { interval: 250, timeout: 30_000 },
  );
  return kept!;
}

describe('<form-finder> with a large catalogue', () => {
  beforeEach(() => clearCivicStorage());
  // Megabytes of copies would stay in the profile every later test file runs in.
  afterEach(() => clearLargeCopies());

  for (const count of [20_000, 50_000]) {
    describe(`of ${count.toLocaleString('en')} forms, when the endpoint fails after a good answer`, () => {
      it('shows the last catalogue as stale data with its date, not the contact fallback', async function () {
        this.timeout(120_000);
        const text = JSON.stringify(await catalogueOf(count));
        expect(text.length, 'more JSON than localStorage takes').to.be.above(5_000_000);
        const key = payloadKey(`forms-${count}`);
        await putPayload(key, text);
        // The first visit gets the catalogue; every later request fails with a 500.
        const url = payloadUrl(key, { fault: '500', 'ok-first': '1' });

        const first = await fixture<FormFinder>(
          html`<form-finder endpoint=${url} timeout="30000"></form-finder>`,
        );
        await waitForState(first, 'ready', 60_000);
        expect((await keptCopy(url)).forms).to.have.length(count);
        first.remove();

        const el = await fixture<FormFinder>(
          html`<form-finder endpoint=${url} timeout="30000"></form-finder>`,
        );
        await waitForState(el, 'stale', 60_000);
        expect(shadow(el, '[part="stale-notice"]')!.textContent).to.match(
          /zuletzt bekannten Stand vom \d\d\.\d\d\.\d{4}, \d\d:\d\d/,
        );
        expect(shadow(el, '[part="fallback"]')).to.equal(null);
        expect(shadow(el, '[part="count"]')!.textContent!.trim()).to.equal(
          `${count.toLocaleString('de-DE')} Formulare gefunden`,
        );
        // The department filter writes its numbers as the count does ("10.000", not "10000").
        expect(shadow(el, '#dept option')!.textContent!.trim()).to.equal(
          `Alle Fachbereiche (${count.toLocaleString('de-DE')})`,
        );
        expect(shadowText(el)).to.contain('Stand des Formularverzeichnisses: 30.10.2023');
        // localStorage is left to small copies.
        expect(localStorage.getItem(cacheKey(url))).to.equal(null);
      });
    });
  }
});
