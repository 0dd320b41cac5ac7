import { expect, waitUntil } from '@open-wc/testing';
import { list } from '../../src/defect-reporter/report-outbox.js';
import { shadowText } from '../helpers.js';
import {
  clearStoredReports,
  click,
  completeReport,
  configUrl,
  expectDraft,
  received,
  send,
  waitForStep,
  writeDraft,
} from './defect-helpers.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';
import type {
  ReportQueuedDetail,
  ReportSentDetail,
} from '../../src/defect-reporter/defect-reporter-events.js';

/** The page's one widget, once it is upgraded (a frame's element, so no `instanceof`). */
async function widgetIn(frame: HTMLIFrameElement): Promise<DefectReporter> {
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.querySelector('defect-reporter')?.shadowRoot,
    'no upgraded <defect-reporter> in the frame',
    { timeout: 10000 },
  );
  return doc.querySelector('defect-reporter') as DefectReporter;
}

/**
 * Reloads the frame for real and, as soon as the new document exists (it is still parsing, its
 * module script not yet fetched), records the `civic-report-sent` events on its window.
 */
async function reload(frame: HTMLIFrameElement): Promise<CustomEvent<ReportSentDetail>[]> {
  const before = frame.contentDocument;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.contentWindow!.location.reload();
  await waitUntil(() => frame.contentDocument && frame.contentDocument !== before, 'no reload', {
    interval: 1,
    timeout: 10000,
  });
  const sent: CustomEvent<ReportSentDetail>[] = [];
  frame.contentWindow!.addEventListener('civic-report-sent', (e) => sent.push(e));
  await loaded;
  return sent;
}

describe('<defect-reporter> across a page reload', () => {
  let frame: HTMLIFrameElement | undefined;

  beforeEach(clearStoredReports);

  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  /** The demo page with the widget for `url`, in an iframe (`options`: the page's switches). */
  async function page(
    url: string,
    options: Record<string, string> = {},
  ): Promise<HTMLIFrameElement> {
    const f = document.createElement('iframe');
    f.src = `/pages/defect-reporter.html?${new URLSearchParams({ endpoint: url, ...options })}`;
    f.style.width = '800px';
    f.style.height = '900px';
    const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
    document.body.append(f);
    await loaded;
    return f;
  }

  it('restores the draft after a real reload: step, text and photo', async () => {
    // Given a citizen halfway through a report
    const { url } = configUrl();
    frame = await page(url);
    const first = await widgetIn(frame);
    await writeDraft(first);

    // When the page is reloaded
    await reload(frame);
    const second = await widgetIn(frame);
    expect(second).not.to.equal(first);

    // Then the same step comes back with the photo, and the text is in its field
    await expectDraft(second);
  });

  it('sends a report left in the outbox after a real reload, exactly once', async () => {
    // Given a city page whose back end fails the first send (503, "come back in 2 minutes"),
    // then answers. The Retry-After keeps the first page from retrying before the reload: with
    // the 2.5-5 s backoff alone, a slow reload let the first page's retry reach the city and
    // the reloaded page repeat it (same key, so filed once, but not the sequence this test means).
    const { url, run } = configUrl({ fail: '1', retry_after: '120' });
    frame = await page(url);
    expect(frame.contentDocument!.documentElement.lang).to.equal('de');
    const first = await widgetIn(frame);
    expect(first.getAttribute('endpoint')).to.equal(url);

    // When the citizen sends a report that the server cannot take yet
    await completeReport(first);
    await send(first);
    expect(shadowText(first)).to.contain('gespeichert');
    const waiting = await list();
    expect(waiting, 'the outbox before the reload').to.have.length(1);
    expect(waiting[0].report.meta.scope).to.equal(url);
    expect(waiting[0].nextAttemptAt, "the server's Retry-After is honoured").to.be.at.least(
      Date.now() + 60_000,
    );

    // And comes back to the page later (a real reload: a new document, a new widget)
    const sent = await reload(frame);
    const second = await widgetIn(frame);
    expect(second).not.to.equal(first);
    expect(frame.contentDocument!.documentElement.lang).to.equal('de');

    // Then the new page sends the stored report, says so, and the city got it exactly once
    await waitUntil(() => sent.length > 0, 'no civic-report-sent in the reloaded page', {
      timeout: 10000,
    });
    expect(sent).to.have.length(1);
    expect(sent[0].detail.via).to.equal('outbox');
    expect(sent[0].detail.key).to.equal(waiting[0].id);
    await waitUntil(() => shadowText(second).includes('wurde gesendet'), 'no delivery note', {
      timeout: 10000,
    });
    expect(shadowText(second)).to.contain(`Vorgangsnummer: ${sent[0].detail.id}`);
    const reports = await received({ run });
    expect(reports).to.have.length(1);
    expect(reports[0].attempts).to.equal(2);
    expect(reports[0].id).to.equal(sent[0].detail.id);
    expect(reports[0].repeats).to.equal(0);
    expect(await list(), 'the outbox after the reload').to.have.length(0);
  });

  /** The `civic-report-queued` events of the frame's current window from now on. */
  function queuedEvents(f: HTMLIFrameElement): CustomEvent<ReportQueuedDetail>[] {
    const events: CustomEvent<ReportQueuedDetail>[] = [];
    f.contentWindow!.addEventListener('civic-report-queued', (e) => events.push(e));
    return events;
  }

  /** How many requests with this Idempotency-Key the server saw (failed ones too). */
  async function attemptsWithKey(key: string): Promise<number> {
    const response = await fetch(`/api/reports/_received?${new URLSearchParams({ key })}`);
    return ((await response.json()) as { attempts: number }).attempts;
  }

  it('a report kept only in memory promises no later visit, and after a real reload comes back with its key', async () => {
    // Given a browser without IndexedDB, and a city server that cannot take reports now (503)
    const { url } = configUrl({ fail: '100' });
    frame = await page(url, { indexeddb: 'off' });
    const first = await widgetIn(frame);
    const queued = queuedEvents(frame);

    // When the citizen sends a report
    await completeReport(first);
    await send(first);

    // Then it waits in this page's memory, and the page says so, without promising that it
    // will still be sent when the page is opened again
    expect(queued).to.have.length(1);
    const { key, persisted } = queued[0].detail;
    expect(persisted).to.equal(false);
    expect(shadowText(first)).to.contain('Ihr Browser erlaubt kein dauerhaftes Speichern');
    expect(shadowText(first)).not.to.contain('auch wenn Sie diese Seite später erneut öffnen');
    expect(await attemptsWithKey(key)).to.be.at.least(1);

    // And the citizen starts another report: the waiting one is not offered as a draft
    await click(first, '#dr-another');
    await waitForStep(first, 'category');
    expect(shadowText(first)).not.to.contain('Angefangene Entwürfe');

    // And the page is reloaded (its memory is gone)
    await reload(frame);
    const second = await widgetIn(frame);
    const queuedAgain = queuedEvents(frame);

    // Then the report is back from its draft, at the review, with the citizen's text
    await waitForStep(second, 'review');
    expect(shadowText(second)).to.contain('wiederhergestellt');
    expect(shadowText(second)).to.contain('Tiefes Schlagloch vor Hausnummer 12');

    // And sending it again carries the same Idempotency-Key, so the city can file it only once
    const before = await attemptsWithKey(key);
    await send(second);
    expect(queuedAgain).to.have.length(1);
    expect(queuedAgain[0].detail.key).to.equal(key);
    expect(await attemptsWithKey(key)).to.be.above(before);
  });
});
