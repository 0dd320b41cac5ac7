// What the reporter shows beside and instead of its steps: other drafts to continue, the city's
// refusal with the next step, the reports waiting in the outbox, the confirmation, and the
// e-mail and phone fallbacks they all offer.
import { html, nothing } from 'lit';
import { iconError } from '../core/icons.js';
import { telHref } from '../core/safe-url.js';
import { REPORT_ID_PARAMETER, reportCategory } from './report-config.js';
import { fieldErrorText } from './report-validation.js';
import { actionButton } from './report-view-context.js';
import type { TemplateResult } from 'lit';
import type { FieldErrors, ReportText } from './report-validation.js';
import type { FormStep, Report } from './report.js';
import type { ViewContext } from './report-view-context.js';

/**
 * The whole report as text to copy: a mailto may be shortened (mail programs cut long links),
 * and a citizen who writes mail in a browser has no mail program for it to open.
 */
export function renderFullText(view: ViewContext, report?: Report): TemplateResult {
  return html`<details>
    <summary>${view.message('fullText')}</summary>
    <pre class="value">${view.text(report)}</pre>
  </details>`;
}

/** "Or report it by phone", when the widget knows a phone number. */
export function renderPhone(view: ViewContext): unknown {
  const phone = view.phone;
  if (!phone) return nothing;
  const tel = telHref(phone);
  return html`<p>
    ${view.message('phoneInstead')} ${tel ? html`<a href=${tel}>${phone}</a>` : phone}
  </p>`;
}

/** Other drafts of this widget (another tab's, or an earlier visit's), to continue one. */
export function renderDraftOffer(view: ViewContext): unknown {
  const { form, message, config } = view;
  if (!form.otherDrafts.length) return nothing;
  return html`<section class="notice" aria-labelledby="dr-drafts">
    <div>
      ${view.heading(message('draftsTitle'), 'dr-drafts', 1)}
      <ul>
        ${form.otherDrafts.map((draft) => {
          const category = reportCategory(config, draft);
          const summary = [category?.name ?? message('draftUntitled'), draft.fields.description]
            .filter(Boolean)
            .join(' – ');
          return html`<li data-draft=${draft.id}>
            <p>
              ${message('draftOffer', {
                date: draft.meta.savedAt ? view.date(draft.meta.savedAt) : '–',
                summary: summary.length > 80 ? `${summary.slice(0, 79)}…` : summary,
              })}
            </p>
            <div class="actions">
              ${actionButton(view, message('draftResume'), { type: 'resume-draft', id: draft.id })}
              ${actionButton(view, message('draftDiscard'), { type: 'discard-draft', id: draft.id })}
            </div>
          </li>`;
        })}
      </ul>
    </div>
  </section>`;
}

/**
 * The city refused the report: what happened (the server's message, or a plain sentence), the
 * next step (for too large photos: change them, or send without), and always the e-mail and
 * phone with the full text. The send button below stays the one primary button.
 */
