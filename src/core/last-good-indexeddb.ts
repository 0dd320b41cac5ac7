/**
 * The IndexedDB side of last-good-store.ts (through idb-keyval), loaded on demand: copies too
 * large for localStorage. A copy is kept as the JSON text it arrived as, so that writing it is
 * one string copy, not a structured clone of thousands of objects on the main thread.
 */
import { createStore, get, set } from 'idb-keyval';
import { cacheKey } from './last-good-cache.js';
import type { UseStore } from 'idb-keyval';
import type { CachedPayload } from './last-good-cache.js';

/** One kept copy, as stored. */
interface StoredCopy {
  version: 1;
  /** ISO time the payload was received. */
  savedAt: string;
  /** The payload's JSON text. */
  json: string;
}

let database: UseStore | undefined;

/**
 * Opened on first use; a missing or blocked IndexedDB fails there, in the caller's try. A
 * database of its own: idb-keyval creates the object store only with the database.
 */
const copies = () => (database ??= createStore('civic-widgets-last-good', 'copies'));

const isStoredCopy = (value: unknown): value is StoredCopy => {
  const copy = value as Partial<StoredCopy> | undefined;
  return copy?.version === 1 && typeof copy.savedAt === 'string' && typeof copy.json === 'string';
};

/** The copy kept for `url`, if any; never rejects. */
export async function readCopy(url: string): Promise<CachedPayload | undefined> {
  try {
    const copy: unknown = await get(cacheKey(url), copies());
    return isStoredCopy(copy) ? { savedAt: copy.savedAt, data: JSON.parse(copy.json) } : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `json` as the copy for `url`; resolves when it is stored or refused, never rejects. */
export async function writeCopy(url: string, json: string, savedAt: string): Promise<void> {
  const copy: StoredCopy = { version: 1, savedAt, json };
  try {
    await set(cacheKey(url), copy, copies());
  } catch {
    // No room, or no IndexedDB: the widget works on without a copy.
  }
}
