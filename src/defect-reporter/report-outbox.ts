// Reports that could not be sent yet wait here (IndexedDB, so they survive a closed tab) until a
// later flush delivers them. Each entry keeps the Idempotency-Key it was first sent with: a send
// that timed out may still have reached the city, and the same key lets the back end drop the
// repeat instead of filing the pothole twice.
import { createStore, del, entries, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { fromStoredPhoto, toStoredPhoto } from './report-draft-store.js';
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

export interface FlushResult {
  sent: string[];
  retry: string[];
  /** Refused by the server (4xx): removed from the outbox and returned, so the widget can show
   * them and offer the e-mail fallback instead of losing them silently. */
  rejected: OutboxEntry[];
}

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
  const exponent = Math.max(0, attempts - 1);
  const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * BACKOFF_FACTOR ** exponent);
  return Math.round(delay / 2 + (delay / 2) * random());
}

/** A v4 UUID; crypto.randomUUID only exists in secure contexts, getRandomValues everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return Array.from(
    b,
    (x, i) => ([4, 6, 8, 10].includes(i) ? '-' : '') + x.toString(16).padStart(2, '0'),
  ).join('');
}

interface StoredEntry extends Omit<OutboxEntry, 'photos'> {
  /** Bytes, not Blobs: WebKit has lost or failed to read Blobs kept in IndexedDB. */
  photos: { type: string; data: ArrayBuffer }[];
}

export class ReportOutbox {
  readonly #dbName: string;
  readonly #storeName: string;
  readonly #now: () => number;
  readonly #random: () => number;
  #idb: UseStore | undefined;
  /** Used when IndexedDB is unavailable (or fails): the report survives at least this page. */
  readonly #memory = new Map<string, StoredEntry>();
  /** In-tab mutex: a flush waits for the running one, then sees the entries it left. */
  #flushing: Promise<unknown> = Promise.resolve();
  /** Ids settled in this page; guards against resending if removing them from IDB failed. */
  readonly #settled = new Set<string>();

  constructor(options: OutboxOptions = {}) {
    this.#dbName = options.dbName ?? OUTBOX_DB;
    this.#storeName = options.storeName ?? OUTBOX_STORE;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
  }

