// The Open311 part of <defect-reporter>, one lazy chunk a page speaking the library's own
// contract never loads: a service's questions (GeoReport v2 service definitions) from the
// moment its category is chosen to the city's answer, and the optional phone field.
//
// The definition is read through the shared EndpointController (timeout, abort, the last good
// answer per URL when the server fails): it asks `services/{code}.json` whenever the report's
// category is a service with `metadata` true. The element reaches this module only through
// its form extension (ReportFormExtension in report-api-adapters.ts). The answers live in the
// report (`report.attributes`) with the POST pairs made from the definition, so a draft or an
// outbox entry sends them later without it.
import { html, nothing } from 'lit';
import { EndpointController } from '../core/endpoint-controller.js';
import { translate } from '../core/i18n.js';
import {
  attributeError,
  frameDescribedBy,
  readAttributeAnswers,
  renderAttributeFields,
  renderField,
} from './open311-attribute-fields.js';
import { locateOpen311Errors } from './open311-errors.js';
import { configUrl } from './report-api-adapters.js';
import { renderPhone } from './report-panels.js';
import { FIELD_STEP, refusalToErrors } from './report-validation.js';
import { open311Messages } from './open311-messages.js';
import { open311ResourceUrl } from './open311-request-status.js';
import {
  answerValues,
  byCode,
  ofCode,
  attributeParams,
  describeAnswers,
  parseServiceDefinition,
  validateAttributeAnswers,
} from './open311-service-definition.js';
import type { TemplateResult } from 'lit';

import type { Lang, MessageParams } from '../core/i18n.js';
import type { AttributeFieldsView, FieldFrame } from './open311-attribute-fields.js';
import type { Open311MessageKey } from './open311-messages.js';
import type { Open311FormField } from './open311-errors.js';
import type {
  AttributeAnswers,
  AttributeProblem,
  ReportAttributes,
  ServiceDefinition,
} from './open311-service-definition.js';
import type { ReportSendOutcome } from './report-api.js';
import type { RefusalView } from './report-panels.js';
import type { ErrorField, FieldErrors, FieldMessage, ReportText } from './report-validation.js';
import type { FormStep, Report } from './report.js';
import type { FormExtensionHost, ReportFormExtension } from './report-api-adapters.js';
import type { ViewContext } from './report-view-context.js';

/** The definition of the chosen service, as far as it is known. */
export type DefinitionState =
  /** The category asks nothing (no `metadata`), or none is chosen. */
  | { kind: 'none' }
  | { kind: 'loading' }
  /** It could not be loaded: the report may go by e-mail or phone (the note says so). */
  | { kind: 'failed' }
  | { kind: 'ready'; definition: ServiceDefinition };

/** The Open311 parameter a refusal names → the field of the form that shows it. */
const REFUSED_FIELDS: Record<Exclude<Open311FormField, 'phone'>, ErrorField> = {
  category: 'category',
  description: 'description',
  location: 'address',
  email: 'email',
  name: 'name',
};

export class Open311Form implements ReportFormExtension {
  readonly #host: FormExtensionHost;
  /** Answers not accepted before the review, by attribute code. */
  #problems = byCode<AttributeProblem>();
  readonly #definitions: EndpointController<ServiceDefinition>;
  /**
   * Every definition read on this page, by service: a report's answers are read with their
   * questions after another service's were loaded (a report in the outbox, the next report).
   */
  readonly #loaded = new Map<string, ServiceDefinition>();
  /** The language of the last render: what is announced speaks as the screen does. */
  #lang: Lang = 'de';

  constructor(host: FormExtensionHost) {
    this.#host = host;
    const { element } = host;
    this.#definitions = new EndpointController<ServiceDefinition>(element, {
      url: () => {
        const code = this.#serviceCode();
        const services = configUrl(element);
        return code && services ? open311ResourceUrl(services, 'services', code) : undefined;
      },
      parse: (raw) => {
        const definition = parseServiceDefinition(raw, this.#serviceCode());
        this.#loaded.set(definition.serviceCode, definition);
        return definition;
      },
      timeout: () => element.timeout,
      cache: () => element.cache !== 'off',
      args: () => [this.#serviceCode()],
    });
  }

