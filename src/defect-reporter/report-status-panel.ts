// "Was ist aus meiner Meldung geworden?" in <defect-reporter>, a lazy chunk loaded where a
// status can be asked (Open311, or the own contract with `status_url`): the reports sent from
// this device with their state, and a small form "Vorgangsnummer eingeben" for people who come
// back later. The number is always on screen, also when the lookup failed; then the contact is
// shown beside it.
import { html, nothing } from 'lit';
import { translate } from '../core/i18n.js';
import { statusMessages } from './report-status-messages.js';
import { configUrl } from './report-api-adapters.js';
import { normaliseReportNumber } from './report-status.js';
import type { TemplateResult } from 'lit';
import type { Lang, MessageParams, Translator } from '../core/i18n.js';
import type { DefectReporter } from './defect-reporter.js';
import type { ReportStateHost, ViewContext } from './report-view-context.js';
import type { StatusMessageKey } from './report-status-messages.js';
import type { StatusLookup, StatusQuery } from './report-status.js';

/** What the panel may use of the element: its public settings, and its contact block. */
export interface StatusPanelHost extends Pick<ReportStateHost, 'announce'> {
  element: DefectReporter;
  /** The city's phone and e-mail, for when the lookup cannot help. */
  contact: () => unknown;
}

/** A report sent from this device, kept to ask for its state later. */
export interface SentReport extends StatusQuery {
  /** The category's name when it was sent. */
  category: string;
  /** ISO time it was sent. */
  sentAt: string;
}

/** The reports kept per widget: enough for a citizen's own, not a history. */
const MAX_SENT = 10;

const storageKey = (scope: string) => `civic-widgets:defect-reporter:sent:${scope}`;

/** The reports sent from this device for widget `scope`; none when storage is unavailable. */
export function readSentReports(scope: string): SentReport[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(scope)) ?? '[]');
    return (Array.isArray(stored) ? stored : []).filter(
      (entry: Partial<SentReport> | null): entry is SentReport =>
        typeof entry?.id === 'string' &&
        typeof entry.category === 'string' &&
        typeof entry.sentAt === 'string',
    );
  } catch {
    return [];
  }
}

function writeSentReports(scope: string, reports: readonly SentReport[]): void {
  try {
    localStorage.setItem(storageKey(scope), JSON.stringify(reports));
  } catch {
    // Private mode or full: the list lives as long as the page; the number stays on screen.
  }
}

export class ReportStatusPanel {
  readonly #host: StatusPanelHost;
  #sent: SentReport[];
  /** The language of the last render: what is announced speaks as the screen does. */
  #lang: Lang = 'de';
  /** The lookup on screen: its outcome, or the number while it is asked. */
  #shown?: StatusLookup | { kind: 'busy'; id: string };
  /** The form was sent without a number. */
  #empty = false;

  constructor(host: StatusPanelHost) {
    this.#host = host;
    this.#sent = readSentReports(this.#scope);
  }

