import { expect } from '@open-wc/testing';
import { createStore, get, set } from 'idb-keyval';
import { createDraftStore } from '../../src/defect-reporter/report-draft-store.js';
import { createReport } from '../../src/defect-reporter/report.js';
import type { DraftStore } from '../../src/defect-reporter/report-draft-store.js';
import type { Report } from '../../src/defect-reporter/report.js';

let counter = 0;
/** A store with its own database and key prefixes, so tests do not see each other's drafts. */
function freshStore(): {
  store: DraftStore;
  dbName: string;
  keyPrefix: string;
  legacyPrefix: string;
} {
  const unique = `${Date.now()}-${counter++}`;
  const options = {
    dbName: `test-drafts-${unique}`,
    keyPrefix: `test-report-${unique}:`,
    legacyPrefix: `test-draft-${unique}:`,
  };
  return { store: createDraftStore(options), ...options };
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

function writtenReport(scope: string, description: string): Report {
  const report = createReport(scope);
  return { ...report, fields: { ...report.fields, category: 'road', description } };
}

/** A fixture of test/defect-reporter/fixtures/ (see the README there). */
async function storedFixture<T>(name: string): Promise<T> {
  return (await fetch(new URL(`./fixtures/${name}.json`, import.meta.url))).json() as Promise<T>;
}

interface DraftV1Fixture {
  localStorageKey: string;
  localStorageValue: { fields: Record<string, string>; savedAt: string };
  idbKey: string;
  idbValue: { type: string; data: string }[];
}

const bytesOf = (base64: string) =>
  Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)).buffer;

