// "Was ist aus meiner Meldung geworden?": the status of a sent report as the citizen reads it,
// and the small form for a number typed in later. The number is always on screen, also when
// the lookup failed; then the contact is shown beside it.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Translator } from '../core/i18n.js';
import type { StatusLookup } from './open311-lookups.js';
import type { Open311MessageKey } from './open311-messages.js';

export interface ReportStatusView {
  message: Translator<Open311MessageKey>;
  /** A date and time in the page's language. */
  date: (iso: string) => string;
  /** The city's contact (phone, e-mail), shown when the lookup cannot help. */
  contact: unknown;
}

/** The outcome of a lookup, in a live region's words. */
export function renderReportStatus(view: ReportStatusView, lookup: StatusLookup): TemplateResult {
  const { message } = view;
  if (lookup.kind === 'found') {
    const { status } = lookup;
    return html`<div class="report-status" part="report-status" data-state=${status.state}>
      <p>
        ${message('statusNumber')}: <strong>${status.id}</strong> –
        <strong class="state"
          >${message(status.state === 'open' ? 'statusOpen' : 'statusClosed')}</strong
        >
      </p>
      ${
        status.updated
          ? html`<p class="hint">
              ${message('statusUpdated', { date: view.date(status.updated) })}
            </p>`
          : nothing
      }
      ${status.notes ? html`<p>${message('statusNotes', { notes: status.notes })}</p>` : nothing}
      ${status.agency ? html`<p>${message('statusAgency', { agency: status.agency })}</p>` : nothing}
    </div>`;
  }
  if (lookup.kind === 'pending') {
    return html`<div class="report-status" part="report-status" data-state="pending">
      <p>${message('statusPending', { id: lookup.id })}</p>
    </div>`;
  }
  const key = lookup.kind === 'unknown' ? 'statusUnknown' : 'statusFailed';
  return html`<div class="report-status notice" part="report-status" data-state=${lookup.kind}>
    <p>${message(key, { id: lookup.id })}</p>
    ${view.contact}
  </div>`;
}

export interface StatusFormView {
  message: Translator<Open311MessageKey>;
  /** The number as typed so far. */
  number: string;
  busy: boolean;
  /** The number is missing: says so under the field. */
  empty: boolean;
  onSubmit: (number: string) => void;
}

/** "Vorgangsnummer eingeben": a field and a button; submitting an empty field says what is missing. */
export function renderStatusForm(view: StatusFormView): TemplateResult {
  const { message } = view;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('report-number');
    view.onSubmit((input as HTMLInputElement).value);
  };
  return html`<form class="status-form" part="status-form" novalidate @submit=${submit}>
    <div class="field">
      <label for="f-report-number">${message('statusFormLabel')}</label>
      <p class="hint" id="h-report-number">${message('statusFormHint')}</p>
      <input
        id="f-report-number"
        name="report-number"
        autocomplete="off"
        .value=${view.number}
        aria-invalid=${view.empty}
        aria-describedby=${view.empty ? 'h-report-number e-report-number' : 'h-report-number'}
      />
      ${
        view.empty
          ? html`<p class="error" id="e-report-number" tabindex="-1">
              <span>${message('statusEmpty')}</span>
            </p>`
          : nothing
      }
    </div>
    <button type="submit" class="button secondary" aria-disabled=${view.busy}>
      ${message(view.busy ? 'statusChecking' : 'statusCheck')}
    </button>
  </form>`;
}
