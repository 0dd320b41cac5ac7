// The drafts of reports that are still being written, one per report (its draft id), so two
// tabs never write into each other's draft: text in localStorage (small, synchronous, so it can
// be saved on every keystroke), photos in IndexedDB (too large for localStorage's ~5 MB).
// Storage is a convenience here, never a requirement: private mode, full quota, blocked cookies
// (SecurityError) or a missing IndexedDB only mean the draft is not kept. No method throws.
import { del, get, set } from 'idb-keyval';
import {
  DRAFTS_DB,
  DRAFTS_STORE,
  fromStoredPhoto,
  isStoredPhoto,
  lazyStore,
  toStoredPhoto,
} from './report-stores.js';
import { readStoredReport, toStoredReport } from './stored-report.js';
import { readDraftV1 } from './stored-report-v1.js';
import type { UseStore } from 'idb-keyval';
import type { Report } from './report.js';
import type { StoredReport } from './stored-report.js';

export interface DraftStoreOptions {
  /** IndexedDB database for photos (one database per store, see lazyStore). */
  dbName?: string;
  storeName?: string;
  /** Prefix of the localStorage keys of version 2 drafts (one per draft id). */
  keyPrefix?: string;
  /** Prefix of the version 1 drafts (one per widget scope), migrated when read. */
  legacyPrefix?: string;
}

/** The draft store: `drafts` below for the page; tests make their own with their own database. */
export type DraftStore = ReturnType<typeof createDraftStore>;

export function createDraftStore({
  dbName = DRAFTS_DB,
  storeName = DRAFTS_STORE,
  keyPrefix = 'civic-widgets:defect-reporter:report:',
  legacyPrefix = 'civic-widgets:defect-reporter:draft:',
}: DraftStoreOptions = {}) {
  const store = lazyStore(dbName, storeName);
  /** Photo reads, writes and clears run in order: a late save cannot revive a cleared draft. */
  let queue: Promise<unknown> = Promise.resolve();
  /** Queues `operation` on the photo store; resolves to `fallback` if IndexedDB fails. */
  const photoOperation = <T>(operation: (idb: UseStore) => Promise<T>, fallback: T): Promise<T> =>
    (queue = queue.then(async () => {
      try {
        return await operation(store());
      } catch {
        return fallback;
      }
    })) as Promise<T>;

  // `localStorage` itself throws a SecurityError when storage is blocked: every use is in a try.
  const readText = (key: string): unknown => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? 'null');
    } catch {
      return null; // blocked, or corrupt JSON: no draft
    }
  };

  const writeText = (report: StoredReport): boolean => {
    try {
      localStorage.setItem(keyPrefix + report.id, JSON.stringify(report));
      return true;
    } catch {
      return false; // blocked, or QuotaExceededError
    }
  };

  const savePhotos = (id: string, photos: readonly Blob[]): Promise<boolean> =>
    photoOperation(async (idb) => {
      await (photos.length
        ? set(id, await Promise.all(photos.map(toStoredPhoto)), idb)
        : del(id, idb));
      return true;
    }, false);

  const loadPhotos = (id: string): Promise<Blob[]> =>
    photoOperation(async (idb) => {
      const stored: unknown = await get(id, idb);
      return Array.isArray(stored) ? stored.filter(isStoredPhoto).map(fromStoredPhoto) : [];
    }, []);

  /** Moves a version 1 draft of `scope` (text and photos) to a version 2 draft of its own. */
  const migrateLegacy = async (scope: string): Promise<void> => {
    const text = readText(legacyPrefix + scope);
    const photos = await loadPhotos(scope);
    if (!text && !photos.length) return;
    const empty = { fields: {}, savedAt: new Date().toISOString() };
    const report = readDraftV1(text, scope) ?? readDraftV1(empty, scope)!;
    if (!writeText(report)) return;
    if (photos.length) await savePhotos(report.id, photos);
    try {
      localStorage.removeItem(legacyPrefix + scope);
    } catch {
      // cannot happen after a successful write; the copy is harmless
    }
    await photoOperation((idb) => del(scope, idb), undefined);
  };

  const loadDraft = async (id: string): Promise<Report | null> => {
    const text = readStoredReport(readText(keyPrefix + id));
    return text ? { ...text, photos: await loadPhotos(id) } : null;
  };

  return {
    /** Saves the report's text synchronously (photos: {@link saveDraftPhotos}); false if it
     * could not be stored. */
    saveDraft(report: Report): boolean {
      return writeText({
        ...toStoredReport(report),
        meta: { ...report.meta, savedAt: new Date().toISOString() },
      });
    },

    /** Replaces the stored photos of draft `id`; an empty list deletes them. */
    saveDraftPhotos: savePhotos,

    /** The stored draft `id` with its photos, or null. */
    loadDraft,

    /** Every draft of widget `scope`, newest first (a version 1 draft is migrated first). */
    async listDrafts(scope: string): Promise<Report[]> {
      await migrateLegacy(scope);
      const ids: string[] = [];
      try {
        for (const key of Object.keys(localStorage)) {
          if (key.startsWith(keyPrefix)) ids.push(key.slice(keyPrefix.length));
        }
      } catch {
        return []; // storage blocked
      }
      const reports = await Promise.all(ids.map(loadDraft));
      return reports
        .filter((report): report is Report => report?.meta.scope === scope)
        .sort((first, second) =>
          (second.meta.savedAt ?? '').localeCompare(first.meta.savedAt ?? ''),
        );
    },

    /** Removes the draft's text and photos: only the send of that very report does this (or the
     * citizen's "start again"). */
    async clearDraft(id: string): Promise<void> {
      try {
        localStorage.removeItem(keyPrefix + id);
      } catch {
        // nothing to do: the draft simply stays
      }
      await photoOperation((idb) => del(id, idb), undefined);
    },
  };
}

/** The drafts of every widget on the page. */
export const drafts = createDraftStore();
