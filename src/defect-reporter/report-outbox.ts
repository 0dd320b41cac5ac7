// Reports that could not be sent yet wait here (IndexedDB, so they survive a closed tab) until a
// later flush delivers them. Each entry keeps the Idempotency-Key it was first sent with: a send
// that timed out may still have reached the city, and the same key lets the back end drop the
// repeat instead of filing the pothole twice.
import { del, entries, get, set } from 'idb-keyval';
import { createIdempotencyKey } from '../core/idempotency-key.js';
import { array, is, number, object, string } from '../core/schema.js';
import {
  OUTBOX_DB,
  OUTBOX_STORE,
  fromStoredPhoto,
  isStoredPhoto,
  lazyStore,
  toStoredPhoto,
} from './report-stores.js';
import { REPORT_VERSION } from './report.js';
import { readOutboxReport, toStoredReport } from './stored-report.js';
import type { Report } from './report.js';
import type { StoredPhoto } from './report-stores.js';
import type { StoredReport } from './stored-report.js';

export interface OutboxEntry {
  /** The report's Idempotency-Key: made once per report and sent on every attempt. */
  id: string;
  createdAt: string;
  attempts: number;
  /** Epoch ms; the entry is not sent before. */
  nextAttemptAt: number;
  /** The report, its `key` equal to `id`. */
  report: Report;
}

/** A server's "not before": the entry waits at least this long (capped at {@link RETRY_AFTER_MAX_MS}). */
export interface RetryLater {
  retryAfterMs: number;
}

export type SendResult = 'sent' | 'retry' | 'rejected' | RetryLater;

/** The longest `Retry-After` honoured: a misconfigured server must not park a report for days. */
export const RETRY_AFTER_MAX_MS = 60 * 60_000;

export interface FlushOptions {
  /** Sends the entries due at this time (default now; `Infinity` ignores the backoff, e.g. when
   * the browser comes back online or the citizen asks to send now). */
  at?: number;
  /** Sends only the entries this returns true for (e.g. those of one widget); the others wait. */
  only?: (entry: OutboxEntry) => boolean;
}

export interface OutboxOptions {
  /** IndexedDB database; also names the cross-tab lock. One database per store, because
   * idb-keyval only creates the object store when the database is first created. */
  dbName?: string;
  storeName?: string;
  now?: () => number;
  random?: () => number;
}

/** Backoff: 5 s, 15 s, 45 s, … ×3 per attempt, capped at 15 min. */
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_FACTOR = 3;
export const BACKOFF_MAX_MS = 15 * 60_000;

/**
 * Delay after the `attempts`-th failed attempt (1-based). "Equal jitter": a random value in
 * [d/2, d], so tabs and devices that failed together do not retry in lockstep, while with a
 * factor of 3 each delay is still longer than the one before (until the cap).
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * BACKOFF_FACTOR ** (attempts - 1));
  return Math.round((delay / 2) * (1 + random()));
}

/** An entry as IndexedDB holds it (version 2; stored-report.ts reads version 1 entries). */
interface StoredEntry {
  version: typeof REPORT_VERSION;
  id: string;
  createdAt: string;
  attempts: number;
  nextAttemptAt: number;
  report: StoredReport;
  /** Bytes, not Blobs: WebKit has lost or failed to read Blobs kept in IndexedDB. */
  photos: StoredPhoto[];
}

/** The outbox: `outbox` below for the page; tests make their own with a clock and a database. */
export type ReportOutbox = ReturnType<typeof createOutbox>;

