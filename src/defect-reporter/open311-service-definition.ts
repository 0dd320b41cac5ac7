// Open311 GeoReport v2 service definitions ("GET Service Definition", services/{code}.json):
// the extra questions a service asks, how a citizen's answers are checked, and how they go into
// POST requests.json as `attribute[code]=value` (and `attribute[code][]=value` for each value
// of a multi-value list). Real servers send booleans as `true` or as the strings "true"/"false"
// (mySociety's open311-adapter) and value keys as numbers or strings; both are read here.
import { readableText } from './report-api.js';

/** The six datatypes of the specification. */
export type ServiceAttributeDatatype =
  'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';

const DATATYPES: readonly ServiceAttributeDatatype[] = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
];

/** One choice of a single- or multi-value list: `key` is sent, `name` is shown. */
export interface ServiceAttributeValue {
  key: string;
  name: string;
}

/** One question of a service definition, normalised. */
export interface ServiceAttribute {
  code: string;
  datatype: ServiceAttributeDatatype;
  /** false: only information to show, not a field (the spec's `variable: false`). */
  variable: boolean;
  required: boolean;
  order: number;
  /** The question, used as the field's label. */
  description: string;
  /** The spec's `datatype_description`, shown as a hint under the field. */
  hint?: string;
  /** Choices of a single- or multi-value list, in the server's order. */
  values: ServiceAttributeValue[];
}

/** A service's definition: its attributes in the order they are shown. */
export interface ServiceDefinition {
  serviceCode: string;
  attributes: ServiceAttribute[];
}

/** A citizen's answers by attribute code: one string, or the chosen keys of a multi-value list. */
export type AttributeAnswers = Readonly<Record<string, string | readonly string[]>>;

/**
 * A record by attribute code, without the keys every object has: codes are the server's free
 * text, and a question coded `constructor`, `toString` or `__proto__` read `Object`'s own
 * members as its answer and its problem (the reporter fell to its fallback with a TypeError).
 */
export function byCode<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const record: Record<string, V> = Object.create(null);
  for (const [code, value] of entries) record[code] = value;
  return record;
}

/** The value for `code` in a record by attribute code, if it has one of its own ({@link byCode}). */
export function ofCode<V>(record: Readonly<Record<string, V>>, code: string): V | undefined {
  return Object.hasOwn(record, code) ? record[code] : undefined;
}

/**
 * A report's answers to its service's questions, as the report keeps them (in the draft and
 * the outbox): the answers for the form, and the POST pairs the definition made of them, so
 * that the outbox sends the report later without the definition.
 */
export interface ReportAttributes {
  /** The service (category) the answers were given for; answers of another are not sent. */
  service: string;
  /** By attribute code; one value, or the chosen keys of a multi-value list. */
  answers: { code: string; values: string[] }[];
  /** The `attribute[…]` pairs of POST requests.json (see {@link attributeParams}). */
  params: { name: string; value: string }[];
}

/** Why an answer is not accepted yet. */
export type AttributeProblem = 'required' | 'number' | 'datetime' | 'choice';

/** The spec's booleans: `true`, or the string "true" (any case); anything else is false. */
export function readOpen311Boolean(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

/** Whether a services.json entry has a definition to fetch (`metadata`: true or "true"). */
export function serviceHasDefinition(service: unknown): boolean {
  return readOpen311Boolean((service as { metadata?: unknown } | null)?.metadata);
}

/** The codes of the services in a services.json answer that have a definition. */
export function servicesWithDefinitions(services: unknown): Set<string> {
  const codes = new Set<string>();
  for (const service of Array.isArray(services) ? services : []) {
    const code = readableText((service as { service_code?: unknown } | null)?.service_code);
    if (code && serviceHasDefinition(service)) codes.add(code);
  }
  return codes;
}

/**
 * A services/{code}.json answer, normalised: attributes sorted by `order` (ties keep the
 * server's order), unknown datatypes read as `string` (the spec's plain input), attributes
 * without a code skipped, list values without a key skipped. Throws when the answer is not a
 * definition at all (no `attributes` list), so the caller can offer the e-mail/phone path.
 */
export function parseServiceDefinition(json: unknown, serviceCode?: string): ServiceDefinition {
  // A few servers wrap the answer like the XML (`{ service_definition: {...} }`) or in an array.
  const unwrapped = [(json as { service_definition?: unknown } | null)?.service_definition ?? json]
    .flat()
    .at(0) as { service_code?: unknown; attributes?: unknown } | null | undefined;
  const rawAttributes = unwrapped?.attributes;
  if (!Array.isArray(rawAttributes)) {
    throw new Error('service definition without an attributes list');
  }
  const attributes: ServiceAttribute[] = [];
  const seen = new Set<string>();
  for (const [position, raw] of rawAttributes.entries()) {
    const attribute = readAttribute(raw, position);
    if (!attribute || seen.has(attribute.code)) continue;
    seen.add(attribute.code);
    attributes.push(attribute);
  }
  const positions = new Map(attributes.map((attribute, position) => [attribute, position]));
  attributes.sort(
    (first, second) => first.order - second.order || positions.get(first)! - positions.get(second)!,
  );
  return {
    serviceCode: readableText(unwrapped?.service_code) ?? serviceCode ?? '',
    attributes,
  };
}

function readAttribute(raw: unknown, position: number): ServiceAttribute | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const fields = raw as Record<string, unknown>;
  const code = readableText(fields.code);
  // mySociety's open311-adapter (UK councils' servers) marks the attributes its own client fills
  // in (`automated: "server_set"`: the report's URL, title, easting …; `"hidden_field"`: an
  // asset picked on its map): no question for a citizen, and a required one would block the form.
  if (!code || readableText(fields.automated)) return undefined;
  const datatype = DATATYPES.find((type) => type === readableText(fields.datatype)?.toLowerCase());
  const order = Number(fields.order);
  const values: ServiceAttributeValue[] = [];
  for (const value of Array.isArray(fields.values) ? fields.values : []) {
    const key = readableText((value as { key?: unknown } | null)?.key);
    if (!key || values.some((known) => known.key === key)) continue;
    values.push({ key, name: readableText((value as { name?: unknown }).name) ?? key });
  }
  const attribute: ServiceAttribute = {
    code,
    datatype: datatype ?? 'string',
    // Absent `variable` means a field: open311-adapter defaults it to true, and a question
    // nobody can answer would block the report.
    variable: fields.variable === undefined || readOpen311Boolean(fields.variable),
    required: readOpen311Boolean(fields.required),
    order: Number.isFinite(order) ? order : 1000 + position,
    description: readableText(fields.description) ?? code,
    values,
  };
  const hint = readableText(fields.datatype_description);
  if (hint) attribute.hint = hint;
  return attribute;
}

