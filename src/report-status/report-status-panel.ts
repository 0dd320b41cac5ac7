// What <report-status> draws: the reports sent from this device, each with its state; the
// small form "Vorgangsnummer eingeben"; and one lookup's outcome. The number is always on
// screen, also while it is asked and when the lookup failed; then the contact is shown with it.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Translator } from '../core/i18n.js';
import type { SentReport } from '../defect-reporter/sent-reports.js';
import type { StatusMessageKey } from './report-status-messages.js';
import type { StatusLookup } from './report-status-lookup.js';

/** What is on screen for one number: a lookup's outcome, or the number while it is asked. */
export type ShownStatus = StatusLookup | { kind: 'busy'; id: string };

export interface ReportStatusView {
  message: Translator<StatusMessageKey>;
  /** A date and time in the page's language. */
  date: (iso: string) => string;
}

const SENTENCES = {
  busy: 'statusChecking',
  unknown: 'statusUnknown',
  pending: 'statusPending',
  failed: 'statusFailed',
} as const satisfies Record<Exclude<ShownStatus['kind'], 'found'>, StatusMessageKey>;

const STATES = {
  open: 'statusOpen',
  closed: 'statusClosed',
} as const satisfies Record<string, StatusMessageKey>;

/** Did the lookup leave the citizen with a question only the city's people can answer? */
export const needsContact = (shown?: ShownStatus): boolean =>
  shown?.kind === 'failed' || shown?.kind === 'unknown';

/** The outcome in one sentence, for the screen reader. */
export function statusSummary({ message }: ReportStatusView, shown: ShownStatus): string {
  if (shown.kind !== 'found') return message(SENTENCES[shown.kind], { id: shown.id });
  const { id, state } = shown.status;
  return `${message('statusNumber')} ${id}: ${message(STATES[state])}`;
}

/**
 * A sentence with the number in its own element, where the message's {id} stands, so that it
 * never breaks at its hyphens ('HAT-2023-⏎0007'; a CSS rule keeps it on one line).
 */
function sentenceWithNumber({ message }: ReportStatusView, key: StatusMessageKey, id: string) {
  const [before, after] = message(key).split('{id}');
  return html`${before}<span class="number">${id}</span>${after}`;
}

/** One number's state: the state with the city's notes, or why there is none. */
export function renderReportStatus(view: ReportStatusView, shown: ShownStatus): TemplateResult {
  const { message } = view;
  if (shown.kind === 'found') {
    const { status } = shown;
    return html`<div part="status" class="report-status" data-state=${status.state}>
      <p>
        ${message('statusNumber')}: <strong class="number">${status.id}</strong> –
        <strong class="state">${message(STATES[status.state])}</strong>
      </p>
      ${status.updated ? html`<p class="hint">${message('statusUpdated', { date: view.date(status.updated) })}</p>` : nothing}
      ${status.notes ? html`<p>${message('statusNotes', { notes: status.notes })}</p>` : nothing}
      ${status.agency ? html`<p>${message('statusAgency', { agency: status.agency })}</p>` : nothing}
    </div>`;
  }
  return html`<div part="status" class="report-status" data-state=${shown.kind}>
    <p>${sentenceWithNumber(view, SENTENCES[shown.kind], shown.id)}</p>
  </div>`;
}

/** The reports sent from this device, each with its state, and "check again" where it failed. */
export function renderSentReports(
  view: ReportStatusView,
  sent: readonly SentReport[],
  shownFor: (report: SentReport) => ShownStatus | undefined,
  recheck: (report: SentReport) => void,
): TemplateResult {
  const { message } = view;
  return html`<p id="rs-sent-title">${message('sentReports')}</p>
    <ul part="list" class="sent" aria-labelledby="rs-sent-title">
      ${sent.map((report) => {
        const shown = shownFor(report);
        return html`<li part="item" data-report=${report.id}>
          <p class="hint">
            ${
              report.category
                ? message('sentWithCategory', {
                    category: report.category,
                    date: view.date(report.sentAt),
                  })
                : message('sentAt', { date: view.date(report.sentAt) })
            }
          </p>
          ${
            shown
              ? renderReportStatus(view, shown)
              : html`<p>
                  ${message('statusNumber')}: <strong class="number">${report.id}</strong>
                </p>`
          }
          ${
            needsContact(shown)
              ? html`<button type="button" class="link" @click=${() => recheck(report)}>
                  ${message('statusRecheck')}
                  <span class="visually-hidden">(${report.id})</span>
                </button>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
}

export interface NumberFormView extends ReportStatusView {
  /** The number typed (or given by the page), kept on screen whatever the outcome. */
  value: string;
  /** What is wrong with what was typed, if anything. */
  problem?: string;
  onSubmit: (event: SubmitEvent) => void;
}

/** "Vorgangsnummer eingeben": label, hint, the field, its problem, and the button. */
export function renderNumberForm(view: NumberFormView): TemplateResult {
  const { message, problem } = view;
  return html`<form part="form" novalidate @submit=${view.onSubmit}>
    <div class="field">
      <label for="rs-number">${message('statusFormLabel')}</label>
      <p class="hint" id="rs-number-hint">${message('statusFormHint')}</p>
      ${problem ? html`<p class="error" id="rs-number-error">${problem}</p>` : nothing}
      <div class="row">
        <input
          id="rs-number"
          name="report-number"
          autocomplete="off"
          spellcheck="false"
          .value=${view.value}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'rs-number-hint rs-number-error' : 'rs-number-hint'}
        />
        <button type="submit" class="button" id="rs-check">${message('statusCheck')}</button>
      </div>
    </div>
  </form>`;
}