export function createOutbox({
  dbName = OUTBOX_DB,
  storeName = OUTBOX_STORE,
  now = Date.now,
  random = Math.random,
}: OutboxOptions = {}) {
  /** Used when IndexedDB is unavailable (or fails): the report survives at least this page. */
  const memory = new Map<string, StoredEntry>();
  /** In-tab mutex: a flush waits for the running one, then sees the entries it left. */
  let flushing: Promise<unknown> = Promise.resolve();
  /** Ids settled in this page; guards against resending if removing them from IDB failed. */
  const settled = new Set<string>();

  const store = lazyStore(dbName, storeName);

  /** The entry from memory or IndexedDB. */
  const read = async (id: string): Promise<StoredEntry | undefined> => {
    try {
      const value: unknown = memory.get(id) ?? (await get(id, store()));
      return readStoredEntry(value);
    } catch {
      return undefined;
    }
  };

  /** Writes to IndexedDB, else keeps the entry in memory; true if persisted. */
  const write = async (entry: StoredEntry): Promise<boolean> => {
    if (!memory.has(entry.id)) {
      try {
        await set(entry.id, entry, store());
        return true;
      } catch {
        // fall through to memory
      }
    }
    memory.set(entry.id, entry);
    return false;
  };

  /**
   * Queues a report, due at once. Enqueueing an id that is already queued keeps the existing
   * entry (and its attempt count). `persisted` is false if the entry only lives in memory: the
   * widget should then offer the e-mail fallback, since a closed tab would lose it.
   */
  const enqueue = async (report: Report): Promise<{ entry: OutboxEntry; persisted: boolean }> => {
    const id = report.key ?? createIdempotencyKey();
    const existing = await read(id);
    if (existing) return { entry: fromStored(existing), persisted: !memory.has(id) };
    const at = now();
    const stored: StoredEntry = {
      version: REPORT_VERSION,
      id,
      createdAt: new Date(at).toISOString(),
      attempts: 0,
      nextAttemptAt: at,
      report: { ...toStoredReport(report), key: id },
      photos: await Promise.all(report.photos.map(toStoredPhoto)),
    };
    settled.delete(id);
    return { entry: fromStored(stored), persisted: await write(stored) };
  };

  /** All queued entries, oldest first. */
  const list = async (): Promise<OutboxEntry[]> => {
    const all = new Map<string, StoredEntry>();
    try {
      for (const [, value] of await entries<IDBValidKey, unknown>(store())) {
        const entry = readStoredEntry(value);
        if (entry) all.set(entry.id, entry);
      }
    } catch {
      // IndexedDB unavailable: the in-memory entries below are all there is
    }
    for (const [id, value] of memory) all.set(id, value);
    return [...all.values()]
      .sort(
        (first, second) =>
          first.createdAt.localeCompare(second.createdAt) || first.id.localeCompare(second.id),
      )
      .map(fromStored);
  };

  const remove = async (id: string): Promise<void> => {
    memory.delete(id);
    try {
      await del(id, store());
    } catch {
      // cannot delete: `settled` keeps this page from sending it again; the key covers the rest
    }
  };

  /** Replaces the report of a queued entry (e.g. with the city's refusal), if it is queued. */
  const update = async (report: Report): Promise<void> => {
    const entry = report.key ? await read(report.key) : undefined;
    if (entry) await write({ ...entry, report: { ...toStoredReport(report), key: entry.id } });
  };

  /** Not before `retryAfterMs` (capped) from now, if that is later than the backoff. */
  const postpone = async (id: string, retryAfterMs: number): Promise<void> => {
    const entry = await read(id);
    if (!entry) return;
    const notBefore = now() + Math.min(Math.max(0, retryAfterMs), RETRY_AFTER_MAX_MS);
    if (notBefore > entry.nextAttemptAt) await write({ ...entry, nextAttemptAt: notBefore });
  };

  /** Counts an attempt and schedules the next one with backoff; null if the id is unknown. */
  const markAttempt = async (id: string): Promise<OutboxEntry | null> => {
    const entry = await read(id);
    if (!entry) return null;
    const attempts = entry.attempts + 1;
    const updated: StoredEntry = {
      ...entry,
      attempts,
      nextAttemptAt: now() + backoffDelay(attempts, random),
    };
    await write(updated);
    return fromStored(updated);
  };

  const flush = async (
    send: (entry: OutboxEntry) => Promise<SendResult>,
    { at = now(), only }: FlushOptions,
  ): Promise<void> => {
    // Read inside the lock: whatever an earlier flush (here or in another tab) settled is gone.
    for (const candidate of await list()) {
      if (candidate.nextAttemptAt > at || settled.has(candidate.id) || (only && !only(candidate)))
        continue;
      // Count the attempt before sending. If the tab dies mid-send, the entry waits for its
      // backoff instead of being resent at once, and tabs without Web Locks skip it meanwhile.
      const entry = await markAttempt(candidate.id);
      if (!entry) continue;
      let outcome: SendResult;
      try {
        outcome = await send(entry);
      } catch {
        outcome = 'retry';
      }
      if (typeof outcome === 'object') await postpone(entry.id, outcome.retryAfterMs);
      else if (outcome !== 'retry') {
        settled.add(entry.id);
        await remove(entry.id);
      }
    }
  };

  /** Across tabs a Web Lock (named after the database) makes flushes queue behind each other. */
  const withTabLock = async <T>(fn: () => Promise<T>): Promise<T> => {
    let ran = false;
    try {
      return await navigator.locks.request(`civic-widgets:outbox:${dbName}`, () => {
        ran = true;
        return fn();
      });
    } catch (error) {
      // No Web Locks, or the lock manager itself failed (e.g. SecurityError in an opaque
      // origin): flush without it; markAttempt before sending still keeps other tabs away for
      // the backoff period.
      if (ran) throw error;
      return fn();
    }
  };

  return {
    enqueue,
    list,
    remove,
    update,
    markAttempt,
    postpone,
    /**
     * Sends every due entry once, one after the other. 'sent' and 'rejected' remove the entry,
     * 'retry' (or a throwing `send`) leaves it with backoff, `{ retryAfterMs }` with at least that wait. Concurrent flushes in this tab
     * queue behind each other; across tabs a Web Lock does the same, so an entry is never sent
     * by two flushes at once. Resolves when done; `send` sees every entry, so the caller keeps
     * whatever it needs from there (the element: the refused ones, for the e-mail fallback).
     */
    flushOutbox(
      send: (entry: OutboxEntry) => Promise<SendResult>,
      options: FlushOptions = {},
    ): Promise<void> {
      const run = flushing.then(() => withTabLock(() => flush(send, options)));
      flushing = run.catch(() => undefined);
      return run;
    },
  };
}

