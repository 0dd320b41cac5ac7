/**
 * The IndexedDB side of last-good-store.ts (through idb-keyval), loaded on demand: copies too
 * large for localStorage. A copy is kept as a Blob of the JSON it arrived as: IndexedDB takes a
 * Blob without copying it on the main thread, whereas storing the 4 MB text of 10,000 forms as
 * a string, or encoding it at once, held the main thread for 20–40 ms (80–160 ms at
 * Lighthouse's 4× CPU), and a structured clone of the parsed forms longer. An answer read
 * undecoded (`<form-finder>`'s catalogue) is that Blob already; a text is encoded a slice per
 * task.
 *
 * The copies are bounded like the ones in localStorage (last-good-store.ts): a catalogue URL with
 * a cache-busting query (`?v=…`, new with every edit of the CMS page), or many pages with
 * catalogues of their own, would otherwise fill the origin's storage a copy per URL.
 */
import { createStore, get, promisifyRequest, set } from 'idb-keyval';
import { cacheKey } from './last-good-cache.js';
import { nextTask } from './next-task.js';
import type { UseStore } from 'idb-keyval';
import type { CachedPayload } from './last-good-cache.js';

/** One kept copy, as stored. */
interface StoredCopy {
  version: 1;
  /** ISO time the payload was received. */
  savedAt: string;
  /** The payload's JSON text, UTF-8. */
  body: Blob;
}

/** Copies kept at most, the newest by `savedAt` (and always the one just written). */
export const INDEXEDDB_MAX_COPIES = 10;

/**
 * Bytes the copies take at most together: two catalogues of 20,000 forms (8 MB of JSON each),
 * or a few more smaller ones; what an origin's other storage is never short of.
 */
export const INDEXEDDB_COPIES_MAX_BYTES = 20_000_000;

/**
 * Characters encoded per task. A Blob of 256 Ki characters took 18–30 ms of CPU at 4× in a blank
 * page, and on the form-finder page one slice's task took 39 and 60 ms of CPU in 2 of 2 runs
 * (scripts/bench-long-tasks.mjs).
 */
const SLICE_CHARS = 64 * 1024;

let database: UseStore | undefined;

/**
 * Opened on first use; a missing or blocked IndexedDB fails there, in the caller's try. A
 * database of its own: idb-keyval creates the object store only with the database.
 */
const copies = () => (database ??= createStore('civic-widgets-last-good', 'copies'));

const isStoredCopy = (value: unknown): value is StoredCopy => {
  const copy = value as Partial<StoredCopy> | undefined;
  return copy?.version === 1 && typeof copy.savedAt === 'string' && copy.body instanceof Blob;
};

/** `json` as a UTF-8 Blob, a slice per task; no slice ends inside a surrogate pair. */
async function blobOf(json: string): Promise<Blob> {
  const slices: Blob[] = [];
  for (let start = 0; start < json.length;) {
    let end = Math.min(json.length, start + SLICE_CHARS);
    const last = json.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end += 1;
    slices.push(new Blob([json.slice(start, end)]));
    start = end;
    await nextTask();
  }
  return new Blob(slices, { type: 'application/json' });
}

/**
 * Removes the oldest copies (by `savedAt`; unreadable entries first), other than `key`'s, until
 * a copy of `bytes` at `key` fits within {@link INDEXEDDB_MAX_COPIES} and
 * {@link INDEXEDDB_COPIES_MAX_BYTES}. One transaction, so that two tabs do not count the same
 * copies; reading the entries reads the Blobs' handles, not their text. The object store's own
 * calls rather than idb-keyval's `entries` and `delMany`: those bring a cursor fallback for
 * browsers without `getAll` along, which doubled this chunk.
 */
function makeRoom(key: string, bytes: number): Promise<void> {
  return copies()('readwrite', async (store) => {
    // Both in key order; asked at once, so the transaction stays active until the deletes.
    const [keys, values] = await Promise.all([
      promisifyRequest(store.getAllKeys()),
      promisifyRequest<unknown[]>(store.getAll()),
    ]);
    const others = keys
      .map((otherKey, index) => {
        const value = values[index];
        return { key: otherKey, copy: isStoredCopy(value) ? value : undefined };
      })
      .filter((other) => other.key !== key)
      // ISO times in UTC compare as text; '' (unreadable) before every time.
      .sort((first, second) =>
        (first.copy?.savedAt ?? '').localeCompare(second.copy?.savedAt ?? ''),
      );
    let total = others.reduce((sum, { copy }) => sum + (copy?.body.size ?? 0), bytes);
    let count = others.length + 1;
    for (const other of others) {
      if (other.copy && total <= INDEXEDDB_COPIES_MAX_BYTES && count <= INDEXEDDB_MAX_COPIES) break;
      store.delete(other.key);
      total -= other.copy?.body.size ?? 0;
      count -= 1;
    }
    return promisifyRequest(store.transaction);
  });
}

/** The copy kept for `url`, if any; never rejects. */
export async function readCopy(url: string): Promise<CachedPayload | undefined> {
  try {
    const copy: unknown = await get(cacheKey(url), copies());
    return isStoredCopy(copy)
      ? { savedAt: copy.savedAt, data: JSON.parse(await copy.body.text()) }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `json` (its text, or a Blob of it: stored as it is) as the copy for `url`; resolves
 * when it is stored or refused, never rejects.
 */
export async function writeCopy(url: string, json: string | Blob, savedAt: string): Promise<void> {
  try {
    const body = typeof json == 'string' ? await blobOf(json) : json;
    const copy: StoredCopy = { version: 1, savedAt, body };
    // Room first: a full origin would refuse the copy itself.
    await makeRoom(cacheKey(url), copy.body.size);
    await set(cacheKey(url), copy, copies());
  } catch {
    // No room, or no IndexedDB: the widget works on without a copy.
  }
}