  /** The widget the sent reports belong to (its endpoint). */
  get #scope(): string {
    return this.#host.element.endpoint ?? '';
  }

  #message(key: StatusMessageKey, params?: MessageParams): string {
    return translate(statusMessages, this.#lang, key, params);
  }

  /** A report was just sent: kept on this device, and its state asked at once. */
  remember({ id, token, category }: Omit<SentReport, 'sentAt'>): void {
    const entry: SentReport = { id, token, category, sentAt: new Date().toISOString() };
    this.#sent = [entry, ...this.#sent.filter((sent) => sent.id !== id)].slice(0, MAX_SENT);
    writeSentReports(this.#scope, this.#sent);
    void this.check(entry);
  }

  /** Asks for the state of a report and shows it; the outcome is announced. */
  async check(query: StatusQuery): Promise<void> {
    if (this.#shown?.kind === 'busy') return;
    this.#shown = { kind: 'busy', id: query.id };
    this.#host.element.requestUpdate();
    const lookup = await this.#lookUp(query);
    this.#shown = lookup;
    this.#host.element.requestUpdate();
    this.#host.announce(this.#summary(lookup));
  }

  async #lookUp(query: StatusQuery): Promise<StatusLookup> {
    const { element } = this.#host;
    const servicesUrl = configUrl(element);
    if (!servicesUrl) return { kind: 'failed', id: query.id };
    const { lookUpReportStatus } = await import('./open311-lookups.js');
    return lookUpReportStatus({ api: 'open311', serverUrl: servicesUrl }, query, {
      timeout: element.timeout,
    });
  }

  readonly #onSubmit = (event: SubmitEvent) => {
    // The element's own submit handler is for the report's steps.
    event.preventDefault();
    event.stopPropagation();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('report-number') as HTMLInputElement;
    const id = normaliseReportNumber(input.value);
    this.#empty = !id;
    this.#host.element.requestUpdate();
    if (!id) return this.#host.announce(this.#message('statusEmpty'));
    // A report of this device is asked as it was sent (a token as a token).
    void this.check(this.#sent.find((report) => report.id === id) ?? { id });
  };

  /** The panel: the reports of this device, the form for a typed number, the state asked. */
  render(view: ViewContext): TemplateResult {
    this.#lang = view.lang;
    const shown = this.#shown;
    const message = (key: StatusMessageKey, params?: MessageParams) => this.#message(key, params);
    return html`<section part="report-status" aria-labelledby="dr-status-title">
      ${view.heading(message('statusHeading'), 'dr-status-title', 1)}
      ${
        this.#sent.length
          ? html`<p id="dr-sent-title">${message('sentReports')}</p>
              <ul aria-labelledby="dr-sent-title">
                ${this.#sent.map(
                  (report) =>
                    html`<li>
                      <button
                        type="button"
                        class="link"
                        data-report=${report.id}
                        @click=${() => void this.check(report)}
                      >
                        ${message('statusNumber')} ${report.id} (${report.category},
                        ${view.date(report.sentAt)})
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <form novalidate @submit=${this.#onSubmit}>
        <div class="field">
          <label for="f-report-number">${message('statusFormLabel')}</label>
          <p class="hint" id="h-report-number">${message('statusFormHint')}</p>
          <input
            id="f-report-number"
            name="report-number"
            autocomplete="off"
            aria-invalid=${this.#empty}
            aria-describedby=${this.#empty ? 'h-report-number e-report-number' : 'h-report-number'}
          />
          ${
            this.#empty
              ? html`<p class="error" id="e-report-number">
                  <span>${message('statusEmpty')}</span>
                </p>`
              : nothing
          }
        </div>
        <button type="submit" class="button secondary" id="dr-status-check">
          ${message('statusCheck')}
        </button>
      </form>
      ${
        shown?.kind === 'busy'
          ? html`<p class="hint">${message('statusChecking', { id: shown.id })}</p>`
          : shown &&
            renderReportStatus({ message, date: view.date, contact: this.#host.contact() }, shown)
      }
    </section>`;
  }

  /** The outcome in one sentence, for the screen reader. */
  #summary(lookup: StatusLookup): string {
    if (lookup.kind !== 'found') return this.#message(SENTENCES[lookup.kind], { id: lookup.id });
    const { id, state } = lookup.status;
    return `${this.#message('statusNumber')} ${id}: ${this.#message(STATES[state])}`;
  }
}

const SENTENCES = {
  unknown: 'statusUnknown',
  pending: 'statusPending',
  failed: 'statusFailed',
} as const satisfies Record<string, StatusMessageKey>;

const STATES = {
  open: 'statusOpen',
  closed: 'statusClosed',
} as const satisfies Record<string, StatusMessageKey>;

export interface ReportStatusView {
  message: Translator<StatusMessageKey>;
  /** A date and time in the page's language. */
  date: (iso: string) => string;
  /** The city's contact (phone, e-mail), shown when the lookup cannot help. */
  contact: unknown;
}

/** The outcome of a lookup: the state with the city's notes, or why there is none. */
export function renderReportStatus(view: ReportStatusView, lookup: StatusLookup): TemplateResult {
  const { message } = view;
  if (lookup.kind === 'found') {
    const { status } = lookup;
    return html`<div class="report-status" data-state=${status.state}>
      <p>
        ${message('statusNumber')}: <strong>${status.id}</strong> –
        <strong class="state">${message(STATES[status.state])}</strong>
      </p>
      ${status.updated ? html`<p class="hint">${message('statusUpdated', { date: view.date(status.updated) })}</p>` : nothing}
      ${status.notes ? html`<p>${message('statusNotes', { notes: status.notes })}</p>` : nothing}
      ${status.agency ? html`<p>${message('statusAgency', { agency: status.agency })}</p>` : nothing}
    </div>`;
  }
  return html`<div class="report-status notice" data-state=${lookup.kind}>
    <div>
      <p>${message(SENTENCES[lookup.kind], { id: lookup.id })}</p>
      ${view.contact}
    </div>
  </div>`;
}
