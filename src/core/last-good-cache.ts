/**
 * The last good payload of each endpoint URL, kept with the time it arrived, so that a widget
 * whose endpoint fails can still show what it knew, marked with its date.
 *
 * The endpoint controller keeps copies through a {@link LastGoodStore}. The default one,
 * {@link localStorageStore}, keeps them in localStorage: small, synchronous, in every element.
 * localStorage holds about 5 MB per origin and refuses more, so a widget whose payloads can be
 * large (`<form-finder>`'s catalogue) opts into last-good-store.ts, which keeps those in
 * IndexedDB; elements that never hold large payloads do not load it.
 *
 * Storage can be missing (ReferenceError), disabled (SecurityError on access), full
 * (QuotaExceededError) or wiped at any time: every function here uses it inside a `try`,
 * swallows those errors and degrades to "no cache".
 */
/** Prefix of the localStorage keys of the copies. */
export const PREFIX = 'civic-widgets:last-good:v1:';

export interface CachedPayload {
  /** ISO time the payload was received. */
  savedAt: string;
  data: unknown;
}

/** Where the endpoint controller keeps the last good payloads. Neither method throws. */
export interface LastGoodStore {
  /** The copy kept for `url`, if any. */
  read(url: string): CachedPayload | undefined | Promise<CachedPayload | undefined>;
  /**
   * Keeps `json`, the payload's JSON as it arrived (its text, or the Blob of an answer read off
   * the main thread), received at `savedAt` (ISO).
   */
  write(url: string, json: string | Blob, savedAt: string): void;
}

/** The storage key of `url`: relative and absolute spellings of one URL share a copy. */
export function cacheKey(url: string): string {
  try {
    return PREFIX + new URL(url, document.baseURI).href;
  } catch {
    return PREFIX + url;
  }
}

export function readLastGood(url: string): CachedPayload | undefined {
  try {
    const raw = localStorage.getItem(cacheKey(url));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<CachedPayload>;
    if (typeof parsed.savedAt !== 'string' || !('data' in parsed)) return undefined;
    return { savedAt: parsed.savedAt, data: parsed.data };
  } catch {
    return undefined;
  }
}

/**
 * Keeps `json` (JSON text) in localStorage as the copy for `url`. The text goes in as it is,
 * inside the entry's own JSON: no second `JSON.stringify` of a payload that arrived as text.
 * Returns false when localStorage refused it (full, disabled, missing), and for a Blob: an
 * answer read undecoded, large, whose widget keeps it in IndexedDB (last-good-store.ts).
 */
export function writeLastGood(url: string, json: string | Blob, savedAt: string): boolean {
  if (typeof json != 'string') return false;
  try {
    // An ISO time needs no escaping in JSON.
    localStorage.setItem(cacheKey(url), `{"savedAt":"${savedAt}","data":${json}}`);
    return true;
  } catch {
    // Full, disabled or missing storage: the widget works on without a cache.
    return false;
  }
}

export function clearLastGood(url: string): void {
  try {
    localStorage.removeItem(cacheKey(url));
  } catch {
    // see writeLastGood
  }
}

/** The default store: every copy in localStorage. */
export const localStorageStore: LastGoodStore = { read: readLastGood, write: writeLastGood };
