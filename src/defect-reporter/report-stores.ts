// Where reports live in the browser: the databases of the draft store (report-draft-store.ts)
// and the outbox (report-outbox.ts), opened lazily, and photos as bytes for IndexedDB.
import { createStore } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';

/** The IndexedDB database and store of the default outbox. */
export const OUTBOX_DB = 'civic-widgets-outbox';
export const OUTBOX_STORE = 'outbox';

/** The IndexedDB database and store of the drafts' photos. */
export const DRAFTS_DB = 'civic-widgets-drafts';
export const DRAFTS_STORE = 'drafts';

/** Photos are kept as bytes: WebKit has lost or failed to read Blobs kept in IndexedDB. */
export interface StoredPhoto {
  type: string;
  data: ArrayBuffer;
}

/** An idb-keyval store, opened on first use; a missing or blocked indexedDB fails there, in the
 * caller's try. One database per store: idb-keyval only creates the object store when the
 * database is first created, so a second store in the same database fails. */
export function lazyStore(dbName: string, storeName: string): () => UseStore {
  let idb: UseStore | undefined;
  return () => (idb ??= createStore(dbName, storeName));
}

export async function toStoredPhoto(blob: Blob): Promise<StoredPhoto> {
  return { type: blob.type, data: await blob.arrayBuffer() };
}

export function fromStoredPhoto(photo: StoredPhoto): Blob {
  return new Blob([photo.data], { type: photo.type });
}

export function isStoredPhoto(value: unknown): value is StoredPhoto {
  const photo = value as Partial<StoredPhoto> | null;
  return photo?.data instanceof ArrayBuffer && typeof photo.type === 'string';
}