/** The attributes a citizen fills in (not the information texts). */
export function answerableAttributes(definition: ServiceDefinition): ServiceAttribute[] {
  return definition.attributes.filter((attribute) => attribute.variable);
}

/** An answer as a list of non-empty trimmed values. */
export function answerValues(answer: string | readonly string[] | undefined): string[] {
  const list: readonly string[] = typeof answer === 'string' ? [answer] : (answer ?? []);
  return list.map((value) => value.trim()).filter(Boolean);
}

/**
 * What is wrong with the answers, by attribute code: a required one left empty, a number or a
 * date that is not one, a list choice the server did not offer. Empty: all can be sent.
 */
export function validateAttributeAnswers(
  definition: ServiceDefinition,
  answers: AttributeAnswers,
): Record<string, AttributeProblem> {
  const problems = byCode<AttributeProblem>();
  for (const attribute of answerableAttributes(definition)) {
    const values = answerValues(ofCode(answers, attribute.code));
    if (!values.length) {
      if (attribute.required) problems[attribute.code] = 'required';
      continue;
    }
    const problem = valueProblem(attribute, values);
    if (problem) problems[attribute.code] = problem;
  }
  return problems;
}

function valueProblem(attribute: ServiceAttribute, values: string[]): AttributeProblem | undefined {
  switch (attribute.datatype) {
    case 'number':
      // German decimal commas are read as points when sent (see attributeParams).
      return Number.isFinite(Number(values[0]!.replace(',', '.'))) ? undefined : 'number';
    case 'datetime':
      return Number.isNaN(Date.parse(values[0]!)) ? 'datetime' : undefined;
    case 'singlevaluelist':
    case 'multivaluelist': {
      const keys = new Set(attribute.values.map((value) => value.key));
      return values.every((value) => keys.has(value)) ? undefined : 'choice';
    }
    default:
      return undefined;
  }
}

/**
 * The `attribute[…]` pairs of POST requests.json, in the definition's order: one
 * `attribute[code]=value` per answered field, `attribute[code][]=value` repeated for each value
 * of a multi-value list (the spec's own example). Information texts, unknown codes and empty
 * answers are left out. A datetime from `<input type="datetime-local">` has no zone; it is
 * sent with the device's offset, as ISO 8601 asks.
 */
export function attributeParams(
  definition: ServiceDefinition,
  answers: AttributeAnswers,
): [string, string][] {
  const pairs: [string, string][] = [];
  for (const attribute of answerableAttributes(definition)) {
    const values = answerValues(ofCode(answers, attribute.code));
    if (!values.length) continue;
    const name = `attribute[${attribute.code}]`;
    switch (attribute.datatype) {
      case 'multivaluelist':
        for (const value of values) pairs.push([`${name}[]`, value]);
        break;
      case 'number':
        pairs.push([name, values[0]!.replace(',', '.')]);
        break;
      case 'datetime':
        pairs.push([name, withOffset(values[0]!)]);
        break;
      default:
        pairs.push([name, values.join(', ')]);
    }
  }
  return pairs;
}

/** The answers as the review shows them: label and readable value(s), names for list keys. */
export function describeAnswers(
  definition: ServiceDefinition,
  answers: AttributeAnswers,
): { code: string; label: string; values: string[] }[] {
  const described: { code: string; label: string; values: string[] }[] = [];
  for (const attribute of answerableAttributes(definition)) {
    const values = answerValues(ofCode(answers, attribute.code));
    if (!values.length) continue;
    const names = new Map(attribute.values.map((value) => [value.key, value.name]));
    described.push({
      code: attribute.code,
      label: attribute.description,
      values: values.map((value) => names.get(value) ?? value),
    });
  }
  return described;
}

/** "2026-12-01T09:30" (local) → "2026-12-01T09:30:00+01:00"; a value with a zone is kept. */
function withOffset(value: string): string {
  if (/(?:Z|[+-]\d\d:?\d\d)$/i.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const minutes = -date.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  const rest = String(Math.abs(minutes) % 60).padStart(2, '0');
  const local = value.length === 16 ? `${value}:00` : value;
  return `${local}${sign}${hours}:${rest}`;
}