  /**
   * Queues a report, due at once. Enqueueing an id that is already queued keeps the existing
   * entry (and its attempt count). `persisted` is false if the entry only lives in memory: the
   * widget should then offer the e-mail fallback, since a closed tab would lose it.
   */
  async enqueue(report: NewReport): Promise<{ entry: OutboxEntry; persisted: boolean }> {
    const id = report.id ?? newIdempotencyKey();
    const existing = await this.#read(id);
    if (existing.entry) return { entry: fromStored(existing.entry), persisted: existing.persisted };
    const stored: StoredEntry = {
      id,
      createdAt: new Date(this.#now()).toISOString(),
      attempts: 0,
      nextAttemptAt: this.#now(),
      fields: { ...report.fields },
      photos: await Promise.all((report.photos ?? []).map(toStoredPhoto)),
    };
    this.#settled.delete(id);
    const persisted = await this.#write(stored);
    return { entry: fromStored(stored), persisted };
  }

  /** All queued entries, oldest first. */
  async list(): Promise<OutboxEntry[]> {
    const all = new Map<string, StoredEntry>();
    try {
      for (const [, value] of await entries<IDBValidKey, unknown>(this.#store())) {
        if (isStoredEntry(value)) all.set(value.id, value);
      }
    } catch {
      // IndexedDB unavailable: the in-memory entries below are all there is
    }
    for (const [id, value] of this.#memory) all.set(id, value);
    return [...all.values()]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map(fromStored);
  }

  /** Entries whose next attempt is due at `now`. */
  async due(now: number = this.#now()): Promise<OutboxEntry[]> {
    return (await this.list()).filter((e) => e.nextAttemptAt <= now);
  }

  async remove(id: string): Promise<void> {
    this.#memory.delete(id);
    try {
      await del(id, this.#store());
    } catch {
      // cannot delete: #settled keeps this page from sending it again; the key covers the rest
    }
  }

  /** Counts an attempt and schedules the next one with backoff; null if the id is unknown. */
  async markAttempt(id: string): Promise<OutboxEntry | null> {
    const { entry } = await this.#read(id);
    if (!entry) return null;
    const attempts = entry.attempts + 1;
    const updated: StoredEntry = {
      ...entry,
      attempts,
      nextAttemptAt: this.#now() + backoffDelay(attempts, this.#random),
    };
    await this.#write(updated);
    return fromStored(updated);
  }

  /**
   * Sends every due entry once, one after the other. 'sent' and 'rejected' remove the entry,
   * 'retry' (or a throwing `send`) leaves it with backoff. Concurrent flushes in this tab queue
   * behind each other; across tabs a Web Lock does the same, so an entry is never sent by two
   * flushes at once.
   */
  flushOutbox(
    send: (entry: OutboxEntry) => Promise<SendResult>,
    options: FlushOptions = {},
  ): Promise<FlushResult> {
    const run = this.#flushing.then(() => this.#withTabLock(() => this.#flush(send, options)));
    this.#flushing = run.catch(() => undefined);
    return run;
  }

  async #withTabLock<T>(fn: () => Promise<T>): Promise<T> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks || typeof locks.request !== 'function') return fn();
    let ran = false;
    try {
      return await locks.request(`civic-widgets:outbox:${this.#dbName}`, () => {
        ran = true;
        return fn();
      });
    } catch (error) {
      // The lock manager itself failed (e.g. SecurityError in an opaque origin): flush without
      // it; markAttempt before sending still keeps other tabs away for the backoff period.
      if (ran) throw error;
      return fn();
    }
  }

  async #flush(
    send: (entry: OutboxEntry) => Promise<SendResult>,
    { at, only }: FlushOptions,
  ): Promise<FlushResult> {
    const result: FlushResult = { sent: [], retry: [], rejected: [] };
    // Read inside the lock: whatever an earlier flush (here or in another tab) settled is gone.
    for (const candidate of await this.due(at)) {
      if (this.#settled.has(candidate.id) || (only && !only(candidate))) continue;
      // Count the attempt before sending. If the tab dies mid-send, the entry waits for its
      // backoff instead of being resent at once, and tabs without Web Locks skip it meanwhile.
      const entry = await this.markAttempt(candidate.id);
      if (!entry) continue;
      let outcome: SendResult;
      try {
        outcome = await send(entry);
      } catch {
        outcome = 'retry';
      }
      if (outcome === 'sent' || outcome === 'rejected') {
        this.#settled.add(entry.id);
        await this.remove(entry.id);
        if (outcome === 'sent') result.sent.push(entry.id);
        else result.rejected.push(entry);
      } else {
        result.retry.push(entry.id);
      }
    }
    return result;
  }

  #store(): UseStore {
    // Lazy: createStore opens the database on first use; a missing indexedDB fails there and
    // every caller catches it.
    this.#idb ??= createStore(this.#dbName, this.#storeName);
    return this.#idb;
  }

  async #read(id: string): Promise<{ entry: StoredEntry | undefined; persisted: boolean }> {
    const inMemory = this.#memory.get(id);
    if (inMemory) return { entry: inMemory, persisted: false };
    try {
      const value: unknown = await get(id, this.#store());
      return { entry: isStoredEntry(value) ? value : undefined, persisted: true };
    } catch {
      return { entry: undefined, persisted: false };
    }
  }

  /** Writes to IndexedDB, else keeps the entry in memory; true if persisted. */
  async #write(entry: StoredEntry): Promise<boolean> {
    if (!this.#memory.has(entry.id)) {
      try {
        await set(entry.id, entry, this.#store());
        return true;
      } catch {
        // fall through to memory
      }
    }
    this.#memory.set(entry.id, entry);
    return false;
  }
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
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.createdAt === 'string' &&
    typeof v.attempts === 'number' &&
    typeof v.nextAttemptAt === 'number' &&
    typeof v.fields === 'object' &&
    v.fields !== null &&
    Array.isArray(v.photos)
  );
}

/** The outbox of every widget on the page (the flow uses it directly; the functions below are
 * shorthands for tests and scripts). */
export const outbox = new ReportOutbox();

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
export function due(now?: number): Promise<OutboxEntry[]> {
  return outbox.due(now);
}
export function flushOutbox(
  send: (entry: OutboxEntry) => Promise<SendResult>,
  options?: FlushOptions,
): Promise<FlushResult> {
  return outbox.flushOutbox(send, options);
}
