// The opt-in store of large last good copies (src/core/last-good-store.ts): small copies in
// localStorage, large ones and what localStorage refuses in IndexedDB, the newer copy read.
import { expect, waitUntil } from '@open-wc/testing';
import { cacheKey } from '../../src/core/last-good-cache.js';
import { LOCAL_STORAGE_MAX_CHARS, largePayloadStore } from '../../src/core/last-good-store.js';
import { clearCivicStorage, uniqueUrl } from '../helpers.js';

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
});
