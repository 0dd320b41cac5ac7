// The draft of a report that is still being written: text in localStorage (small, synchronous,
// so it can be saved on every keystroke and on pagehide), photos in IndexedDB (too large for
// localStorage's ~5 MB). Storage is a convenience here, never a requirement: private mode,
// full quota, blocked cookies (SecurityError) or a missing IndexedDB only mean the draft is not
// kept. No method throws to its caller.
import { createStore, del, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';

export interface ReportDraft {
  fields: Record<string, string>;
  photos: Blob[];
  /** ISO time of the last text save, null if only photos were stored. */
  savedAt: string | null;
}

export interface DraftStoreOptions {
  /** IndexedDB database for photos. One database per store: idb-keyval only creates the object
   * store when the database is first created, so a second store in the same database fails. */
  dbName?: string;
  storeName?: string;
  /** Prefix of the localStorage keys. */
  keyPrefix?: string;
}

/** Photos are kept as bytes: WebKit has lost or failed to read Blobs kept in IndexedDB. */
interface StoredPhoto {
  type: string;
  data: ArrayBuffer;
}

interface StoredText {
  fields: Record<string, string>;
  savedAt: string;
}

export class DraftStore {
  readonly #dbName: string;
  readonly #storeName: string;
  readonly #keyPrefix: string;
  #idb: UseStore | null | undefined;
  /** Photo writes and clears of a scope run in order: a late save cannot revive a cleared draft. */
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(options: DraftStoreOptions = {}) {
    this.#dbName = options.dbName ?? 'civic-widgets-drafts';
    this.#storeName = options.storeName ?? 'drafts';
    this.#keyPrefix = options.keyPrefix ?? 'civic-widgets:defect-reporter:draft:';
  }

  /** Saves the text fields synchronously; returns false if they could not be stored. */
  saveDraftText(scope: string, fields: Record<string, string>): boolean {
    const storage = localStorageOrNull();
    if (!storage) return false;
    const value: StoredText = { fields: { ...fields }, savedAt: new Date().toISOString() };
    try {
      storage.setItem(this.#keyPrefix + scope, JSON.stringify(value));
      return true;
    } catch {
      return false; // QuotaExceededError, or storage disabled after the getter succeeded
    }
  }

  /** Replaces the stored photos of `scope`; an empty list deletes them. */
  saveDraftPhotos(scope: string, photos: readonly Blob[]): Promise<boolean> {
    return this.#serial(scope, async () => {
      try {
        const store = this.#store();
        if (!store) return false;
        if (photos.length === 0) {
          await del(scope, store);
        } else {
          await set(scope, await Promise.all(photos.map(toStoredPhoto)), store);
        }
        return true;
      } catch {
        return false;
      }
    });
  }

  /** The stored draft, or null if there is none or storage is unavailable. */
  async loadDraft(scope: string): Promise<ReportDraft | null> {
    const text = this.#loadText(scope);
    const photos = await this.#serial(scope, async () => {
      try {
        const store = this.#store();
        if (!store) return [];
        const stored: unknown = await get(scope, store);
        return Array.isArray(stored) ? stored.filter(isStoredPhoto).map(fromStoredPhoto) : [];
      } catch {
        return [];
      }
    });
    if (!text && photos.length === 0) return null;
    return { fields: text?.fields ?? {}, photos, savedAt: text?.savedAt ?? null };
  }

  /** Removes text and photos, e.g. once the report was sent or queued in the outbox. */
  async clearDraft(scope: string): Promise<void> {
    const storage = localStorageOrNull();
    try {
      storage?.removeItem(this.#keyPrefix + scope);
    } catch {
      // nothing to do: the draft simply stays
    }
    await this.#serial(scope, async () => {
      try {
        const store = this.#store();
        if (store) await del(scope, store);
      } catch {
        // same
      }
    });
  }

  #loadText(scope: string): StoredText | null {
    const storage = localStorageOrNull();
    if (!storage) return null;
    try {
      const raw = storage.getItem(this.#keyPrefix + scope);
      if (raw === null) return null;
      const parsed: unknown = JSON.parse(raw);
      return isStoredText(parsed) ? parsed : null;
    } catch {
      return null; // unreadable or corrupt JSON: treat as no draft
    }
  }

  #store(): UseStore | null {
    if (this.#idb === undefined) {
      // createStore opens lazily; a missing indexedDB fails on first use, caught by the callers.
      this.#idb =
        typeof indexedDB === 'undefined' ? null : createStore(this.#dbName, this.#storeName);
    }
    return this.#idb;
  }

  #serial<T>(scope: string, op: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(scope) ?? Promise.resolve();
    const next = previous.then(op, op);
    const tail = next.catch(() => undefined);
    this.#queues.set(scope, tail);
    // Forget finished queues so the map does not grow with every scope ever used.
    void tail.then(() => {
      if (this.#queues.get(scope) === tail) this.#queues.delete(scope);
    });
    return next;
  }
}

/** Reading `window.localStorage` itself throws a SecurityError when storage is blocked. */
function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Bytes of a photo for IndexedDB (shared with the outbox). */
export async function toStoredPhoto(blob: Blob): Promise<StoredPhoto> {
  return { type: blob.type, data: await blob.arrayBuffer() };
}

export function fromStoredPhoto(photo: StoredPhoto): Blob {
  return new Blob([photo.data], { type: photo.type });
}

function isStoredPhoto(value: unknown): value is StoredPhoto {
  const v = value as Partial<StoredPhoto> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.type === 'string' &&
    v.data instanceof ArrayBuffer
  );
}

function isStoredText(value: unknown): value is StoredText {
  const v = value as Partial<StoredText> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.savedAt === 'string' &&
    typeof v.fields === 'object' &&
    v.fields !== null &&
    Object.values(v.fields).every((f) => typeof f === 'string')
  );
}

/** The drafts of every widget on the page (the element uses it directly; the functions below are
 * shorthands for tests and scripts). */
export const drafts = new DraftStore();

/** Saves the text fields of the draft of widget instance `scope` (its id or endpoint). */
export function saveDraftText(scope: string, fields: Record<string, string>): boolean {
  return drafts.saveDraftText(scope, fields);
}

export function saveDraftPhotos(scope: string, photos: readonly Blob[]): Promise<boolean> {
  return drafts.saveDraftPhotos(scope, photos);
}

export function loadDraft(scope: string): Promise<ReportDraft | null> {
  return drafts.loadDraft(scope);
}

export function clearDraft(scope: string): Promise<void> {
  return drafts.clearDraft(scope);
}
