// Sending the reporter's reports (issue 11 §1, §2): the send of the report on screen with its
// Idempotency-Key, the outbox that keeps what could not be sent (flushed with backoff, when the
// browser comes back online and on the next visit), and what each outcome shows: the
// confirmation, "saved, sent later", or the city's refusal at the fields it is about.
// The API adapters (civic-api.ts, open311.ts) are reached only through submitReport
// (report-submission.ts): what goes over the wire and what an answer means is theirs.
import { createIdempotencyKey } from '../core/idempotency-key.js';
import { ReportQueuedEvent, ReportSentEvent } from './defect-reporter-events.js';
import { isSendable } from './report.js';
import { fieldErrorText, refusalToErrors } from './report-validation.js';
import { outbox } from './report-outbox.js';
import { submitReport } from './report-submission.js';
import { rememberSentReport } from './sent-reports.js';
import { freshForm } from './report-view-context.js';
import type { ReactiveController } from 'lit';
import type { ReportSendOutcome } from './report-api.js';
import type { Msg } from './defect-reporter-messages.js';
import type { ReportDrafts } from './report-drafts.js';
import type { ReportFormExtension } from './report-api-adapters.js';
import type { Report, ReportRoute, SendableReport } from './report.js';
import type { RefusalView } from './report-panels.js';
import type { ReportStateHost } from './report-view-context.js';

/** An answer that ends an attempt for good: sent or refused. */
export type SettledOutcome = Exclude<ReportSendOutcome, { kind: 'retry' }>;

type RefusedOutcome = Extract<ReportSendOutcome, { kind: 'refused' }>;

/** What the delivery needs besides the report's state. */
export interface DeliveryHost extends ReportStateHost {
  element: ReportStateHost['element'] & {
    /** Milliseconds to wait for the server to take a report. */
    sendTimeout: number;
  };
  /** Where and how a report goes (the element's `api` and its settings). */
  route: (url: string) => ReportRoute;
  categoryName: (report: Report) => string;
  /** What the API adds to the form; it reads a refusal for the citizen where it is loaded. */
  formExtension: () => ReportFormExtension | undefined;
}