function fromStored(entry: StoredEntry): OutboxEntry {
  const { id, createdAt, attempts, nextAttemptAt } = entry;
  const report: Report = {
    ...structuredClone(entry.report),
    key: id,
    photos: entry.photos.map(fromStoredPhoto),
  };
  return { id, createdAt, attempts, nextAttemptAt, report };
}

/** The outbox's own fields of an entry, the same in every stored version. */
const storedEntryCheck = object({
  id: string,
  createdAt: string,
  attempts: number,
  nextAttemptAt: number,
  photos: array(is<StoredPhoto>(isStoredPhoto, 'photo bytes')),
});

/** An entry of any stored version, as version 2; undefined for anything else. */
function readStoredEntry(value: unknown): StoredEntry | undefined {
  try {
    const entry = storedEntryCheck(value);
    const report = readOutboxReport(value, entry.id);
    return report && { version: REPORT_VERSION, ...entry, report };
  } catch {
    return undefined;
  }
}

/** The outbox of every widget on the page (the element uses it directly; the functions below are
 * shorthands for tests and scripts). */
export const outbox = createOutbox();

export function enqueue(report: Report): Promise<{ entry: OutboxEntry; persisted: boolean }> {
  return outbox.enqueue(report);
}
export function list(): Promise<OutboxEntry[]> {
  return outbox.list();
}
export function remove(id: string): Promise<void> {
  return outbox.remove(id);
}
export function markAttempt(id: string): Promise<OutboxEntry | null> {
  return outbox.markAttempt(id);
}
export function flushOutbox(
  send: (entry: OutboxEntry) => Promise<SendResult>,
  options?: FlushOptions,
): Promise<void> {
  return outbox.flushOutbox(send, options);
}
