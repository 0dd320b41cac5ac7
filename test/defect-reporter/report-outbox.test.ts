import { expect } from '@open-wc/testing';
import { createStore, get, set } from 'idb-keyval';
import { createIdempotencyKey } from '../../src/core/idempotency-key.js';
import {
  BACKOFF_MAX_MS,
  RETRY_AFTER_MAX_MS,
  backoffDelay,
  createOutbox,
  enqueue,
  flushOutbox,
  list,
  remove,
} from '../../src/defect-reporter/report-outbox.js';
import { createReport } from '../../src/defect-reporter/report.js';
import type { Report } from '../../src/defect-reporter/report.js';
import type {
  OutboxEntry,
  ReportOutbox,
  SendResult,
} from '../../src/defect-reporter/report-outbox.js';

interface OutboxEntryV1 {
  id: string;
  nextAttemptAt: number;
  fields: Record<string, string>;
  photos: { type: string; data: string }[];
}

/** A fixture of test/defect-reporter/fixtures/ (see the README there). */
async function storedFixture<T>(name: string): Promise<T> {
  return (await fetch(new URL(`./fixtures/${name}.json`, import.meta.url))).json() as Promise<T>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let counter = 0;
function uniqueDb(): string {
  return `test-outbox-${Date.now()}-${counter++}`;
}

/** An outbox with a hand-driven clock; jitter fixed at its maximum unless given. */
function fakeOutbox(dbName = uniqueDb(), random = () => 1) {
  const clock = { now: 1_000_000 };
  const outbox = createOutbox({ dbName, now: () => clock.now, random });
  return { outbox, clock, dbName };
}

/** The entries a flush at `at` would send. */
async function due(outbox: ReportOutbox, at: number): Promise<OutboxEntry[]> {
  return (await outbox.list()).filter((e) => e.nextAttemptAt <= at);
}

/** A send that answers `outcome` and records the ids it was given. */
function recorder(outcome: SendResult = 'sent') {
  const ids: string[] = [];
  const send = async (e: OutboxEntry): Promise<SendResult> => {
    ids.push(e.id);
    return outcome;
  };
  return { ids, send };
}

/** A report of widget `scope` with its own draft id and no key yet. */
function testReport(description = 'Tiefes Schlagloch', scope = 'test'): Report {
  const report = createReport(scope);
  return { ...report, fields: { ...report.fields, category: 'pothole', description } };
}

const report = testReport();

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('report-outbox', () => {
  describe('backoffDelay', () => {
    it('grows 5 s, 15 s, 45 s … ×3 and caps at 15 minutes', () => {
      const max = [1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, () => 1));
      expect(max).to.deep.equal([5_000, 15_000, 45_000, 135_000, 405_000, 900_000, 900_000]);
      expect(backoffDelay(50, () => 1)).to.equal(BACKOFF_MAX_MS);
    });

    it('jitters within [d/2, d], and even the shortest next delay is longer', () => {
      for (let n = 1; n <= 5; n++) {
        const low = backoffDelay(n, () => 0);
        const high = backoffDelay(n, () => 1);
        expect(low).to.equal(high / 2);
        expect(backoffDelay(n + 1, () => 0)).to.be.greaterThan(high);
        const random = backoffDelay(n);
        expect(random).to.be.within(low, high);
      }
    });
  });

  it('enqueue stores the report due at once with a UUID key, photos included', async () => {
    const { outbox, clock } = fakeOutbox();
    const { entry, persisted } = await outbox.enqueue({
      ...report,
      photos: [new Blob(['jpeg-bytes'], { type: 'image/jpeg' })],
    });
    expect(entry.report.key).to.equal(entry.id);
    expect(persisted).to.equal(true);
    expect(entry.id).to.match(UUID);
    expect(entry.attempts).to.equal(0);
    expect(entry.nextAttemptAt).to.equal(clock.now);
    expect(entry.createdAt).to.equal(new Date(clock.now).toISOString());

    const [stored] = await outbox.list();
    expect(stored?.id).to.equal(entry.id);
    expect(stored?.report.fields).to.deep.equal(report.fields);
    expect(stored?.report.id).to.equal(report.id);
    expect(stored?.report.photos[0]?.type).to.equal('image/jpeg');
    expect(await stored?.report.photos[0]?.text()).to.equal('jpeg-bytes');
    expect((await due(outbox, clock.now)).map((e) => e.id)).to.deep.equal([entry.id]);
  });

  it('keeps the key of an earlier direct attempt, and enqueueing it again does not duplicate', async () => {
    const { outbox } = fakeOutbox();
    const id = createIdempotencyKey();
    await outbox.enqueue({ ...report, key: id });
    await outbox.markAttempt(id);
    const again = await outbox.enqueue({ ...report, key: id });
    expect(again.entry.attempts).to.equal(1);
    expect((await outbox.list()).map((e) => e.id)).to.deep.equal([id]);
  });

  it('markAttempt backs off more each time and keeps the Idempotency-Key', async () => {
    const { outbox, clock } = fakeOutbox();
    const { entry } = await outbox.enqueue(report);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const updated = await outbox.markAttempt(entry.id);
      expect(updated?.id).to.equal(entry.id);
      expect(updated?.attempts).to.equal(i + 1);
      waits.push(updated!.nextAttemptAt - clock.now);
      expect(await due(outbox, clock.now)).to.deep.equal([]);
      clock.now = updated!.nextAttemptAt;
      expect((await due(outbox, clock.now)).map((e) => e.id)).to.deep.equal([entry.id]);
    }
    expect(waits).to.deep.equal([5_000, 15_000, 45_000, 135_000]);
    expect(await outbox.markAttempt('unknown')).to.equal(null);
  });

  it("flush: 'retry' keeps the entry with backoff and resends it later with the same key", async () => {
    const { outbox, clock } = fakeOutbox();
    const { entry } = await outbox.enqueue(report);
    const seen: { id: string; attempts: number }[] = [];
    const outcomes: SendResult[] = ['retry', 'retry', 'sent'];
    const send = async (e: OutboxEntry): Promise<SendResult> => {
      seen.push({ id: e.id, attempts: e.attempts });
      return outcomes.shift()!;
    };

    await outbox.flushOutbox(send);
    expect((await outbox.list()).map((e) => [e.id, e.attempts])).to.deep.equal([[entry.id, 1]]);
    // Not due yet: a flush right away sends nothing.
    await outbox.flushOutbox(send);
    expect(seen).to.have.length(1);

    clock.now += 5_000;
    await outbox.flushOutbox(send);
    clock.now += 14_999;
    await outbox.flushOutbox(send);
    expect(seen).to.have.length(2);
    clock.now += 1;
    await outbox.flushOutbox(send);

    expect(seen).to.deep.equal([
      { id: entry.id, attempts: 1 },
      { id: entry.id, attempts: 2 },
      { id: entry.id, attempts: 3 },
    ]);
    expect(await outbox.list()).to.deep.equal([]);
  });

  it("flush: 'rejected' removes the entry (the element keeps what it was given for the e-mail)", async () => {
    const { outbox } = fakeOutbox();
    const { entry } = await outbox.enqueue(report);
    const given: OutboxEntry[] = [];
    await outbox.flushOutbox(async (e) => {
      given.push(e);
      return 'rejected';
    });
    expect(given.map((e) => [e.id, e.report.fields])).to.deep.equal([[entry.id, report.fields]]);
    expect(await outbox.list()).to.deep.equal([]);
  });

  it('flush: a throwing send counts as retry', async () => {
    const { outbox } = fakeOutbox();
    const { entry } = await outbox.enqueue(report);
    await outbox.flushOutbox(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await outbox.list())[0]?.id).to.equal(entry.id);
    expect((await outbox.list())[0]?.attempts).to.equal(1);
  });

  it('flush sends every due entry once, oldest first', async () => {
    const { outbox, clock } = fakeOutbox();
    const first = (await outbox.enqueue(testReport('1'))).entry;
    clock.now += 1;
    const second = (await outbox.enqueue(testReport('2'))).entry;
    const sent: string[] = [];
    await outbox.flushOutbox(async (e) => {
      sent.push(e.id);
      return 'sent';
    });
    expect(sent).to.deep.equal([first.id, second.id]);
  });

  it('two concurrent flushes in one tab send an entry exactly once', async () => {
    const { outbox } = fakeOutbox();
    const { entry } = await outbox.enqueue(report);
    const sent: string[] = [];
    const slowSend = async (e: OutboxEntry): Promise<SendResult> => {
      sent.push(e.id);
      await delay(50);
      return 'sent';
    };
    await Promise.all([outbox.flushOutbox(slowSend), outbox.flushOutbox(slowSend)]);
    expect(sent).to.deep.equal([entry.id]);
    expect(await outbox.list()).to.deep.equal([]);
  });

  it('two tabs (two outboxes on one database) flushing at once send an entry exactly once', async () => {
    expect(navigator.locks, 'Web Locks API').to.exist;
    const tabA = fakeOutbox();
    const tabB = fakeOutbox(tabA.dbName);
    const { entry } = await tabA.outbox.enqueue(report);
    for (const outcome of ['retry', 'sent'] as const) {
      const sent: string[] = [];
      const slowSend = async (e: OutboxEntry): Promise<SendResult> => {
        sent.push(e.id);
        await delay(50);
        return outcome;
      };
      await Promise.all([tabA.outbox.flushOutbox(slowSend), tabB.outbox.flushOutbox(slowSend)]);
      expect(sent, outcome).to.deep.equal([entry.id]);
      tabA.clock.now = tabB.clock.now += 5_000;
    }
    expect(await tabB.outbox.list()).to.deep.equal([]);
  });

  it('flush `at: Infinity` sends entries still waiting for their backoff', async () => {
    const { outbox } = fakeOutbox();
    const { entry } = await outbox.enqueue(report);
    await outbox.markAttempt(entry.id);
    const { ids, send } = recorder();
    await outbox.flushOutbox(send);
    expect(ids).to.deep.equal([]);
    await outbox.flushOutbox(send, { at: Infinity });
    expect(ids).to.deep.equal([entry.id]);
    expect(await outbox.list()).to.deep.equal([]);
  });

  it('flush `only` leaves the other entries alone, without counting an attempt', async () => {
    const { outbox, clock } = fakeOutbox();
    const mine = (await outbox.enqueue(testReport('x', 'a'))).entry;
    clock.now += 1;
    const other = (await outbox.enqueue(testReport('x', 'b'))).entry;
    const sent: string[] = [];
    await outbox.flushOutbox(
      async (e) => {
        sent.push(e.id);
        return 'sent';
      },
      { only: (e) => e.report.meta.scope === 'a' },
    );
    expect(sent).to.deep.equal([mine.id]);
    const left = await outbox.list();
    expect(left.map((e) => [e.id, e.attempts])).to.deep.equal([[other.id, 0]]);
  });

  it('flushes without Web Locks, and when the lock manager fails', async () => {
    const own = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks')!;
    const failing = {
      request: () => Promise.reject(new DOMException('opaque origin', 'SecurityError')),
    };
    for (const locks of [undefined, failing]) {
      const { outbox } = fakeOutbox();
      const { entry } = await outbox.enqueue(report);
      Object.defineProperty(Navigator.prototype, 'locks', { get: () => locks, configurable: true });
      try {
        const { ids, send } = recorder();
        await outbox.flushOutbox(send);
        expect(ids, String(locks)).to.deep.equal([entry.id]);
      } finally {
        Object.defineProperty(Navigator.prototype, 'locks', own);
      }
      expect(await outbox.list()).to.deep.equal([]);
    }
    expect(navigator.locks).to.be.instanceOf(LockManager);
  });

  it('ignores what is not an entry in its database', async () => {
    const { outbox, dbName } = fakeOutbox();
    const { entry } = await outbox.enqueue(report);
    const idb = createStore(dbName, 'outbox');
    const good = { version: 2, ...entry, photos: [] };
    await set('no-report', { ...good, id: 'no-report', report: null }, idb);
    await set('no-date', { ...good, id: 'no-date', createdAt: undefined }, idb);
    await set('text', 'x', idb);
    expect((await outbox.list()).map((e) => e.id)).to.deep.equal([entry.id]);
  });

  it('remove deletes an entry', async () => {
    const { outbox } = fakeOutbox();
    const { entry } = await outbox.enqueue(report);
    await outbox.remove(entry.id);
    expect(await outbox.list()).to.deep.equal([]);
  });

  it('default instance functions work', async () => {
    const { entry } = await enqueue(report);
    expect((await list()).some((e) => e.id === entry.id)).to.equal(true);
    const sent: string[] = [];
    await flushOutbox(async (e) => {
      if (e.id !== entry.id) return 'retry';
      sent.push(e.id);
      return 'sent';
    });
    expect(sent).to.deep.equal([entry.id]);
    expect((await list()).some((e) => e.id === entry.id)).to.equal(false);
    await remove(entry.id);
    expect((await list()).some((e) => e.id === entry.id)).to.equal(false);
  });

  it('without IndexedDB the report is kept in memory and reported as not persisted', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
      configurable: true,
    });
    try {
      const { outbox } = fakeOutbox();
      const { entry, persisted } = await outbox.enqueue(report);
      expect(persisted).to.equal(false);
      expect((await outbox.list()).map((e) => e.id)).to.deep.equal([entry.id]);
      const { ids, send } = recorder('retry');
      await outbox.flushOutbox(send);
      expect(ids).to.deep.equal([entry.id]);
      expect((await outbox.list())[0]?.attempts).to.equal(1);
      await outbox.remove(entry.id);
      expect(await outbox.list()).to.deep.equal([]);
    } finally {
      if (own) Object.defineProperty(window, 'indexedDB', own);
      else delete (window as unknown as Record<string, unknown>).indexedDB;
    }
  });

  it('a Retry-After from the server (capped at an hour) pushes the next attempt out', async () => {
    const { outbox, clock } = fakeOutbox();
    const { entry } = await outbox.enqueue(testReport());
    await outbox.flushOutbox(async () => ({ retryAfterMs: 120_000 }));
    const [waiting] = await outbox.list();
    expect(waiting.attempts).to.equal(1);
    expect(waiting.nextAttemptAt - clock.now).to.equal(120_000);
    await outbox.flushOutbox(async () => ({ retryAfterMs: 7 * 24 * 3_600_000 }), {
      at: Infinity,
    });
    const [capped] = await outbox.list();
    expect(capped.id).to.equal(entry.id);
    expect(capped.nextAttemptAt - clock.now).to.equal(RETRY_AFTER_MAX_MS);
  });

  it('reads a version 1 entry (fixture captured from the old code) and sends it with its key', async () => {
    const { outbox, dbName, clock } = fakeOutbox();
    const outboxEntryV1 = await storedFixture<OutboxEntryV1>('outbox-entry-v1');
    const { photos, ...stored } = outboxEntryV1;
    const bytes = Uint8Array.from(atob(photos[0].data), (char) => char.charCodeAt(0)).buffer;
    await set(
      stored.id,
      { ...stored, photos: [{ type: photos[0].type, data: bytes }] },
      createStore(dbName, 'outbox'),
    );
    const [entry] = await outbox.list();
    expect(entry.id).to.equal(outboxEntryV1.id);
    expect(entry.report.key).to.equal(outboxEntryV1.id);
    expect(entry.report.route).to.deep.equal({
      api: 'civic',
      url: outboxEntryV1.fields._url,
      media: false,
    });
    expect(entry.report.meta.scope).to.equal(outboxEntryV1.fields._scope);
    expect(entry.report.photos).to.have.length(1);
    expect((await entry.report.photos[0].arrayBuffer()).byteLength).to.equal(bytes.byteLength);
    // A later write (the attempt) stores it as version 2, key and all.
    clock.now = entry.nextAttemptAt;
    await outbox.markAttempt(entry.id);
    const raw = (await get(entry.id, createStore(dbName, 'outbox'))) as {
      version: number;
      report: { key: string };
    };
    expect(raw.version).to.equal(2);
    expect(raw.report.key).to.equal(outboxEntryV1.id);
  });

  it('reads a version 2 entry that kept its refusal as a sentence (fixture captured from the old code), the sentence as it was', async () => {
    const { outbox, dbName } = fakeOutbox();
    const stored = await storedFixture<{ id: string; report: Report }>('outbox-entry-v2-sentences');
    await set(stored.id, stored, createStore(dbName, 'outbox'));
    const [entry] = await outbox.list();
    expect(entry.id).to.equal(stored.id);
    expect(entry.report.meta.refused).to.deep.equal([
      'The city’s server did not accept the report (error 403). Please send it by e-mail or call us.',
    ]);
    expect(entry.report.fields.description).to.equal('Tiefes Schlagloch vor Hausnummer 12.');
    expect(entry.report.route).to.deep.equal(stored.report.route);
  });

  it('keeps a refusal as message keys and the server’s words, and ignores an entry whose refusal is no text', async () => {
    const { outbox, dbName } = fakeOutbox();
    const refused = [
      { key: 'refusedPlain', params: { status: 400 } },
      { key: 'serverField', labelKey: 'email' },
      'Meldungen aus Ihrem Netz sind gesperrt.',
    ] as const;
    const { entry } = await outbox.enqueue({
      ...report,
      meta: { ...report.meta, refused: [...refused] },
    });
    expect((await outbox.list())[0].report.meta.refused).to.deep.equal(refused);
    const raw = (await get(entry.id, createStore(dbName, 'outbox'))) as { report: Report };
    const broken = {
      ...raw,
      id: 'broken',
      report: { ...raw.report, meta: { ...raw.report.meta, refused: [{ key: 7 }] } },
    };
    await set('broken', broken, createStore(dbName, 'outbox'));
    expect((await outbox.list()).map(({ id }) => id)).to.deep.equal([entry.id]);
  });
});
