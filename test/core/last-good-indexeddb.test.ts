// The large last good copies in IndexedDB (src/core/last-good-indexeddb.ts, loaded by
// last-good-store.ts for what localStorage cannot hold): one per URL, bounded like the copies in
// localStorage, so that catalogue URLs with a cache-busting query, or many pages with catalogues
// of their own, do not fill the origin's storage.
import { expect } from '@open-wc/testing';
import { createStore, entries } from 'idb-keyval';
import { cacheKey } from '../../src/core/last-good-cache.js';
import {
  INDEXEDDB_COPIES_MAX_BYTES,
  INDEXEDDB_MAX_COPIES,
  readCopy,
  writeCopy,
} from '../../src/core/last-good-indexeddb.js';
import { clearLargeCopies } from '../helpers.js';

/** The copies in the database, as [URL key, bytes of JSON]. */
async function storedCopies(): Promise<[key: string, bytes: number][]> {
  const stored = await entries<string, { body: Blob }>(
    createStore('civic-widgets-last-good', 'copies'),
  );
  return stored.map(([key, copy]) => [key, copy.body.size]);
}

/** Saved-at times one minute apart, oldest first. */
const minute = (index: number) => new Date(Date.UTC(2026, 10, 30, 8, index)).toISOString();

describe('last good copies in IndexedDB', () => {
  beforeEach(() => clearLargeCopies());
  // Megabytes of copies would stay in the profile every later test file runs in.
  afterEach(() => clearLargeCopies());

  it(`keeps the ${INDEXEDDB_MAX_COPIES} newest copies (a cache-busting query is a new URL per edit)`, async () => {
    for (let index = 0; index < INDEXEDDB_MAX_COPIES + 3; index += 1) {
      await writeCopy(`/api/forms?v=${index}`, `{"index":${index}}`, minute(index));
    }
    expect(await storedCopies()).to.have.length(INDEXEDDB_MAX_COPIES);
    for (const oldest of [0, 1, 2]) {
      expect(await readCopy(`/api/forms?v=${oldest}`), `v=${oldest} went`).to.equal(undefined);
    }
    expect(await readCopy('/api/forms?v=3')).to.deep.equal({
      savedAt: minute(3),
      data: { index: 3 },
    });
    expect((await readCopy(`/api/forms?v=${INDEXEDDB_MAX_COPIES + 2}`))?.savedAt).to.equal(
      minute(INDEXEDDB_MAX_COPIES + 2),
    );
  });

  it('keeps the copy just written even when it is older than the others', async () => {
    for (let index = 1; index <= INDEXEDDB_MAX_COPIES; index += 1) {
      await writeCopy(`/api/forms?v=${index}`, `{"index":${index}}`, minute(index));
    }
    // A payload the server dated before the others (the time it arrived comes from the page).
    await writeCopy('/api/forms?v=late', '{"index":0}', minute(0));
    expect(await storedCopies()).to.have.length(INDEXEDDB_MAX_COPIES);
    expect(await readCopy('/api/forms?v=late')).to.deep.equal({
      savedAt: minute(0),
      data: { index: 0 },
    });
    expect(await readCopy('/api/forms?v=1'), 'the oldest of the others went').to.equal(undefined);
  });

  it(`keeps them within ${INDEXEDDB_COPIES_MAX_BYTES.toLocaleString('en')} bytes, the oldest giving way`, async () => {
    // Three catalogues of 0.4 × the bound each: the third does not fit beside both others.
    const catalogue = (index: number) =>
      JSON.stringify({ index, forms: 'x'.repeat(INDEXEDDB_COPIES_MAX_BYTES * 0.4) });
    for (let index = 0; index < 3; index += 1) {
      await writeCopy(`/api/catalogue?page=${index}`, catalogue(index), minute(index));
    }
    const stored = await storedCopies();
    expect(stored.reduce((sum, [, bytes]) => sum + bytes, 0)).to.be.at.most(
      INDEXEDDB_COPIES_MAX_BYTES,
    );
    expect(stored.map(([key]) => key).sort()).to.deep.equal([
      cacheKey('/api/catalogue?page=1'),
      cacheKey('/api/catalogue?page=2'),
    ]);
    expect(((await readCopy('/api/catalogue?page=2'))?.data as { index: number }).index).to.equal(
      2,
    );
  });

  it('replaces the copy of a URL in its place, without counting it twice', async () => {
    for (let index = 0; index < INDEXEDDB_MAX_COPIES; index += 1) {
      await writeCopy(`/api/forms?v=${index}`, `{"index":${index}}`, minute(index));
    }
    await writeCopy('/api/forms?v=0', '{"index":"new"}', minute(30));
    expect(await storedCopies()).to.have.length(INDEXEDDB_MAX_COPIES);
    expect(await readCopy('/api/forms?v=0')).to.deep.equal({
      savedAt: minute(30),
      data: { index: 'new' },
    });
    expect((await readCopy('/api/forms?v=1'))?.savedAt, 'none else went').to.equal(minute(1));
  });
});
