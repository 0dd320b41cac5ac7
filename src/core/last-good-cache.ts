/**
 * Reading the last good payload of each endpoint URL, kept with the time it arrived, so that a
 * widget whose endpoint fails can still show what it knew, marked with its date. Writing (and
 * the IndexedDB side for large payloads) lives in last-good-store.ts, loaded on demand.
 *
 * Storage can be missing, disabled (SecurityError on access), full (QuotaExceededError) or
 * wiped at any time: every function here swallows those errors and degrades to "no cache".
 */
const PREFIX = 'civic-widgets:last-good:v1:';

export interface CachedPayload {
  /** ISO time the payload was received. */
  savedAt: string;
  data: unknown;
}

/** The storage key of `url`: relative and absolute spellings of one URL share a copy. */
export function cacheKey(url: string): string {
  try {
    return PREFIX + new URL(url, document.baseURI).href;
  } catch {
    return PREFIX + url;
  }
}

export const isCachedPayload = (value: unknown): value is CachedPayload =>
  !!value &&
  typeof (value as CachedPayload).savedAt === 'string' &&
  'data' in (value as CachedPayload);

/**
 * The newest kept copy for `url`, or undefined; never rejects. localStorage is read here, so
 * a small copy shows even when the page cannot load another chunk (offline); a large copy
 * comes from IndexedDB through last-good-store.ts.
 */
export async function readLastGood(url: string): Promise<CachedPayload | undefined> {
  const key = cacheKey(url);
  let small: CachedPayload | undefined;
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (isCachedPayload(parsed)) small = parsed;
  } catch {
    // No storage, or an unreadable entry: no small copy.
  }
  const large = await import('./last-good-store.js').then(
    (store) => store.readLarge(key),
    () => undefined,
  );
  // ISO times in UTC compare as text.
  return large && !(small && small.savedAt > large.savedAt) ? large : small;
}

/**
 * Keeps `data` as the last good copy for `url` (see last-good-store.ts); never rejects. The
 * copy is stored when the promise resolves.
 */
export const writeLastGood = (url: string, data: unknown, savedAt?: Date): Promise<void> =>
  import('./last-good-store.js').then(
    (store) => store.writeLastGood(url, data, savedAt),
    () => undefined,
  );
