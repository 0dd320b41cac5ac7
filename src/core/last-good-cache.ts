/**
 * The last good payload of each endpoint URL, kept in localStorage with the time it arrived,
 * so that a widget whose endpoint fails can still show what it knew, marked with its date.
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

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Normalises the key so that relative and absolute spellings of one URL share a cache entry. */
function keyFor(url: string): string {
  try {
    return PREFIX + new URL(url, document.baseURI).href;
  } catch {
    return PREFIX + url;
  }
}

export function readLastGood(url: string): CachedPayload | undefined {
  try {
    const raw = storage()?.getItem(keyFor(url));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<CachedPayload>;
    if (typeof parsed.savedAt !== 'string' || !('data' in parsed)) return undefined;
    return { savedAt: parsed.savedAt, data: parsed.data };
  } catch {
    return undefined;
  }
}

export function writeLastGood(url: string, data: unknown, savedAt = new Date()): void {
  try {
    storage()?.setItem(keyFor(url), JSON.stringify({ savedAt: savedAt.toISOString(), data }));
  } catch {
    // Full or disabled storage: the widget works on without a cache.
  }
}

export function clearLastGood(url: string): void {
  try {
    storage()?.removeItem(keyFor(url));
  } catch {
    // see writeLastGood
  }
}
