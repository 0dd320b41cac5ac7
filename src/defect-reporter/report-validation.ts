// What the form says about a report before it is sent (validateStep) and after the city refused
// it (refusalToErrors). Pure functions: the element shows what they return.
import { isEmailAddress } from '../core/email-address.js';
import { inBounds, reportCategory } from './report-config.js';
import type { MessageParams } from '../core/i18n.js';
import type { DefectMessageKey, Msg } from './defect-reporter-messages.js';
import type { FormStep, Report } from './report.js';
import type { DefectConfig } from './report-config.js';
import type { RefusalView } from './report-panels.js';

/** The fields a message can stand at (`position`: the coordinates, `photo`: the photos). */
export type ErrorField =
  'category' | 'address' | 'position' | 'description' | 'photo' | 'name' | 'email' | 'consent';

/**
 * A message of the reporter's table with its parameters, put in words when it is shown;
 * `labelKey`: the message that names what it is about (a field of the form), put in words as
 * its `{label}` (a question's name, the server's words, is a parameter as it came).
 */
export type FieldMessage = {
  key: DefectMessageKey;
  params?: MessageParams;
  labelKey?: DefectMessageKey;
};

/**
 * A text the reporter keeps (in the form's state, in an outbox entry): a message of its table,
 * put in words each time it is shown, in the language of that moment (never kept in the
 * language it was made in: German while a table's English was still loading, or before the
 * page switched language); or, as a plain string, words that are shown as they came: the
 * city's own (a refusal's message), or a sentence an outbox entry kept before texts were kept
 * as keys.
 */
export type ReportText = FieldMessage | string;

/** A message at a field: one text, or several (the photos refused in one choice), said in a row. */
export type FieldError = ReportText | readonly ReportText[];

export type FieldErrors = Partial<Record<ErrorField, FieldError>>;

/**
 * A field's message (or any texts the reporter keeps, in a row) in the language the widget
 * speaks now, with the name of what it is about.
 */
export const fieldErrorText = (message: Msg, error: FieldError): string =>
  [error]
    .flat()
    .map((text) =>
      typeof text === 'string'
        ? text
        : message(
            text.key,
            text.labelKey ? { ...text.params, label: message(text.labelKey) } : text.params,
          ),
    )
    .join(' ');

/** Which step shows a message about a field. */
export const FIELD_STEP: Record<ErrorField, FormStep> = {
  category: 'category',
  address: 'location',
  position: 'location',
  description: 'description',
  photo: 'photos',
  name: 'contact',
  email: 'contact',
  consent: 'contact',
};

export const isErrorField = (name: string): name is ErrorField => name in FIELD_STEP;

/** The messages for the fields of `step`; empty when the step may be left. */
export function validateStep(step: FormStep, report: Report, config: DefectConfig): FieldErrors {
  const errors: FieldErrors = {};
  const { position, address } = report.location;
  const { name, email, consent } = report.contact;
  if (step === 'category') {
    if (!reportCategory(config, report)) {
      errors.category = { key: 'errCategory' };
    }
  } else if (step === 'location') {
    if (position && !inBounds(position.lat, position.lng, config.bounds)) {
      errors.position = { key: 'outside' };
    } else if (config.locationRequired && !address.trim() && !position) {
      errors.address = { key: 'errLocation' };
    }
  } else if (step === 'description') {
    if (!report.fields.description.trim()) errors.description = { key: 'errDescription' };
  } else if (step === 'contact') {
    const trimmedEmail = email.trim();
    if (trimmedEmail && !isEmailAddress(trimmedEmail)) errors.email = { key: 'errEmail' };
    if ((name.trim() || trimmedEmail) && !consent) errors.consent = { key: 'errConsent' };
  }
  return errors;
}

/** Where a refusal's messages go: at their fields, or above the review. */
export function refusalToErrors(
  refusal: { status: number; fields: Record<string, string>; errors: readonly string[] },
  steps: readonly FormStep[],
): RefusalView {
  const errors: FieldErrors = {};
  const general: ReportText[] = [...refusal.errors];
  for (const [name, text] of Object.entries(refusal.fields)) {
    const field = name === 'lat' || name === 'lng' ? 'position' : name;
    if (isErrorField(field)) errors[field] = text;
    else general.push(text);
  }
  const fieldSteps = Object.keys(errors).map((field) => FIELD_STEP[field as ErrorField]);
  const step = steps.find((candidate) => fieldSteps.includes(candidate)) ?? 'review';
  if (refusal.status === 413) {
    return { errors, problem: 'photos-too-large', general, step: 'review' };
  }
  if (!general.length && step === 'review') {
    general.push({ key: 'refusedPlain', params: { status: refusal.status } });
  }
  return { errors, problem: 'refused', general, step };
}
