import { expect, fixture, html } from '@open-wc/testing';
import '../../src/form-finder/form-finder.define.js';
import { readLastGood, writeLastGood } from '../../src/core/last-good-cache.js';
import { LOCAL_STORAGE_MAX_CHARS } from '../../src/core/last-good-store.js';
import { clearCivicStorage, shadow, shadowText, uniqueUrl, waitForState } from '../helpers.js';
import { mockFixture, payloadKey, payloadUrl, putPayload } from '../helpers-payload.js';
import type { FormFinder } from '../../src/form-finder/form-finder.js';

interface Catalogue {
  updated_at: string;
  departments: unknown[];
  forms: { id: string; title: string }[];
}

/** The demo catalogue grown to `count` forms (each a copy of a real one with its own id and title). */
async function catalogueOf(count: number): Promise<Catalogue> {
  const base = await mockFixture<Catalogue>('form-finder.json');
  const forms = Array.from({ length: count }, (_, index) => {
    const form = base.forms[index % base.forms.length];
    return { ...form, id: `${form.id}-${index}`, title: `${form.title} (Nr. ${index + 1})` };
  });
  return { ...base, forms };
}

const cacheKeys = (url: string) =>
  Object.keys(localStorage).filter((key) => key.endsWith(new URL(url, location.href).href));

describe('the last good copy', () => {
  beforeEach(() => clearCivicStorage());

  for (const count of [20_000, 50_000]) {
    describe(`of a catalogue of ${count.toLocaleString('en')} forms (above what localStorage takes)`, () => {
      it('is kept (in IndexedDB) and shown at the next outage as stale data with its date', async () => {
        const catalogue = await catalogueOf(count);
        const text = JSON.stringify(catalogue);
        expect(text.length).to.be.above(5_000_000);
        const key = payloadKey(`forms-${count}`);
        await putPayload(key, text);
        // The first visit gets the catalogue, every later request fails.
        const url = payloadUrl(key, { fault: '500', 'ok-first': '1' });
        const first = await fixture<FormFinder>(
          html`<form-finder endpoint=${url} timeout="20000"></form-finder>`,
        );
        await waitForState(first, 'ready', 30_000);
        // The copy is written after the answer is shown; wait until it is there.
        const kept = await waitForCopy(url);
        expect((kept.data as Catalogue).forms).to.have.length(count);
        first.remove();

        const el = await fixture<FormFinder>(
          html`<form-finder endpoint=${url} timeout="20000"></form-finder>`,
        );
        await waitForState(el, 'stale', 30_000);
        const notice = shadow(el, '[part="stale-notice"]')!.textContent!;
        expect(notice).to.match(/Stand: \d\d\.\d\d\.\d{4}, \d\d:\d\d/);
        expect(shadow(el, '[part="fallback"]')).to.equal(null);
        const shown = shadowText(el);
        expect(shown.includes(count.toLocaleString('de-DE')), 'the count of forms').to.equal(true);
        // localStorage was left for small payloads.
        expect(cacheKeys(url)).to.deep.equal([]);
      });
    });
  }

  /** Waits until the copy for `url` is stored (IndexedDB writes finish after the render). */
  async function waitForCopy(url: string) {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const copy = await readLastGood(url);
      if (copy) return copy;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('no copy kept');
  }

  it('stays in localStorage when small, and the newest copy wins', async () => {
    const url = uniqueUrl('/api/forms');
    await writeLastGood(url, { version: 1 }, new Date('2026-11-30T08:00:00Z'));
    expect(cacheKeys(url)).to.have.length(1);
    await writeLastGood(
      url,
      { big: 'x'.repeat(LOCAL_STORAGE_MAX_CHARS) },
      new Date('2026-11-30T09:00:00Z'),
    );
    expect(cacheKeys(url)).to.deep.equal([]);
    expect((await readLastGood(url))!.savedAt).to.equal('2026-11-30T09:00:00.000Z');
    await writeLastGood(url, { version: 3 }, new Date('2026-11-30T10:00:00Z'));
    expect(await readLastGood(url)).to.deep.equal({
      savedAt: '2026-11-30T10:00:00.000Z',
      data: { version: 3 },
    });
  });
});
