// The GeoReport v2 error array (`[{ "code": 400, "description": "…" }]`) read for a citizen:
// which of the form's fields or the service's questions an error names, so the form can lead
// to that field with a German message instead of showing a validator's raw lines ("Failed
// //rec: no value given for required entry attribute[depth] …", mySociety's open311-adapter).
import { readableText } from './report-api.js';

/** One entry of the error array; `code` kept as a string (servers send numbers or strings). */
export interface Open311Error {
  code: string;
  description: string;
}

/** The report form's own fields an Open311 parameter belongs to. */
export type Open311FormField = 'category' | 'description' | 'location' | 'email' | 'name' | 'phone';

/** Which fields the errors name; `unplaced` is true when some error names none of them. */
export interface LocatedOpen311Errors {
  /** Attribute codes (of the service definition) named by an error, in the errors' order. */
  attributes: string[];
  /** Form fields named by an error, in the errors' order. */
  fields: Open311FormField[];
  unplaced: boolean;
}

/** Open311 parameter → the form's field; whole words only. */
const PARAMETER_FIELDS: readonly [RegExp, Open311FormField][] = [
  [/\bservice_code\b/i, 'category'],
  [/\b(?:lat|long|address_string|address_id)\b/i, 'location'],
  [/\bemail\b/i, 'email'],
  [/\b(?:first_name|last_name)\b/i, 'name'],
  [/\bphone\b/i, 'phone'],
  [/\bdescription\b/i, 'description'],
];

/** open311-adapter's first line before the validator's lines: says nothing by itself. */
const INPUT_HEADER = /^error in input for\b/i;

/**
 * The error array of an answer: a bare array, wrapped as `{ errors: [...] }`, or Mark-a-Spot's
 * single `{ error: { code, description } }` (`message` instead of `description` in its 2018
 * module).
 */
export function readOpen311Errors(json: unknown): Open311Error[] {
  const answer = json as { errors?: unknown; error?: unknown } | null;
  const list = answer?.errors ?? answer?.error ?? json;
  const errors: Open311Error[] = [];
  for (const raw of Array.isArray(list) ? list : [list]) {
    const { code, description, message } = Object(raw) as Record<string, unknown>;
    const readable = readableText(description) ?? readableText(message);
    if (readable || readableText(code))
      errors.push({ code: readableText(code) ?? '', description: readable ?? '' });
  }
  return errors;
}

/**
 * Which attributes and fields the errors name. An attribute is named as `attribute[code]` (the
 * POST parameter, as validators print it) or by its code alone as a word; a field by its
 * Open311 parameter (`email`, `first_name`, `lat` …). A header line such as "Error in input for
 * POST_Service_Request" that comes with a located error names nothing and is not counted as
 * unplaced.
 */
export function locateOpen311Errors(
  errors: readonly Open311Error[],
  attributeCodes: readonly string[] = [],
): LocatedOpen311Errors {
  const attributes: string[] = [];
  const fields: Open311FormField[] = [];
  let unplaced = false;
  for (const error of errors) {
    const named = namedAttributes(error.description, attributeCodes);
    const field = named.length ? undefined : namedField(error.description);
    for (const code of named) if (!attributes.includes(code)) attributes.push(code);
    if (field && !fields.includes(field)) fields.push(field);
    if (!named.length && !field && !INPUT_HEADER.test(error.description)) unplaced = true;
  }
  const located = attributes.length + fields.length > 0;
  return { attributes, fields, unplaced: unplaced || (!located && errors.length > 0) };
}

function namedAttributes(description: string, attributeCodes: readonly string[]): string[] {
  const named: string[] = [];
  for (const match of description.matchAll(/attribute\[([^\]]+)\]/gi)) {
    const code = attributeCodes.find((known) => known.toLowerCase() === match[1]!.toLowerCase());
    named.push(code ?? match[1]!);
  }
  if (named.length) return named;
  for (const code of attributeCodes) {
    // A code alone must be a word of its own and not too short to be a common word.
    if (
      code.length >= 3 &&
      new RegExp(`(?:^|[^\\w])${escapeRegExp(code)}(?:$|[^\\w])`, 'i').test(description)
    ) {
      named.push(code);
    }
  }
  return named;
}

function namedField(description: string): Open311FormField | undefined {
  return PARAMETER_FIELDS.find(([pattern]) => pattern.test(description))?.[1];
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
