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

/** The draft store: `drafts` below for the page; tests make their own with their own database. */
export type DraftStore = ReturnType<typeof createDraftStore>;

export function createDraftStore({
  dbName = 'civic-widgets-drafts',
  storeName = 'drafts',
  keyPrefix = 'civic-widgets:defect-reporter:draft:',
}: DraftStoreOptions = {}) {
  const store = lazyStore(dbName, storeName);
  /** Photo reads, writes and clears run in order: a late save cannot revive a cleared draft. */
  let queue: Promise<unknown> = Promise.resolve();
  /** Queues `op` on the photo store; resolves to `fallback` if IndexedDB fails. */
  const photoOp = <T>(op: (idb: UseStore) => Promise<T>, fallback: T): Promise<T> =>
    (queue = queue.then(async () => {
      try {
        return await op(store());
      } catch {
        return fallback;
      }
    })) as Promise<T>;

  // `localStorage` itself throws a SecurityError when storage is blocked: every use is in a try.
  return {
    /** Saves the text fields synchronously; returns false if they could not be stored. */
    saveDraftText(scope: string, fields: Record<string, string>): boolean {
      const value: StoredText = { fields, savedAt: new Date().toISOString() };
      try {
        localStorage.setItem(keyPrefix + scope, JSON.stringify(value));
        return true;
      } catch {
        return false; // blocked, or QuotaExceededError
      }
    },

    /** Replaces the stored photos of `scope`; an empty list deletes them. */
    saveDraftPhotos(scope: string, photos: readonly Blob[]): Promise<boolean> {
      return photoOp(async (idb) => {
        await (photos.length
          ? set(scope, await Promise.all(photos.map(toStoredPhoto)), idb)
          : del(scope, idb));
        return true;
      }, false);
    },

    /** The stored draft, or null if there is none or storage is unavailable. */
    async loadDraft(scope: string): Promise<ReportDraft | null> {
      let text: StoredText | null = null;
      try {
        const parsed: unknown = JSON.parse(localStorage.getItem(keyPrefix + scope)!);
        if (isStoredText(parsed)) text = parsed;
      } catch {
        // unreadable or corrupt JSON: treat as no draft
      }
      const photos = await photoOp(async (idb) => {
        const stored: unknown = await get(scope, idb);
        return Array.isArray(stored) ? stored.filter(isStoredPhoto).map(fromStoredPhoto) : [];
      }, []);
      if (!text && photos.length === 0) return null;
      return { fields: text?.fields ?? {}, photos, savedAt: text?.savedAt ?? null };
    },

    /** Removes text and photos, e.g. once the report was sent or queued in the outbox. */
    async clearDraft(scope: string): Promise<void> {
      try {
        localStorage.removeItem(keyPrefix + scope);
      } catch {
        // nothing to do: the draft simply stays
      }
      await photoOp((idb) => del(scope, idb), undefined);
    },
  };
}

/** An idb-keyval store, opened on first use; a missing or blocked indexedDB fails there, in the
 * caller's try (shared with the outbox). */
export function lazyStore(dbName: string, storeName: string): () => UseStore {
  let idb: UseStore | undefined;
  return () => (idb ??= createStore(dbName, storeName));
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
  return v?.data instanceof ArrayBuffer && typeof v.type === 'string';
}

function isStoredText(value: unknown): value is StoredText {
  const v = value as Partial<StoredText> | null;
  return (
    typeof v?.savedAt === 'string' &&
    v.fields instanceof Object &&
    Object.values(v.fields).every((f) => typeof f === 'string')
  );
}

/** The drafts of every widget on the page (the element uses it directly; the functions below are
 * shorthands for tests and scripts). */
export const drafts = createDraftStore();

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
