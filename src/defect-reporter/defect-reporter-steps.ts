// What <defect-reporter> shows before the citizen starts: the intro and the first step (the
// category), plus the frame every step shares. The later steps are in report-flow-steps.ts.
// Pure rendering: the element owns the state, handles every button through one delegated click
// handler (`data-act`, `data-arg`) and every field through one `input` handler (its `name`).
import { html, nothing } from 'lit';
import { iconError, iconInfo } from '../core/icons.js';
import { filterCategories, groupCategories } from './report-config.js';
import type { TemplateResult } from 'lit';
import type { OutboxEntry } from './report-outbox.js';
import type { DefectConfig } from './report-config.js';
import type { Lang, Translator } from '../core/i18n.js';
import type { DefectMessageKey } from './defect-reporter-messages.js';

export type Step =
  'category' | 'location' | 'description' | 'photos' | 'contact' | 'review' | 'sent' | 'queued';

export type Fields = Record<string, string>;
export type MessageKey = DefectMessageKey;
/** The widget's strings (defect-reporter-messages.ts). */
export type Msg = Translator<MessageKey>;

/** The state of the form, owned by the element. */
export interface Ui {
  step: Step;
  /** Text fields by name; `_`-fields are the browser's own (key, start time, step). */
  fields: Fields;
  /** Downscaled JPEGs. */
  photos: Blob[];
  /** Messages at fields, by field name (`position` for coordinates, `photo` for photos). */
  errors: Fields;
  /** Messages of a refusal that belong to no field. */
  general: string[];
  filter: string;
  busy: '' | 'send' | 'photo' | 'locate';
  result?: { id: string; message?: string; token?: boolean };
  outbox: OutboxEntry[];
  delivered: string[];
  persisted: boolean;
  map: '' | 'loading' | 'open' | 'failed';
  restoredAt?: string;
}

/** What the renderers (and the lazily loaded flow) get from the element. */
export interface StepContext {
  ui: Ui;
  config: DefectConfig;
  steps: Step[];
  m: Msg;
  heading: (text: string, id?: string, offset?: number) => TemplateResult;
  date: (iso: string) => string;
  lang: Lang;
}

export const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || nothing;

/** Splits "… {110} … {112} …" into text and tel: links. */
const emergency = (text: string) =>
  text
    .split(/\{(\d+)\}/)
    .map((part, i) => (i % 2 ? html`<a href="tel:${part}">${part}</a>` : part));

export function renderError(c: StepContext, name: string): unknown {
  const e = c.ui.errors[name];
  return e
    ? html`<p class="error" id="e-${name}" tabindex="-1">${iconError}<span>${e}</span></p>`
    : nothing;
}

export function renderIntro(c: StepContext): TemplateResult {
  const { ui, m } = c;
  return html`<p class="hint">${m('draftNote')}</p>
    <p part="emergency" class="notice emergency">
      ${iconInfo}<span>${emergency(m('emergency'))}</span>
    </p>
    ${
      ui.restoredAt && ui.step !== 'sent' && ui.step !== 'queued'
        ? html`<div class="notice">
            <p>${m('restored', { date: c.date(ui.restoredAt) })}</p>
            <button type="button" class="button secondary" data-act="restart">
              ${m('restart')}
            </button>
          </div>`
        : nothing
    }`;
}

/** A step: a form with progress, heading, the step's fields and the navigation. */
export function renderForm(
  c: StepContext,
  body: unknown,
  extra: unknown = nothing,
): TemplateResult {
  const { ui, m, steps } = c;
  const { step, busy } = ui;
  const index = steps.indexOf(step);
  const last = step === 'review';
  return html`<form class="step" novalidate data-step=${step}>
    <div id="dr-step" tabindex="-1">
      <p class="hint">${m('progress', { n: index + 1, total: steps.length })}</p>
      ${c.heading(m(`step${step}` as MessageKey), 'dr-step-title', 1)}
    </div>
    ${body} ${extra}
    <div class="actions nav">
      ${
        index > 0
          ? html`<button type="button" class="button secondary" data-act="back">
              ${m('back')}
            </button>`
          : nothing
      }
      ${
        last && !c.config.submitUrl
          ? nothing
          : html`<button type="submit" class="button" id="dr-next" aria-disabled=${busy === 'send'}>
              ${m(last ? (busy === 'send' ? 'sending' : 'send') : 'next')}
            </button>`
      }
    </div>
  </form>`;
}

export function renderCategory(c: StepContext): TemplateResult {
  const { ui, m, config } = c;
  const all = config.categories;
  const shown = filterCategories(all, ui.filter);
  const chosen = all.find((x) => x.id === ui.fields.category);
  if (chosen && !shown.includes(chosen)) shown.unshift(chosen);
  const invalid = !!ui.errors.category;
  return html`<div class="field">
      <label for="dr-filter">${m('filter')}</label>
      <input
        id="dr-filter"
        type="search"
        autocomplete="off"
        .value=${ui.filter}
        aria-describedby="dr-count"
      />
      <p class="hint" id="dr-count">${m('matches', { n: shown.length, count: all.length })}</p>
    </div>
    ${groupCategories(shown).map(
      ([group, list], _, groups) =>
        html`<fieldset>
          <legend>${group || m(groups.length > 1 ? 'otherGroup' : 'category')}</legend>
          ${list.map(
            (x) =>
              html`<label class="choice">
                <input
                  type="radio"
                  name="category"
                  value=${x.id}
                  .checked=${ui.fields.category === x.id}
                  aria-invalid=${invalid}
                  aria-describedby=${invalid ? 'e-category' : nothing}
                />
                <span
                  ><b>${x.name}</b>
                  ${x.description ? html`<span class="hint">${x.description}</span>` : nothing}</span
                >
              </label>`,
          )}
        </fieldset>`,
    )}
    ${shown.length ? nothing : html`<p>${m('noMatch')}</p>`} ${renderError(c, 'category')}`;
}