export class ReportDelivery implements ReactiveController {
  readonly #host: DeliveryHost;
  readonly #drafts: ReportDrafts;
  /** The next flush of the outbox (backoff). */
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: DeliveryHost, drafts: ReportDrafts) {
    this.#host = host;
    this.#drafts = drafts;
    host.element.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.#onOnline);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.#onOnline);
    clearTimeout(this.#timer);
  }

  readonly #onOnline = () => void this.flush(true);

  /** One look into the outbox; the lock and the sending only when a report of this widget waits. */
  async start(): Promise<void> {
    await this.refreshOutbox();
    if (this.#host.form().outbox.length) await this.flush(true);
  }

  /**
   * Sends the report on screen. The Idempotency-Key is made at the first press and stored with
   * the report before anything goes out, so every later attempt (this button, the outbox, the
   * next visit, another tab) sends the same key; the button stays inert until the outcome is
   * on screen.
   */
  async send(): Promise<void> {
    const host = this.#host;
    if (host.form().busy === 'send') return;
    host.setForm({ busy: 'send' });
    const current = host.report();
    const { meta } = current;
    const report: SendableReport = {
      ...current,
      key: current.key ?? createIdempotencyKey(),
      route: host.route(host.config().submitUrl!),
      meta: {
        ...meta,
        fillSeconds:
          meta.fillSeconds ?? Math.round((Date.now() - (meta.startedAt ?? Date.now())) / 1000),
        categoryName: host.categoryName(current),
      },
    };
    host.showReport(report);
    this.#drafts.save();
    host.announce(host.message('sending'));
    try {
      const outcome = await submitReport(report, host.element.sendTimeout);
      if (outcome.kind === 'retry') await this.#queue(report, outcome.retryAfterMs);
      else await this.#settle(outcome, report, 'direct');
    } finally {
      host.setForm({ busy: '' });
    }
  }

  /** The report could not be sent now: the outbox keeps it and sends it later, same key. */
  async #queue(report: Report, retryAfterMs?: number): Promise<void> {
    const host = this.#host;
    const { entry, persisted } = await outbox.enqueue(report);
    // The direct attempt counts: the next one waits for the backoff (or the server's Retry-After).
    await outbox.markAttempt(entry.id);
    if (retryAfterMs !== undefined) await outbox.postpone(entry.id, retryAfterMs);
    // The report stays on screen while it waits, its draft claimed: refused, it comes back into
    // this form and no other tab writes or sends it meanwhile; sent, or when the citizen starts
    // another ("Neue Meldung"), a new report takes its place. Kept only in this page's memory,
    // the draft (with its key) stays stored too, for a reload.
    if (persisted) await this.#drafts.clear(report.id);
    await this.refreshOutbox();
    host.setForm({ ...freshForm(), step: 'queued', persisted, busy: host.form().busy });
    host.focus('step');
    host.element.dispatchEvent(new ReportQueuedEvent({ key: entry.id, persisted }));
    host.announce(host.message('queuedTitle'));
  }

  /** Shows a confirmation, or puts a refused report back into the form with its messages. */
  async #settle(
    outcome: SettledOutcome,
    report: SendableReport,
    via: 'direct' | 'outbox',
  ): Promise<void> {
    const host = this.#host;
    const key = report.key;
    // The report on screen: sent directly, or shown as "saved" while it waits (a refused one has
    // lost its key, a new one has none yet).
    const current = via === 'direct' || key === host.report().key;
    if (outcome.kind === 'sent') {
      // Kept on this device for <report-status> ("Meldung verfolgen"), before anyone hears of it.
      const { id, token } = outcome;
      const category = report.meta.categoryName;
      // Without a number there is nothing <report-status> could look up.
      if (id) rememberSentReport({ id, token, category, endpoint: host.scope() });
      host.element.dispatchEvent(new ReportSentEvent({ id, key, via }));
      // The send of this very report is what removes its draft, in whichever tab it happens.
      await this.#drafts.clear(report.id);
      if (!current) {
        // Its category, and the city's number when its server gave one (an Open311 server may
        // answer with none).
        const note = (message: Msg) => {
          const sent = message('delivered', { category: category ?? report.fields.category });
          return id ? `${sent} ${message('reference', { id })}` : sent;
        };
        host.setForm({ delivered: [...host.form().delivered, note] });
        return host.announce(note(host.message));
      }
      await this.#drafts.startNewReport();
      host.setForm({ ...freshForm(), step: 'sent', result: outcome, busy: host.form().busy });
      host.focus('step');
      return host.announce(
        `${host.message('sentTitle')} ${id ? host.message('reference', { id }) : ''}`,
      );
    }
    const refusal = this.#readRefusal(outcome, report);
    // A corrected report is a different request: it gets a key of its own at the next send.
    host.showReport({ ...report, key: undefined, meta: { ...report.meta, step: refusal.step } });
    host.setForm({ errors: refusal.errors, refusal, step: refusal.step });
    this.#drafts.save();
    host.focus(refusal.step === 'review' ? 'general' : 'error');
    const said = fieldErrorText(host.message, [
      ...Object.values(refusal.errors).flat(),
      ...refusal.general,
    ]);
    host.announce(`${host.message('refused')} ${said}`);
  }

  /** The city's refusal of `report` for the citizen: read by the API's form extension where it has one. */
  #readRefusal(outcome: RefusedOutcome, report: Report): RefusalView {
    const host = this.#host;
    return host.formExtension()?.refusal(outcome, report) ?? refusalToErrors(outcome, host.steps());
  }

  /** Sends this widget's waiting reports: those due, or all (`force`: online, "send now", a visit). */
  async flush(force: boolean): Promise<void> {
    const host = this.#host;
    const scope = host.scope();
    const settled: [SettledOutcome, SendableReport][] = [];
    await outbox.flushOutbox(
      async ({ report }) => {
        if (!isSendable(report)) return 'rejected';
        const outcome = await submitReport(report, host.element.sendTimeout);
        if (outcome.kind === 'retry') {
          return outcome.retryAfterMs === undefined
            ? 'retry'
            : { retryAfterMs: outcome.retryAfterMs };
        }
        if (outcome.kind === 'refused' && report.key !== host.report().key) {
          // Refused while the citizen does something else: it waits, with the city's messages,
          // for the e-mail instead (refused reports are not sent again).
          const { errors, general } = this.#readRefusal(outcome, report);
          const refused = [...general, ...Object.values(errors).flat()];
          await outbox.update({ ...report, meta: { ...report.meta, refused } });
          return 'retry';
        }
        settled.push([outcome, report]);
        return outcome.kind === 'sent' ? 'sent' : 'rejected';
      },
      {
        at: force ? Infinity : undefined,
        only: ({ report }) => report.meta.scope === scope && !report.meta.refused,
      },
    );
    for (const [outcome, report] of settled) await this.#settle(outcome, report, 'outbox');
    await this.refreshOutbox();
  }

  /** Reads this widget's waiting reports into the form, and sets the timer for the next due. */
  async refreshOutbox(): Promise<void> {
    const host = this.#host;
    const scope = host.scope();
    const waiting = (await outbox.list()).filter(({ report }) => report.meta.scope === scope);
    host.setForm({ outbox: waiting });
    clearTimeout(this.#timer);
    const due = waiting
      .filter(({ report }) => !report.meta.refused)
      .map((entry) => entry.nextAttemptAt);
    if (due.length && host.element.isConnected) {
      const wait = Math.max(1000, Math.min(...due) - Date.now());
      this.#timer = setTimeout(() => void this.flush(false), wait);
    }
  }

  /** The citizen sent an outbox report by e-mail: stop sending it. */
  async drop(key: string): Promise<void> {
    await outbox.remove(key);
    await this.refreshOutbox();
  }
}
