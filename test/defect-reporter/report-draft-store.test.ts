import { expect } from '@open-wc/testing';
import {
  clearDraft,
  createDraftStore,
  loadDraft,
  saveDraftPhotos,
  saveDraftText,
} from '../../src/defect-reporter/report-draft-store.js';
import type { DraftStore } from '../../src/defect-reporter/report-draft-store.js';

let counter = 0;
/** A store with its own database and key prefix, so tests do not see each other's drafts. */
function freshStore(): DraftStore {
  const n = `${Date.now()}-${counter++}`;
  return createDraftStore({ dbName: `test-drafts-${n}`, keyPrefix: `test-draft-${n}:` });
}

/** Makes reading `window[name]` throw like a blocked storage does; returns the undo. */
function blockGlobal(name: 'localStorage' | 'indexedDB'): () => void {
  const own = Object.getOwnPropertyDescriptor(window, name);
  Object.defineProperty(window, name, {
    get() {
      throw new DOMException('denied', 'SecurityError');
    },
    configurable: true,
  });
  return () => {
    if (own) Object.defineProperty(window, name, own);
    else delete (window as unknown as Record<string, unknown>)[name];
  };
}

async function text(blob: Blob): Promise<string> {
  return blob.text();
}

describe('report-draft-store', () => {
  it('returns null when there is no draft', async () => {
    expect(await freshStore().loadDraft('nothing-here')).to.equal(null);
  });

  it('keeps text in localStorage and photos in IndexedDB', async () => {
    const store = freshStore();
    expect(store.saveDraftText('w1', { description: 'Schlagloch', category: 'road' })).to.equal(
      true,
    );
    expect(
      await store.saveDraftPhotos('w1', [
        new Blob(['photo-1'], { type: 'image/jpeg' }),
        new Blob(['photo-2'], { type: 'image/jpeg' }),
      ]),
    ).to.equal(true);

    const draft = await store.loadDraft('w1');
    expect(draft?.fields).to.deep.equal({ description: 'Schlagloch', category: 'road' });
    expect(draft?.savedAt).to.be.a('string');
    expect(draft?.photos.map((p) => p.type)).to.deep.equal(['image/jpeg', 'image/jpeg']);
    expect(await Promise.all(draft!.photos.map(text))).to.deep.equal(['photo-1', 'photo-2']);
  });

  it('keeps drafts of different widget instances apart', async () => {
    const store = freshStore();
    store.saveDraftText('a', { description: 'A' });
    store.saveDraftText('https://city.example/api', { description: 'B' });
    expect((await store.loadDraft('a'))?.fields.description).to.equal('A');
    expect((await store.loadDraft('https://city.example/api'))?.fields.description).to.equal('B');
  });

  it('an empty photo list deletes the photos', async () => {
    const store = freshStore();
    await store.saveDraftPhotos('w', [new Blob(['x'], { type: 'image/jpeg' })]);
    await store.saveDraftPhotos('w', []);
    expect(await store.loadDraft('w')).to.equal(null);
  });

  it('clearDraft removes text and photos, even right after an unawaited save', async () => {
    const store = freshStore();
    store.saveDraftText('w', { description: 'x' });
    void store.saveDraftPhotos('w', [new Blob(['x'], { type: 'image/jpeg' })]);
    await store.clearDraft('w');
    expect(await store.loadDraft('w')).to.equal(null);
  });

  it('ignores corrupt text drafts', async () => {
    localStorage.setItem('corrupt-test:w', '{not json');
    const store = createDraftStore({
      dbName: `test-drafts-corrupt-${Date.now()}`,
      keyPrefix: 'corrupt-test:',
    });
    expect(await store.loadDraft('w')).to.equal(null);
    localStorage.setItem('corrupt-test:w', JSON.stringify({ fields: { a: 1 }, savedAt: 'x' }));
    expect(await store.loadDraft('w')).to.equal(null);
    localStorage.removeItem('corrupt-test:w');
  });

  describe('storage unavailable', () => {
    it('localStorage getter throws SecurityError: nothing throws, photos still work', async () => {
      const store = freshStore();
      const restore = blockGlobal('localStorage');
      try {
        expect(() => localStorage).to.throw(); // the stub is in effect
        expect(store.saveDraftText('w', { description: 'x' })).to.equal(false);
        expect(saveDraftText('w', { description: 'x' })).to.equal(false);
        expect(await store.saveDraftPhotos('w', [new Blob(['p'])])).to.equal(true);
        const draft = await store.loadDraft('w');
        expect(draft?.fields).to.deep.equal({});
        expect(draft?.photos).to.have.length(1);
        await store.clearDraft('w');
        await clearDraft('w');
        expect(await loadDraft('w')).to.equal(null);
      } finally {
        restore();
      }
      expect(localStorage).to.be.instanceOf(Storage);
    });

    it('setItem throws QuotaExceededError: saveDraftText returns false', () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        expect(freshStore().saveDraftText('w', { description: 'x' })).to.equal(false);
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('indexedDB getter throws: photos degrade, text still works, nothing throws', async () => {
      const restore = blockGlobal('indexedDB');
      try {
        const store = freshStore();
        expect(await store.saveDraftPhotos('w', [new Blob(['p'])])).to.equal(false);
        expect(store.saveDraftText('w', { description: 'x' })).to.equal(true);
        const draft = await store.loadDraft('w');
        expect(draft?.fields).to.deep.equal({ description: 'x' });
        expect(draft?.photos).to.deep.equal([]);
        await store.clearDraft('w');
        expect(await store.loadDraft('w')).to.equal(null);
        expect(await saveDraftPhotos('w-default', [new Blob(['p'])])).to.be.a('boolean');
      } finally {
        restore();
      }
      await clearDraft('w-default');
    });

    it('both blocked: every call resolves', async () => {
      const restore = [blockGlobal('localStorage'), blockGlobal('indexedDB')];
      try {
        const store = freshStore();
        expect(store.saveDraftText('w', { a: 'b' })).to.equal(false);
        expect(await store.saveDraftPhotos('w', [new Blob(['p'])])).to.equal(false);
        expect(await store.loadDraft('w')).to.equal(null);
        await store.clearDraft('w');
      } finally {
        restore.forEach((undo) => undo());
      }
    });
  });
});