  /**
   * Attribute codes (and `phone`) the city's refusal of the report on screen names. Read from
   * the form's refusal, not kept here: a report refused in the background (from the outbox)
   * marks nothing in the report the citizen is writing.
   */
  get #refused(): string[] {
    return this.#host.form().refusal?.named ?? [];
  }

  /** The citizen changed `name`: the refusal no longer names it. */
  #answered(name: string): void {
    const { refusal } = this.#host.form();
    if (!refusal?.named?.includes(name)) return;
    this.#host.setForm({
      refusal: { ...refusal, named: refusal.named.filter((code) => code !== name) },
    });
  }

  /** The element asks for the optional phone field. */
  get #phoneField(): boolean {
    return this.#host.element.hasAttribute('open311-phone');
  }

  #message(key: Open311MessageKey, params?: MessageParams): string {
    return translate(open311Messages, this.#lang, key, params);
  }

  /** The chosen category, if it is a service with a definition. */
  #serviceCode(): string | undefined {
    const code = this.#host.report().fields.category;
    const category = this.#host.config().categories.find(({ id }) => id === code);
    return category?.questions ? code : undefined;
  }

  /** The chosen service's definition, as far as it is loaded. */
  definition(): DefinitionState {
    const code = this.#serviceCode();
    if (!code) return { kind: 'none' };
    const view = this.#definitions.view;
    // While another service's definition is still on screen, this one is loading.
    if (view.args?.[0] === code && view.data) return { kind: 'ready', definition: view.data };
    if (this.#definitions.pending || view.args?.[0] !== code) return { kind: 'loading' };
    return { kind: 'failed' };
  }

  /** The answers of `report` (the one being written), if they belong to its chosen service. */
  #answers(report: Report = this.#host.report()): AttributeAnswers {
    const { attributes, fields } = report;
    if (attributes?.service !== fields.category) return {};
    return byCode(attributes.answers.map(({ code, values }) => [code, values]));
  }

  /**
   * The answers of `report` as the review shows them: the questions' labels and the names of
   * list choices. Without its service's definition (not loaded on this page: a draft or an
   * outbox report of an earlier visit whose questions fail to load), the codes stand for the
   * questions.
   */
  #describedAnswers(report: Report): { label: string; values: string[] }[] {
    const answers = this.#answers(report);
    const definition = this.#loaded.get(report.fields.category);
    return definition
      ? describeAnswers(definition, answers)
      : Object.entries(answers).map(([label, values]) => ({ label, values: answerValues(values) }));
  }

  /**
   * The answers (a multi-value list's joined by commas) and the phone of `report` as "label:
   * value" lines of the mail and the copied text; information without a field is no answer.
   */
  reportText(report: Report, cut: (text: string) => string): string {
    const lines = this.#describedAnswers(report).map(
      ({ label, values }) => `${label}: ${cut(values.join(', '))}`,
    );
    const phone = report.contact.phone?.trim();
    if (phone) lines.push(`${this.#host.message('phone')}: ${cut(phone)}`);
    return lines.join('\n');
  }

  /**
   * Takes what the citizen typed into a question or the phone field; false for every other
   * field (the element takes those).
   */
  input(input: HTMLInputElement): boolean {
    if (input.name === 'phone') {
      const phone = input.value;
      this.#answered('phone');
      this.#host.updateReport((report) => ({ ...report, contact: { ...report.contact, phone } }));
      return true;
    }
    const match = /^attribute\[(.+)\]$/.exec(input.name);
    const state = this.definition();
    if (!match || !input.form || state.kind !== 'ready') return false;
    const { definition } = state;
    const answers = readAttributeAnswers(input.form, definition);
    delete this.#problems[match[1]!];
    this.#answered(match[1]!);
    const attributes: ReportAttributes = {
      service: this.#host.report().fields.category,
      answers: Object.entries(answers).map(([code, answer]) => ({
        code,
        values: typeof answer === 'string' ? [answer] : answer,
      })),
      params: attributeParams(definition, answers).map(([name, value]) => ({ name, value })),
    };
    this.#host.updateReport((report) => ({ ...report, attributes }));
    return true;
  }

  /**
   * Whether `step` may not be left yet: a required question is unanswered or an answer is not
   * one the server takes (the fields say which, the first gets the focus), or the questions
   * are still loading. A definition that failed to load blocks nothing: the note offers the
   * e-mail and the phone, and the server says what it misses.
   */
  blocks(step: FormStep): boolean {
    if (step !== 'description') return false;
    const state = this.definition();
    if (state.kind === 'loading') {
      this.#host.announce(this.#message('attributesLoading'));
      return true;
    }
    if (state.kind !== 'ready') return false;
    this.#problems = validateAttributeAnswers(state.definition, this.#answers());
    this.#host.element.requestUpdate();
    const [first] = state.definition.attributes.filter(({ code }) => ofCode(this.#problems, code));
    if (!first) return false;
    this.#host.announce(attributeError(this.#fieldsView(state.definition), first));
    return true;
  }

  /** What a step shows of Open311 below its own fields: the questions under the description,
   * the phone field on the contact step, the answers on the review. */
  renderStep(view: ViewContext, step: FormStep): unknown {
    this.#lang = view.lang;
    if (step === 'description') return this.#renderQuestions(view);
    if (step === 'contact') return this.#renderPhone(view);
    return step === 'review' ? this.#renderAnswers(view) : nothing;
  }

  /** The questions of the chosen service. */
  #renderQuestions(view: ViewContext): unknown {
    const state = this.definition();
    if (state.kind === 'none') return nothing;
    if (state.kind === 'loading') {
      return html`<p class="hint" role="status">${this.#message('attributesLoading')}</p>`;
    }
    if (state.kind === 'failed') return this.#renderDefinitionFailed(view);
    return renderAttributeFields(this.#fieldsView(state.definition));
  }

  /** The questions of `definition` with the answers, problems and refusals of this report. */
  #fieldsView(definition: ServiceDefinition): AttributeFieldsView {
    return {
      definition,
      answers: this.#answers(),
      problems: this.#problems,
      refused: this.#refused,
      message: (key, params) => this.#message(key, params),
      reporterMessage: this.#host.message,
    };
  }

  /** The questions could not be loaded: the report goes on, or by e-mail or phone. */
  #renderDefinitionFailed(view: ViewContext): TemplateResult {
    const mail = view.mail();
    return html`<div class="notice" id="dr-definition-failed" role="status">
      <div>
        <p>${this.#message('definitionFailed')}</p>
        <div class="actions">
          ${mail ? html`<a class="button secondary" href=${mail}>${view.message('mailSend')}</a>` : nothing}
          <button
            type="button"
            class="button secondary"
            id="dr-definition-retry"
            @click=${() => void this.#definitions.reload()}
          >
            ${this.#message('definitionRetry')}
          </button>
        </div>
        ${renderPhone(view)}
      </div>
    </div>`;
  }

  /** The optional phone field, when the element asks for it. */
  #renderPhone(view: ViewContext): unknown {
    if (!this.#phoneField) return nothing;
    const refused = this.#refused.includes('phone');
    const frame: FieldFrame = {
      id: 'f-phone',
      label: `${view.message('phone')} ${view.message('optional')}`,
      hint: this.#message('phoneHint'),
      error: refused ? view.message('serverField', { label: view.message('phone') }) : undefined,
    };
    return renderField(
      frame,
      html`<input
        id="f-phone"
        name="phone"
        type="tel"
        autocomplete="tel"
        .value=${view.report.contact.phone ?? ''}
        aria-invalid=${refused}
        aria-describedby=${frameDescribedBy(frame)}
      />`,
    );
  }

  /** The answers, each with a way back to its question. */
  #renderAnswers(view: ViewContext): unknown {
    const { contact } = view.report;
    const shown = this.#describedAnswers(view.report);
    const phone = contact.phone?.trim();
    if (!shown.length && !phone) return nothing;
    const change = (step: FormStep, label: string) =>
      html`<button
        type="button"
        class="link"
        ?disabled=${view.form.busy === 'send'}
        @click=${() => view.act({ type: 'go', step })}
      >
        ${view.message('change')}<span class="visually-hidden"> (${label})</span>
      </button>`;
    return html`<dl class="review" id="dr-answers">
      ${shown.map(
        ({ label, values }) =>
          html`<dt>${label}</dt>
            <dd>
              <span class="value">${values.join(', ')}</span> ${change('description', label)}
            </dd>`,
      )}
      ${
        phone
          ? html`<dt>${view.message('phone')}</dt>
              <dd>
                <span class="value">${phone}</span> ${change('contact', view.message('phone'))}
              </dd>`
          : nothing
      }
    </dl>`;
  }

  /**
   * The city refused the report (400 with the GeoReport error array): the citizen lands on the
   * field an error names, with a German message (a question of the service, or the form's own
   * field); an error that names none is one plain sentence above the review, with the e-mail
   * and the phone. The validator's own lines are never shown. Read with the questions of
   * `report`'s own service (a report refused from the outbox is not the one on screen).
   */
  refusal(outcome: Extract<ReportSendOutcome, { kind: 'refused' }>, report: Report): RefusalView {
    const steps = this.#host.steps();
    // The web server in front of the city's (nginx's 413, with `open311-media`): the photos are
    // too large. Said as for the own contract: change the photos, or send without them.
    if (outcome.status === 413) return refusalToErrors(outcome, steps);
    const attributes = this.#loaded.get(report.fields.category)?.attributes ?? [];
    const codes = attributes.map(({ code }) => code);
    const errorList = outcome.errors.map((description) => ({ code: '', description }));
    const located = locateOpen311Errors(errorList, codes);
    const errors: FieldErrors = {};
    for (const field of located.fields) {
      if (field === 'phone') continue;
      const name = REFUSED_FIELDS[field];
      errors[name] = { key: 'serverField', labelKey: name };
    }
    const named = [
      ...located.attributes.filter((code) => codes.includes(code)),
      ...(located.fields.includes('phone') && this.#phoneField ? ['phone'] : []),
    ];
    const attributeNamed = named.some((code) => code !== 'phone');
    const fieldStep: FormStep[] = [
      ...(Object.keys(errors) as ErrorField[]).map((name) => FIELD_STEP[name]),
      ...(attributeNamed ? (['description'] as const) : []),
      ...(named.includes('phone') ? (['contact'] as const) : []),
    ];
    const step = steps.find((candidate) => fieldStep.includes(candidate)) ?? 'review';
    // The questions (and the phone) it names, in words too: announced with the refusal, and
    // what the outbox entry of a report refused in the background says. A question's name is
    // the server's own text (its definition), the phone's a message of the reporter.
    const namedLines = named.map((code): FieldMessage =>
      code === 'phone'
        ? { key: 'serverField', labelKey: 'phone' }
        : {
            key: 'serverField',
            params: { label: attributes.find((attribute) => attribute.code === code)!.description },
          },
    );
    const general: ReportText[] =
      step === 'review' || located.unplaced
        ? [{ key: 'refusedPlain', params: { status: outcome.status } }, ...namedLines]
        : namedLines;
    return { errors, problem: 'refused', general, step, named };
  }
}
