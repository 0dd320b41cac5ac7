// Reports that could not be sent yet wait here (IndexedDB, so they survive a closed tab) until a
// later flush delivers them. Each entry keeps the Idempotency-Key it was first sent with: a send
// that timed out may still have reached the city, and the same key lets the back end drop the
// repeat instead of filing the pothole twice.
import { del, entries, get, set } from 'idb-keyval';
import { createIdempotencyKey } from '../core/idempotency-key.js';
import { fromStoredPhoto, lazyStore, toStoredPhoto } from './report-draft-store.js';
import { OUTBOX_DB, OUTBOX_STORE } from './report-stores.js';

export interface OutboxEntry {
  /** Idempotency-Key: a UUID made once per report and reused on every attempt. */
  id: string;
  createdAt: string;
  attempts: number;
  /** Epoch ms; the entry is not sent before. */
  nextAttemptAt: number;
  fields: Record<string, string>;
  photos: Blob[];
}

export interface NewReport {
  /** The key of an earlier direct attempt, if there was one; a new one is made otherwise. */
  id?: string;
  fields: Record<string, string>;
  photos?: readonly Blob[];
}

export type SendResult = 'sent' | 'retry' | 'rejected';

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

interface StoredEntry extends Omit<OutboxEntry, 'photos'> {
  /** Bytes, not Blobs: WebKit has lost or failed to read Blobs kept in IndexedDB. */
  photos: { type: string; data: ArrayBuffer }[];
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
      return isStoredEntry(value) ? value : undefined;
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
  const enqueue = async (
    report: NewReport,
  ): Promise<{ entry: OutboxEntry; persisted: boolean }> => {
    const id = report.id ?? createIdempotencyKey();
    const existing = await read(id);
    if (existing) return { entry: fromStored(existing), persisted: !memory.has(id) };
    const at = now();
    const stored: StoredEntry = {
      id,
      createdAt: new Date(at).toISOString(),
      attempts: 0,
      nextAttemptAt: at,
      fields: { ...report.fields },
      photos: await Promise.all((report.photos ?? []).map(toStoredPhoto)),
    };
    settled.delete(id);
    return { entry: fromStored(stored), persisted: await write(stored) };
  };

  /** All queued entries, oldest first. */
  const list = async (): Promise<OutboxEntry[]> => {
    const all = new Map<string, StoredEntry>();
    try {
      for (const [, value] of await entries<IDBValidKey, unknown>(store())) {
        if (isStoredEntry(value)) all.set(value.id, value);
      }
    } catch {
      // IndexedDB unavailable: the in-memory entries below are all there is
    }
    for (const [id, value] of memory) all.set(id, value);
    return [...all.values()]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
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
      if (outcome !== 'retry') {
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
    markAttempt,
    /**
     * Sends every due entry once, one after the other. 'sent' and 'rejected' remove the entry,
     * 'retry' (or a throwing `send`) leaves it with backoff. Concurrent flushes in this tab
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
  return {
    ...entry,
    fields: { ...entry.fields },
    photos: entry.photos.map(fromStoredPhoto),
  };
}

function isStoredEntry(value: unknown): value is StoredEntry {
  const v = value as Partial<StoredEntry> | null;
  return (
    typeof v?.id === 'string' &&
    typeof v.createdAt === 'string' &&
    typeof v.attempts === 'number' &&
    typeof v.nextAttemptAt === 'number' &&
    v.fields instanceof Object &&
    Array.isArray(v.photos)
  );
}

/** The outbox of every widget on the page (the element uses it directly; the functions below are
 * shorthands for tests and scripts). */
export const outbox = createOutbox();

export function enqueue(report: NewReport): Promise<{ entry: OutboxEntry; persisted: boolean }> {
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
