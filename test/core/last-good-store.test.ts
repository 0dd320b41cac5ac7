// The opt-in store of large last good copies (src/core/last-good-store.ts): small copies in
// localStorage, large ones and what localStorage refuses in IndexedDB, the newer copy read.
import { expect, waitUntil } from '@open-wc/testing';
import { PREFIX, cacheKey, readLastGood } from '../../src/core/last-good-cache.js';
import {
  LOCAL_STORAGE_COPIES_MAX_CHARS,
  LOCAL_STORAGE_MAX_CHARS,
  LOCAL_STORAGE_MAX_COPIES,
  largePayloadStore,
} from '../../src/core/last-good-store.js';
import { clearCivicStorage, clearLargeCopies, uniqueUrl } from '../helpers.js';

/** Waits until the copy of `url` kept at `savedAt` is the one read back. */
async function readBack(url: string, savedAt: string) {
  await waitUntil(
    async () => (await largePayloadStore.read(url))?.savedAt === savedAt,
    `no copy of ${savedAt} kept`,
    { interval: 100, timeout: 10_000 },
  );
  return (await largePayloadStore.read(url))!;
}

describe('largePayloadStore (last good copies that may be large)', () => {
  beforeEach(() => clearCivicStorage());
  // Megabytes of copies would stay in the profile every later test file runs in.
  afterEach(() => clearLargeCopies());

  it('keeps a small copy in localStorage, a large one in IndexedDB, and reads the newer', async () => {
    const url = uniqueUrl('/api/forms');
    largePayloadStore.write(url, '{"version":1}', '2026-11-30T08:00:00.000Z');
    expect(localStorage.getItem(cacheKey(url))).to.contain('"version":1');
    expect((await readBack(url, '2026-11-30T08:00:00.000Z')).data).to.deep.equal({ version: 1 });

    const large = JSON.stringify({ version: 2, text: 'x'.repeat(LOCAL_STORAGE_MAX_CHARS) });
    largePayloadStore.write(url, large, '2026-11-30T09:00:00.000Z');
    expect(localStorage.getItem(cacheKey(url)), 'the small copy gives its room back').to.equal(
      null,
    );
    expect(
      ((await readBack(url, '2026-11-30T09:00:00.000Z')).data as { version: number }).version,
    ).to.equal(2);

    largePayloadStore.write(url, '{"version":3}', '2026-11-30T10:00:00.000Z');
    expect(await largePayloadStore.read(url)).to.deep.equal({
      savedAt: '2026-11-30T10:00:00.000Z',
      data: { version: 3 },
    });
  });

  it('keeps an answer read undecoded as its Blob: a small one in localStorage, a large one in IndexedDB', async () => {
    const url = uniqueUrl('/api/forms');
    largePayloadStore.write(url, new Blob(['{"version":1}']), '2026-11-30T08:00:00.000Z');
    expect((await readBack(url, '2026-11-30T08:00:00.000Z')).data).to.deep.equal({ version: 1 });
    expect(localStorage.getItem(cacheKey(url))).to.contain('"version":1');

    const large = JSON.stringify({ version: 2, text: 'ä'.repeat(LOCAL_STORAGE_MAX_CHARS) });
    largePayloadStore.write(url, new Blob([large]), '2026-11-30T09:00:00.000Z');
    expect(localStorage.getItem(cacheKey(url)), 'the small copy gives its room back').to.equal(
      null,
    );
    const { data } = await readBack(url, '2026-11-30T09:00:00.000Z');
    expect(data).to.deep.equal(JSON.parse(large));
  });

  it('keeps a small copy in IndexedDB when localStorage refuses it', async () => {
    const url = uniqueUrl('/api/forms');
    const realSet = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      largePayloadStore.write(url, '{"version":1}', '2026-11-30T08:00:00.000Z');
    } finally {
      Storage.prototype.setItem = realSet;
    }
    expect(localStorage.getItem(cacheKey(url))).to.equal(null);
    expect((await readBack(url, '2026-11-30T08:00:00.000Z')).data).to.deep.equal({ version: 1 });
  });

  describe('bounds the copies in localStorage (a cache-busting query is a new URL per edit)', () => {
    const copies = () => Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));
    /** Saved-at times one minute apart, oldest first. */
    const minute = (index: number) => new Date(Date.UTC(2026, 10, 30, 8, index)).toISOString();

    it(`keeps the ${LOCAL_STORAGE_MAX_COPIES} newest copies`, () => {
      for (let index = 0; index < LOCAL_STORAGE_MAX_COPIES + 5; index += 1) {
        largePayloadStore.write(`/api/forms?v=${index}`, `{"index":${index}}`, minute(index));
      }
      expect(copies()).to.have.length(LOCAL_STORAGE_MAX_COPIES);
      expect(readLastGood('/api/forms?v=4'), 'the oldest went').to.equal(undefined);
      expect(readLastGood('/api/forms?v=5')?.data).to.deep.equal({ index: 5 });
    });

    it(`keeps them within ${LOCAL_STORAGE_COPIES_MAX_CHARS.toLocaleString('en')} characters, the oldest giving way, never a draft`, () => {
      // What a citizen typed (the reporter's draft key) is never given up for a copy.
      const draftKey = 'civic-widgets:defect-reporter:report:test-draft';
      localStorage.setItem(draftKey, '{"description":"Schlagloch vor Hausnummer 12"}');
      const catalogue = JSON.stringify({ forms: 'x'.repeat(300_000) });
      for (let index = 0; index < 5; index += 1) {
        largePayloadStore.write(`/api/forms?v=${index}`, catalogue, minute(index));
      }
      const chars = copies().reduce((sum, key) => sum + localStorage.getItem(key)!.length, 0);
      expect(chars).to.be.at.most(LOCAL_STORAGE_COPIES_MAX_CHARS);
      expect(readLastGood('/api/forms?v=4')?.savedAt, 'the newest is kept').to.equal(minute(4));
      expect(readLastGood('/api/forms?v=0'), 'the oldest gave way').to.equal(undefined);
      expect(localStorage.getItem(draftKey)).to.contain('Schlagloch');
    });
  });
});