describe('report-draft-store', () => {
  it('has no drafts for a widget nothing was written in', async () => {
    const { store } = freshStore();
    expect(await store.listDrafts('nothing-here')).to.deep.equal([]);
    expect(await store.loadDraft('no-such-id')).to.equal(null);
  });

  it('keeps text in localStorage and photos in IndexedDB, per draft id', async () => {
    const { store } = freshStore();
    const report = writtenReport('w1', 'Schlagloch');
    expect(store.saveDraft(report)).to.equal(true);
    expect(
      await store.saveDraftPhotos(report.id, [
        new Blob(['photo-1'], { type: 'image/jpeg' }),
        new Blob(['photo-2'], { type: 'image/jpeg' }),
      ]),
    ).to.equal(true);

    const draft = await store.loadDraft(report.id);
    expect(draft?.fields).to.deep.equal(report.fields);
    expect(draft?.version).to.equal(2);
    expect(Date.parse(draft!.meta.savedAt!)).to.be.closeTo(Date.now(), 5000);
    expect(await Promise.all(draft!.photos.map((photo) => photo.text()))).to.deep.equal([
      'photo-1',
      'photo-2',
    ]);
  });

  it('keeps two drafts of one widget apart (two tabs), newest first', async () => {
    const { store } = freshStore();
    const lamp = writtenReport('w', 'Lampe defekt');
    const pothole = writtenReport('w', 'Schlagloch');
    store.saveDraft(lamp);
    await new Promise((resolve) => setTimeout(resolve, 5));
    store.saveDraft(pothole);
    store.saveDraft(writtenReport('another-widget', 'Müll'));
    const listed = await store.listDrafts('w');
    expect(listed.map((draft) => draft.fields.description)).to.deep.equal([
      'Schlagloch',
      'Lampe defekt',
    ]);
    await store.clearDraft(pothole.id);
    expect((await store.listDrafts('w')).map((draft) => draft.id)).to.deep.equal([lamp.id]);
  });

  it('clearDraft removes text and photos, even right after an unawaited save', async () => {
    const { store } = freshStore();
    const report = writtenReport('w', 'x');
    store.saveDraft(report);
    void store.saveDraftPhotos(report.id, [new Blob(['x'], { type: 'image/jpeg' })]);
    await store.clearDraft(report.id);
    expect(await store.loadDraft(report.id)).to.equal(null);
  });

  it('ignores corrupt drafts', async () => {
    const { store, keyPrefix } = freshStore();
    localStorage.setItem(`${keyPrefix}bad-json`, '{not json');
    localStorage.setItem(`${keyPrefix}bad-shape`, JSON.stringify({ version: 2, id: 'x' }));
    expect(await store.loadDraft('bad-json')).to.equal(null);
    expect(await store.loadDraft('bad-shape')).to.equal(null);
    expect(await store.listDrafts('w')).to.deep.equal([]);
    localStorage.removeItem(`${keyPrefix}bad-json`);
    localStorage.removeItem(`${keyPrefix}bad-shape`);
  });

  describe('a version 1 draft (fixture captured from the old code)', () => {
    it('is migrated to a typed report with its photos, and the old keys are gone', async () => {
      const { store, dbName, legacyPrefix } = freshStore();
      const fixture = await storedFixture<DraftV1Fixture>('draft-v1');
      const scope = fixture.idbKey;
      localStorage.setItem(legacyPrefix + scope, JSON.stringify(fixture.localStorageValue));
      const photoStore = createStore(dbName, 'drafts');
      await set(
        scope,
        fixture.idbValue.map(({ type, data }) => ({ type, data: bytesOf(data) })),
        photoStore,
      );

      const [draft, ...more] = await store.listDrafts(scope);
      expect(more).to.deep.equal([]);
      const fields = fixture.localStorageValue.fields;
      expect(draft.version).to.equal(2);
      expect(draft.fields).to.deep.equal({
        category: fields.category,
        description: fields.description,
        website: '',
      });
      expect(draft.location).to.deep.equal({
        address: fields.address,
        position: { lat: 51.4012, lng: 7.1853, accuracy: 12 },
      });
      expect(draft.contact).to.deep.equal({
        name: fields.name,
        email: fields.email,
        consent: true,
      });
      expect(draft.meta).to.include({
        scope,
        step: fields._step,
        startedAt: Number(fields._started),
        savedAt: fixture.localStorageValue.savedAt,
      });
      expect(draft.key).to.equal(undefined);
      expect(draft.photos).to.have.length(1);
      expect(draft.photos[0].type).to.equal('image/jpeg');

      expect(localStorage.getItem(legacyPrefix + scope)).to.equal(null);
      expect(await get(scope, photoStore)).to.equal(undefined);
      // Read again: the same draft, now stored as version 2.
      const [again] = await store.listDrafts(scope);
      expect(again.id).to.equal(draft.id);
      expect(again.photos).to.have.length(1);
    });

    it('keeps the Idempotency-Key a version 1 draft had after a send', async () => {
      const { store, legacyPrefix } = freshStore();
      const fixture = await storedFixture<DraftV1Fixture>('draft-v1');
      const key = crypto.randomUUID();
      const value = {
        ...fixture.localStorageValue,
        fields: { ...fixture.localStorageValue.fields, _key: key },
      };
      localStorage.setItem(`${legacyPrefix}w`, JSON.stringify(value));
      const [draft] = await store.listDrafts('w');
      expect(draft.key).to.equal(key);
    });
  });

  describe('storage unavailable', () => {
    it('localStorage getter throws SecurityError: nothing throws, nothing is listed', async () => {
      const { store } = freshStore();
      const report = writtenReport('w', 'x');
      const restore = blockGlobal('localStorage');
      try {
        expect(() => localStorage).to.throw(); // the stub is in effect
        expect(store.saveDraft(report)).to.equal(false);
        expect(await store.saveDraftPhotos(report.id, [new Blob(['p'])])).to.equal(true);
        expect(await store.listDrafts('w')).to.deep.equal([]);
        await store.clearDraft(report.id);
      } finally {
        restore();
      }
      expect(localStorage).to.be.instanceOf(Storage);
    });

    it('setItem throws QuotaExceededError: saveDraft returns false', () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        expect(freshStore().store.saveDraft(writtenReport('w', 'x'))).to.equal(false);
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('indexedDB getter throws: the photos are not kept, the text is, nothing throws', async () => {
      const restore = blockGlobal('indexedDB');
      try {
        const { store } = freshStore();
        const report = writtenReport('w', 'x');
        expect(await store.saveDraftPhotos(report.id, [new Blob(['p'])])).to.equal(false);
        expect(store.saveDraft(report)).to.equal(true);
        const draft = await store.loadDraft(report.id);
        expect(draft?.fields.description).to.equal('x');
        expect(draft?.photos).to.deep.equal([]);
        await store.clearDraft(report.id);
        expect(await store.loadDraft(report.id)).to.equal(null);
      } finally {
        restore();
      }
    });

    it('both blocked: every call resolves', async () => {
      const restore = [blockGlobal('localStorage'), blockGlobal('indexedDB')];
      try {
        const { store } = freshStore();
        const report = writtenReport('w', 'x');
        expect(store.saveDraft(report)).to.equal(false);
        expect(await store.saveDraftPhotos(report.id, [new Blob(['p'])])).to.equal(false);
        expect(await store.listDrafts('w')).to.deep.equal([]);
        await store.clearDraft(report.id);
      } finally {
        restore.forEach((undo) => undo());
      }
    });
  });
});
