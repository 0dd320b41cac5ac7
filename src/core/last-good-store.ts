/**
 * Keeping the last good copy of a payload (last-good-cache.ts reads it). Loaded after a good
 * answer arrived, when the network evidently works, so that no page pays for it at first.
 *
 * Small payloads go to localStorage. Large ones (a catalogue of 20,000 forms is 6 MB) go to
 * IndexedDB through idb-keyval, on a database of its own: localStorage holds about 5 MB per
 * origin, shared with the page, and refuses more with an exception. A payload localStorage
 * refuses (full, disabled) also goes to IndexedDB. Nothing here rejects: without any storage
 * the widget works on without a copy.
 */
import { createStore, get, set } from 'idb-keyval';
import { cacheKey, isCachedPayload } from './last-good-cache.js';
import type { CachedPayload } from './last-good-cache.js';

/**
 * Above this many characters of JSON a payload goes to IndexedDB, not localStorage: 1 M
 * characters take about 2 MB there, which leaves the page (and other widgets) room in the
 * origin's 5 MB.
 */
export const LOCAL_STORAGE_MAX_CHARS = 1_000_000;

const store = createStore('civic-widgets-last-good', 'payloads');

/** The copy kept in IndexedDB under `key` (see {@link cacheKey}), if any. */
export async function readLarge(key: string): Promise<CachedPayload | undefined> {
  try {
    const value: unknown = await get(key, store);
    return isCachedPayload(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `data` as the last good copy for `url`: in localStorage when small, else (or when
 * localStorage refuses it) in IndexedDB. Resolves when it is stored.
 */
export async function writeLastGood(
  url: string,
  data: unknown,
  savedAt = new Date(),
): Promise<void> {
  const key = cacheKey(url);
  const entry: CachedPayload = { savedAt: savedAt.toISOString(), data };
  try {
    const json = JSON.stringify(entry);
    if (json.length <= LOCAL_STORAGE_MAX_CHARS) {
      localStorage.setItem(key, json);
      return;
    }
    // A smaller, older copy must not outlive this one.
    localStorage.removeItem(key);
  } catch {
    // Full or disabled localStorage: IndexedDB may still take it.
  }
  try {
    await set(key, entry, store);
  } catch {
    // No room or no IndexedDB either.
  }
}
