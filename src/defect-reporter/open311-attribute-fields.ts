// The questions of an Open311 service definition as form fields, in the reporter's field
// markup (`.field`, label, `.hint`, `.error`): string and number as inputs, datetime as a local
// date-time input, text as a textarea, single-value lists as radios (a select above 7
// choices), multi-value lists as checkboxes, `variable: false` as information text. Every
// control is named `attribute[code]`, so the answers are read back from the form with
// {@link readAttributeAnswers}; invalid ones carry `aria-invalid` and their message.
import { html, nothing } from 'lit';
import { answerableAttributes, byCode, ofCode } from './open311-service-definition.js';
import type { TemplateResult } from 'lit';
import type { Translator } from '../core/i18n.js';
import type { Msg } from './defect-reporter-messages.js';
import type { Open311MessageKey } from './open311-messages.js';
import type {
  AttributeAnswers,
  AttributeProblem,
  ServiceAttribute,
  ServiceDefinition,
} from './open311-service-definition.js';

/** More choices than this: a select instead of radios (a long radio list hides the rest). */
export const MAX_RADIOS = 7;

const PROBLEM_MESSAGES: Record<AttributeProblem, Open311MessageKey> = {
  required: 'problemRequired',
  number: 'problemNumber',
  datetime: 'problemDatetime',
  choice: 'problemChoice',
};

export interface AttributeFieldsView {
  definition: ServiceDefinition;
  answers: AttributeAnswers;
  /** Problems found before the review, by attribute code. */
  problems: Readonly<Record<string, AttributeProblem>>;
  /** Attribute codes the server refused (a 400 naming them). */
  refused?: readonly string[];
  message: Translator<Open311MessageKey>;
  /** The reporter's own messages (what it says of a question the server refused). */
  reporterMessage: Msg;
}

/** The id of an attribute's first control: the target of focus when it needs an answer. */
export function attributeFieldId(code: string): string {
  // Codes are free text on some servers ("What is this?"); ids must stay simple.
  return `f-attr-${code.replace(/[^\w-]/g, (character) => `_${character.charCodeAt(0)}`)}`;
}

/** The error message of an attribute: a problem found here, or a refusal by the server. */
export function attributeError(view: AttributeFieldsView, attribute: ServiceAttribute): string {
  const problem = ofCode(view.problems, attribute.code);
  if (problem) return view.message(PROBLEM_MESSAGES[problem], { label: attribute.description });
  if (view.refused?.includes(attribute.code)) {
    return view.reporterMessage('serverField', { label: attribute.description });
  }
  return '';
}

/** What a field shows around its control: the label, the hint and the message, with their ids. */
export interface FieldFrame {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** The ids of a field's hint and message, for the control's `aria-describedby`. */
export function frameDescribedBy({ id, hint, error }: FieldFrame): string | typeof nothing {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || nothing;
}

const renderHint = ({ id, hint }: FieldFrame) =>
  hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing;

const renderFieldError = ({ id, error }: FieldFrame) =>
  error ? html`<p class="error" id="${id}-error" tabindex="-1"><span>${error}</span></p>` : nothing;

/**
 * One control in the reporter's field markup: its label, the hint under it, the control, and
 * its message (the questions, and the Open311 phone field).
 */
export function renderField(frame: FieldFrame, control: TemplateResult): TemplateResult {
  return html`<div class="field">
    <label for=${frame.id}>${frame.label}</label>
    ${renderHint(frame)} ${control} ${renderFieldError(frame)}
  </div>`;
}

/** The definition's questions, in order; nothing when it has none. */
export function renderAttributeFields(view: AttributeFieldsView): TemplateResult | typeof nothing {
  if (!view.definition.attributes.length) return nothing;
  return html`<fieldset class="attributes" part="attributes">
    <legend>${view.message('attributesHeading')}</legend>
    ${view.definition.attributes.map((attribute) =>
      attribute.variable
        ? renderAttribute(view, attribute)
        : html`<p class="notice">${attribute.description}</p>`,
    )}
  </fieldset>`;
}

function renderAttribute(view: AttributeFieldsView, attribute: ServiceAttribute): TemplateResult {
  const id = attributeFieldId(attribute.code);
  const error = attributeError(view, attribute);
  const frame: FieldFrame = {
    id,
    label: attribute.required
      ? attribute.description
      : `${attribute.description} ${view.message('optional')}`,
    hint: attribute.hint,
    error,
  };
  const describedBy = frameDescribedBy(frame);
  const name = `attribute[${attribute.code}]`;
  const answer = ofCode(view.answers, attribute.code);
  const single = typeof answer === 'string' ? answer : (answer?.[0] ?? '');
  const chosen = new Set(typeof answer === 'string' ? [answer] : (answer ?? []));

  if (attribute.datatype === 'multivaluelist' || attribute.datatype === 'singlevaluelist') {
    const multiple = attribute.datatype === 'multivaluelist';
    if (!multiple && attribute.values.length > MAX_RADIOS) {
      return renderField(
        frame,
        html`<select
          id=${id}
          name=${name}
          ?required=${attribute.required}
          aria-invalid=${!!error}
          aria-describedby=${describedBy}
        >
          <option value="" ?selected=${!single}>${view.message('choose')}</option>
          ${attribute.values.map(
            (value) =>
              html`<option value=${value.key} ?selected=${value.key === single}>
                ${value.name}
              </option>`,
          )}
        </select>`,
      );
    }
    // aria-invalid on the choices, not the fieldset: the focus goes to the first invalid control.
    return html`<fieldset class="field choices" aria-describedby=${describedBy}>
      <legend>${frame.label}</legend>
      ${renderHint(frame)}
      ${attribute.values.map(
        (value, index) =>
          html`<label class="choice">
            <input
              id=${index === 0 ? id : `${id}-${index}`}
              type=${multiple ? 'checkbox' : 'radio'}
              name=${name}
              value=${value.key}
              .checked=${chosen.has(value.key)}
              ?required=${attribute.required && !multiple}
              aria-invalid=${!!error}
            />
            ${value.name}
          </label>`,
      )}
      ${renderFieldError(frame)}
    </fieldset>`;
  }

  if (attribute.datatype === 'text') {
    return renderField(
      frame,
      html`<textarea
        id=${id}
        name=${name}
        rows="3"
        ?required=${attribute.required}
        .value=${single}
        aria-invalid=${!!error}
        aria-describedby=${describedBy}
      ></textarea>`,
    );
  }

  // A number stays a text input with a decimal keyboard: type=number rejects the German
  // decimal comma in some browsers and shows nothing of what was typed.
  const type = attribute.datatype === 'datetime' ? 'datetime-local' : 'text';
  return renderField(
    frame,
    html`<input
      id=${id}
      name=${name}
      type=${type}
      inputmode=${attribute.datatype === 'number' ? 'decimal' : nothing}
      ?required=${attribute.required}
      .value=${single}
      aria-invalid=${!!error}
      aria-describedby=${describedBy}
    />`,
  );
}

/** The answers in a form, by attribute code (multi-value lists as lists). */
export function readAttributeAnswers(
  form: HTMLFormElement,
  definition: ServiceDefinition,
): Record<string, string | string[]> {
  const data = new FormData(form);
  const answers = byCode<string | string[]>();
  for (const attribute of answerableAttributes(definition)) {
    const values = data
      .getAll(`attribute[${attribute.code}]`)
      .filter((value): value is string => typeof value === 'string');
    if (attribute.datatype === 'multivaluelist') answers[attribute.code] = values;
    else if (values[0]) answers[attribute.code] = values[0];
  }
  return answers;
}