export function renderRefusal(view: ViewContext): unknown {
  const { form, message, report } = view;
  const refusal = form.refusal;
  if (!refusal) return nothing;
  const tooLarge = refusal.problem === 'photos-too-large';
  const mail = view.mail();
  return html`<div
    class="notice error-box"
    id="e-general"
    tabindex="-1"
    role="group"
    aria-labelledby="e-general-title"
  >
    ${iconError}
    <div>
      <p id="e-general-title">
        <strong>${message(tooLarge ? 'tooLargeTitle' : 'refused')}</strong>
      </p>
      ${tooLarge ? html`<p>${message('tooLargeText')}</p>` : nothing}
      ${
        refusal.general.length
          ? html`<ul>
              ${refusal.general.map((text) => html`<li>${fieldErrorText(message, text)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        tooLarge
          ? html`<div class="actions">
              ${actionButton(view, message('tooLargeChange'), { type: 'go', step: 'photos' }, { id: 'dr-too-large-change' })}
              ${
                report.photos.length
                  ? actionButton(
                      view,
                      message('tooLargeWithout'),
                      { type: 'send-without-photos' },
                      { id: 'dr-send-without-photos' },
                    )
                  : nothing
              }
            </div>`
          : nothing
      }
      <p>${message('refusedNext')}</p>
      <div class="actions">
        ${mail ? html`<a class="button secondary" href=${mail}>${message('mailSend')}</a>` : nothing}
      </div>
      ${report.photos.length ? html`<p class="hint">${message('mailNote')}</p>` : nothing}
      ${renderPhone(view)} ${renderFullText(view)}
    </div>
  </div>`;
}

/** Saved reports that still wait to be sent, with "send now" and the e-mail instead. */
export function renderOutbox(view: ViewContext, level = 1): unknown {
  const { form, message } = view;
  if (!form.outbox.length) return nothing;
  const waiting = form.outbox.some((entry) => !entry.report.meta.refused);
  return html`<section part="outbox" class="notice" aria-labelledby="dr-outbox">
    <div>
      ${view.heading(message('outboxTitle'), 'dr-outbox', level)}
      <ul>
        ${form.outbox.map(({ id, createdAt, report }) => {
          const mail = view.mail(report);
          const refused = report.meta.refused;
          return html`<li data-key=${id}>
            <p>
              ${message('outboxItem', {
                category: report.meta.categoryName ?? report.fields.category,
                date: view.date(createdAt),
              })}
            </p>
            ${
              refused
                ? html`<p class="error">
                    ${iconError}<span
                      >${`${message('refused')} ${fieldErrorText(message, refused)}`}</span
                    >
                  </p>`
                : nothing
            }
            ${
              mail
                ? html`<div class="actions">
                    <a class="button secondary" href=${mail}>${message('mailInstead')}</a>
                    ${actionButton(view, message('drop'), { type: 'drop', key: id })}
                  </div>`
                : nothing
            }
            ${renderFullText(view, report)}
          </li>`;
        })}
      </ul>
      ${
        waiting
          ? html`<div class="actions">
              ${actionButton(view, message(form.flushing ? 'sending' : 'sendNow'), { type: 'flush' }, { id: 'dr-send-now', primary: true })}
            </div>`
          : nothing
      }
      ${
        form.outbox.some((entry) => entry.report.photos.length)
          ? html`<p class="hint">${message('mailNote')}</p>`
          : nothing
      }
      ${renderPhone(view)}
    </div>
  </section>`;
}

/** The confirmation (one panel: reference and what happens next), or the note that the report
 * waits in the outbox. */
export function renderResult(view: ViewContext): TemplateResult {
  const { form, message } = view;
  const result = form.result;
  const sent = form.step === 'sent';
  // The heading thanks already: a server message that starts with its own thanks ("Vielen Dank!
  // Der Baubetriebshof …") would say it twice, so only the rest of it is shown.
  const said = result?.message?.replace(
    /^\s*(vielen dank|danke|thank you|thanks)[^,.!]*[.!]\s*/i,
    '',
  );
  // The number in its own element, where the message's {id} stands, so that it never breaks at
  // its hyphens (a CSS rule keeps it on one line; a non-breaking hyphen would change the text
  // a citizen copies and quotes).
  const referenceText = message(result?.token ? 'token' : 'reference').split('{id}');
  return html`<div class="result${sent ? ' ok' : ''}" part="result">
    <div id="dr-step" tabindex="-1">
      ${view.heading(message(sent ? 'sentTitle' : 'queuedTitle'), 'dr-step-title', 1)}
    </div>
    ${
      sent && result
        ? html`${
              result.id
                ? html`<p class="reference">
                    ${referenceText[0]}<span>${result.id}</span>${referenceText[1]}
                  </p>`
                : nothing
            }
            ${said ? html`<p>${said}</p>` : nothing}
            <p>${message('sentNext')}</p>
            ${renderStatusPageLink(view.config.statusPage, result.id, message('followReport'))}`
        : html`<p>${message(form.persisted ? 'queuedText' : 'queuedTextMemory')}</p>
            ${form.persisted ? nothing : html`<p class="notice">${message('queuedMemory')}</p>`}
            ${renderOutbox(view, 2)}`
    }
    <div class="actions">
      ${actionButton(view, message('another'), { type: 'restart' }, { id: 'dr-another' })}
    </div>
  </div>`;
}

/** The link to the city's status page (`status_page`) with the report's number. */
function renderStatusPageLink(page: string | undefined, id: string, text: string): unknown {
  if (!page || !id) return nothing;
  const url = new URL(page, document.baseURI);
  url.searchParams.set(REPORT_ID_PARAMETER, id);
  return html`<p><a href=${url.href}>${text}</a></p>`;
}

/** A refusal of the city, as the form shows it. */
export interface RefusalView {
  /** Messages at the fields they are about. */
  errors: FieldErrors;
  /** `photos-too-large`: 413, the request (the photos) was too large for the server. */
  problem: 'photos-too-large' | 'refused';
  /** Messages that belong to no field: the server's own, else one plain sentence. */
  general: ReportText[];
  /** The step to show: the first with a field message, else the review. */
  step: FormStep;
  /** Fields of the API's form extension the refusal names (Open311: question codes, `phone`). */
  named?: string[];
}
