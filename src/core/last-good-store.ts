/**
 * A last good store for widgets whose payloads can be large (`<form-finder>`'s catalogue: 10,000
 * forms are 4 MB of JSON, 20,000 more than localStorage's 5 MB per origin). A widget opts in by
 * setting it on its endpoint controller (`lastGoodStore`); elements that never hold large
 * payloads keep the localStorage store of last-good-cache.ts and never load this.
 *
 * Small copies stay in localStorage (read without loading anything, as in every widget). Large
 * ones, and what localStorage refuses (full, disabled), go to IndexedDB through
 * last-good-indexeddb.ts, a chunk of its own, written when the main thread is idle: the copy
 * never delays the answer on screen. Reading looks at both; the newer copy wins.
 */
import { idleTask } from './next-task.js';
import { PREFIX, cacheKey, clearLastGood, readLastGood, writeLastGood } from './last-good-cache.js';
import type { CachedPayload, LastGoodStore } from './last-good-cache.js';
import type { EndpointController } from './endpoint-controller.js';

/**
 * Above this many characters of JSON a copy goes to IndexedDB: 500,000 characters take up to
 * 1 MB of localStorage's 5 MB, which leaves the page and the other widgets their room.
 */
export const LOCAL_STORAGE_MAX_CHARS = 500_000;

/**
 * The copies in localStorage take at most this many characters together (about 2 MB of the
 * origin's 5 MB): a catalogue endpoint with a cache-busting query (`?v=…`, new with every edit
 * of the CMS page) is a new URL each time, and without a bound its old copies would fill
 * localStorage, and then the reporter's drafts, what a citizen typed, would find no room.
 */
export const LOCAL_STORAGE_COPIES_MAX_CHARS = 1_000_000;

/** Copies in localStorage at most (small ones of every widget included). */
export const LOCAL_STORAGE_MAX_COPIES = 20;

/**
 * Removes the oldest copies in localStorage (of any widget, other than `url`'s) until a copy of
 * `chars` characters fits within {@link LOCAL_STORAGE_COPIES_MAX_CHARS} and
 * {@link LOCAL_STORAGE_MAX_COPIES}. Only copies: never a draft or any other entry.
 */
function makeRoom(url: string, chars: number): void {
  try {
    const own = cacheKey(url);
    const others = Object.keys(localStorage)
      .filter((key) => key.startsWith(PREFIX) && key !== own)
      .map((key) => ({ key, entry: localStorage.getItem(key) ?? '' }))
      // Each entry opens with its ISO time, `{"savedAt":"2026-…`: oldest first, without parsing.
      .sort((first, second) => first.entry.slice(0, 40).localeCompare(second.entry.slice(0, 40)));
    let total = others.reduce((sum, { entry }) => sum + entry.length, chars);
    let count = others.length + 1;
    for (const { key, entry } of others) {
      if (total <= LOCAL_STORAGE_COPIES_MAX_CHARS && count <= LOCAL_STORAGE_MAX_COPIES) break;
      localStorage.removeItem(key);
      total -= entry.length;
      count -= 1;
    }
  } catch {
    // Storage blocked: nothing to make room in.
  }
}

const loadIndexedDb = () => import('./last-good-indexeddb.js');

async function readLarge(url: string): Promise<CachedPayload | undefined> {
  try {
    return await (await loadIndexedDb()).readCopy(url);
  } catch {
    // The chunk did not load (offline, blocked): no large copy.
    return undefined;
  }
}

/** Keeps `json` in IndexedDB when the main thread is idle (the copy never delays the answer). */
function writeLarge(url: string, json: string | Blob, savedAt: string): void {
  idleTask()
    .then(loadIndexedDb)
    .then(
      (indexedDb) => indexedDb.writeCopy(url, json, savedAt),
      () => undefined,
    );
}

/** Small copies in localStorage, large ones in IndexedDB; the newer copy is read. */
export const largePayloadStore: LastGoodStore = {
  async read(url) {
    const small = readLastGood(url);
    const large = await readLarge(url);
    // ISO times in UTC compare as text.
    return large && !(small && small.savedAt > large.savedAt) ? large : small;
  },

  write(url, json, savedAt) {
    if (typeof json != 'string') {
      // An answer read undecoded (form-catalog-reader.ts) is kept as the Blob it came as, not
      // decoded on the main thread, unless it is small enough for localStorage (its bytes are
      // at least its characters).
      if (json.size <= LOCAL_STORAGE_MAX_CHARS) {
        json.text().then(
          (text) => largePayloadStore.write(url, text, savedAt),
          () => undefined,
        );
        return;
      }
    } else if (json.length <= LOCAL_STORAGE_MAX_CHARS) {
      makeRoom(url, json.length);
      if (writeLastGood(url, json, savedAt)) return;
    }
    // A smaller, older copy gives its room back.
    clearLastGood(url);
    writeLarge(url, json, savedAt);
  },
};

/**
 * Lets `controller` keep its copies in {@link largePayloadStore}. A function, not an assignment in
 * the widget's constructor: the manifest analyzer reads any `x.y = …` there as a field `y` of the
 * element, which put a `lastGoodStore` attribute into the generated JSX types.
 */
export function keepLargeCopies(controller: EndpointController<unknown>): void {
  controller.lastGoodStore = largePayloadStore;
}
