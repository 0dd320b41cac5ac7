/**
 * Checks an endpoint payload the way the widgets read it, and lists every problem with its JSON
 * path: for the workbench (validation as the editor types) and for `civic-widgets validate`.
 *
 * The checks are the widgets' own (the `*-schema.ts` checks and parse functions), imported, not
 * copied: when a contract changes, this follows. A widget's check stops at the first bad field
 * of an entry; to list every problem of an entry, {@link checkAll} repairs the field the check
 * named with a value of the kind the check expects and checks again, until the entry passes.
 */
import { normalizeJson } from '../../src/core/normalize-json.js';
import { findJsonSyntaxProblem, JsonTextError } from './json-syntax.js';
import type { Check } from '../../src/core/schema.js';
import { SERVICE_STATUSES } from '../../src/core/service-health.js';
import {
  categorySchema,
  defectReporterConfigSchema,
  parseDefectConfig,
} from '../../src/defect-reporter/civic-api.js';
import {
  catalogSchema,
  departmentSchema,
  formSchema,
  parseFormCatalog,
} from '../../src/form-finder/form-finder-schema.js';
import {
  parseRegistryConfig,
  parseSlots,
  registryConfigEnvelope,
  registryServiceSchema,
  slotSchema,
  slotsEnvelope,
} from '../../src/registry-booking/registry-booking-schema.js';
import {
  incidentSchema,
  isStatuspageSummary,
  parseServiceStatus,
  serviceSchema,
  serviceStatusPayloadSchema,
} from '../../src/service-status/service-status-schema.js';
import { fromStatuspage } from '../../src/service-status/statuspage-adapter.js';

/** The payloads the CLI and the workbench know, named as `--type` names them. */
export const PAYLOAD_TYPES = ['status', 'forms', 'defects', 'registry', 'slots'] as const;
export type PayloadType = (typeof PAYLOAD_TYPES)[number];

/** The widget that reads each payload type. */
export const PAYLOAD_WIDGET: Record<PayloadType, string> = {
  status: 'service-status',
  forms: 'form-finder',
  defects: 'defect-reporter',
  registry: 'registry-booking',
  slots: 'registry-booking',
};

export type ProblemKind =
  /** A required field is absent (or `null`). */
  | 'missing'
  /** A field has a value of the wrong kind, or one the widget does not know. */
  | 'wrong'
  /** The widget's parse function refused the payload for a reason of its own. */
  | 'rejected'
  /** A field the contract does not have: the widget ignores it. */
  | 'unknown-field'
  /** A field the contract has, with a value the widget cannot use: it leaves the field out. */
  | 'left-out'
  /** A form's department is not in `departments`: shown without the department's contact. */
  | 'unknown-department'
  /** A link that is neither http(s) nor relative: the widget shows no link. */
  | 'bad-url'
  /** A contact's e-mail address that is not one (`name@example,org`). */
  | 'bad-email'
  /** A contact's phone number with characters a number does not have (`303O`): a wrong tel: link. */
  | 'bad-phone'
  /** A contact still holds a sample value of the template (`(01234) 567-0`, `…@stadt.example`). */
  | 'placeholder'
  /** Two entries of one list share an id. */
  | 'duplicate-id'
  /** A second form with an id already used: the search finds only the first (an error). */
  | 'duplicate-form-id'
  /** A second service with an id already used: citizens see it twice, with two statuses (an error). */
  | 'duplicate-service-id'
  /**
   * A second defect category or registry service with an id already used: a citizen who
   * chooses it sends the first one (an error).
   */
  | 'duplicate-choice-id'
  /** An incident names a service id that is not in `services`. */
  | 'unknown-service'
  /** A date-time without a UTC offset (`2026-12-01T09:00:00`): read as a field of the wrong kind. */
  | 'no-offset'
  /** The service list is empty: the widget shows no outage, some views "all in operation". */
  | 'no-services'
  /** No form of the catalogue is valid (or there is none): the widget refuses the catalogue. */
  | 'no-forms'
  /** A service whose status the widget cannot read: shown as "Status unklar" (or left out). */
  | 'unknown-status'
  /** A service's id differs from the id it had in the opened file (`openedId`): the workbench. */
  | 'changed-id';

export interface PayloadProblem {
  /** `error`: the widget shows less than the data means (an entry left out, or the fallback). */
  severity: 'error' | 'warning';
  kind: ProblemKind;
  /** JSON path as the widget's checks write it: `services[1].status`; '' for the whole file. */
  path: string;
  /** The field's key (last path segment). */
  field?: string;
  /** What the widget expected, in the check's words (`text`, `operational | …`, `list`). */
  expected?: string;
  /** The entry the problem belongs to: its name, title or id, else its number. */
  entry?: string;
  /** The value found, as text (for unknown statuses, bad links, duplicate ids). */
  value?: string;
  /** true: the problem is in a list entry, which the widget leaves out; false: in the envelope. */
  inEntry?: boolean;
  /** The widget's own words when it refused the payload (kind `rejected`). */
  detail?: string;
  /** The widget shows the entry with "Status unklar" instead of leaving it out. */
  shownAsUnclear?: boolean;
  /** The id the entry had in the opened file (kind `changed-id`), which pages may refer to. */
  openedId?: string;
}

export interface PayloadReport {
  type: PayloadType;
  /** The payload was Atlassian Statuspage's summary.json, read through the widget's adapter. */
  statuspage?: boolean;
  problems: PayloadProblem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which contract a payload speaks, from its top-level fields; undefined when none fits. */
export function detectPayloadType(raw: unknown): PayloadType | undefined {
  if (!isRecord(raw)) return undefined;
  if (Array.isArray(raw.slots)) return 'slots';
  if (Array.isArray(raw.forms)) return 'forms';
  if (Array.isArray(raw.categories) || 'submit_url' in raw) return 'defects';
  if (isRecord(raw.office)) return 'registry';
  if (Array.isArray(raw.services) || isStatuspageSummary(raw)) return 'status';
  return undefined;
}

/**
 * JSON text as the widgets read it (`null` counts as absent). Throws a {@link JsonTextError}
 * that says where the text breaks and which usual slip it is (`jsonSyntaxText` words it).
 */
export function parseJsonText(text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new JsonTextError(findJsonSyntaxProblem(text), { cause: error });
  }
  return normalizeJson(data);
}

export { JsonTextError };

type Segment = string | number;

function pathSegments(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [part];
    if (match[1]) segments.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

export const joinPath = (base: string, segment: Segment): string =>
  typeof segment === 'number' ? `${base}[${segment}]` : base ? `${base}.${segment}` : segment;

function valueAt(root: unknown, segments: Segment[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<Segment, unknown>)[segment];
  }
  return value;
}

function setAt(root: unknown, segments: Segment[], replacement: unknown): boolean {
  const parent = valueAt(root, segments.slice(0, -1));
  if (!isRecord(parent) && !Array.isArray(parent)) return false;
  (parent as Record<Segment, unknown>)[segments[segments.length - 1]] = replacement;
  return true;
}

/**
 * The checks of src/core/schema.ts throw `TypeError("<path>: <expected> expected")`; this reads
 * the two parts back (test/bin/validate.test.mjs fails if that wording changes).
 */
export function readCheckError(error: unknown): { path: string; expected: string } | undefined {
  if (!(error instanceof TypeError)) return undefined;
  const match = /^(.*): (.+) expected$/s.exec(error.message);
  return match ? { path: match[1] === 'JSON' ? '' : match[1], expected: match[2] } : undefined;
}

/**
 * Values of every kind a field may expect, each one a check accepts: a link, a date-time with an
 * offset, a date, a text, a number, true or false, a list, an object, a position and two positions (the
 * defect reporter's map).
 */
const SAMPLE_VALUES: readonly unknown[] = [
  'https://example.org/',
  '2026-01-01T00:00:00Z',
  '2026-01-01',
  'x',
  0,
  false,
  [],
  {},
  [0, 0],
  [
    [0, 0],
    [0, 0],
  ],
];

/** The values to try in place of a field that failed: its choices first, then every kind. */
function standIns(expected: string): unknown[] {
  const choices = expected.includes(' | ') ? expected.split(' | ') : [];
  // The check's words do not tell `1 | 2` (numbers) from `"1" | "2"` (texts): both are tried.
  const numbers = choices.filter((choice) => choice.trim() !== '').map(Number);
  return [...choices, ...numbers.filter(Number.isFinite), ...SAMPLE_VALUES];
}

/** Where a check failed, and what it expected there. */
type CheckFailure = { path: string; expected: string };

/** The check's failure for `value`, undefined when it passes. Other errors are thrown on. */
function failureOf(check: Check<unknown>, value: unknown, path: string): CheckFailure | undefined {
  try {
    check(value, path);
    return undefined;
  } catch (error) {
    const failure = readCheckError(error);
    if (!failure) throw error;
    return failure;
  }
}

/**
 * `copy` with the field at `segments`, where `failure` is, replaced by the first stand-in the
 * check accepts there (it passes, or fails at another field), and the check's next failure;
 * undefined when no stand-in passes the field.
 */
function repair(
  check: Check<unknown>,
  copy: unknown,
  segments: Segment[],
  path: string,
  failure: CheckFailure,
): { copy: unknown; next: CheckFailure | undefined } | undefined {
  for (const standIn of standIns(failure.expected)) {
    // The whole value failed (an envelope that is no object): the stand-in takes its place.
    const tried = segments.length === 0 ? structuredClone(standIn) : copy;
    if (segments.length > 0 && !setAt(copy, segments, structuredClone(standIn))) return undefined;
    const next = failureOf(check, tried, path);
    if (next?.path !== failure.path) return { copy: tried, next };
  }
  return undefined;
}

/**
 * Every problem `check` finds in `value` (checked at `path`): one per field, not only the first.
 * After each failure the field gets a value the check accepts there, so that checking goes on
 * past it. A field is reported once: one that no stand-in passes ends the search (it would
 * only fail again). A field whose parent was already reported (a missing object) is not
 * reported again.
 */
export function checkAll(
  check: Check<unknown>,
  value: unknown,
  path: string,
): { path: string; expected: string; found: unknown }[] {
  const found: { path: string; expected: string; found: unknown }[] = [];
  // The check runs on a copy: the repairs never touch the caller's data.
  let copy = structuredClone(value);
  const repairedPaths = new Set<string>();
  let failure = failureOf(check, copy, path);
  while (failure && !repairedPaths.has(failure.path)) {
    repairedPaths.add(failure.path);
    const failedPath = failure.path;
    const relative = path ? failedPath.slice(path.length).replace(/^\./, '') : failedPath;
    const segments = relative ? pathSegments(relative) : [];
    const underReported = found.some((problem) => failedPath.startsWith(`${problem.path}.`));
    if (!underReported) found.push({ ...failure, found: valueAt(copy, segments) });
    const repaired = repair(check, copy, segments, path, failure);
    if (!repaired) break;
    ({ copy, next: failure } = repaired);
  }
  return found;
}

/** The entry's name for messages: its name, title or id, else its number (1-based). */
function entryName(entry: unknown, index: number): string {
  if (isRecord(entry)) {
    for (const key of ['name', 'title', 'label', 'id']) {
      const name = entry[key];
      if (typeof name === 'string' && name.trim()) return name.trim();
    }
  }
  return `#${index + 1}`;
}

/** `#3` (an entry without a name) in words: „Eintrag 3“, "entry 3". */
export const isEntryNumber = (entry: string): boolean => /^#\d+$/.test(entry);

const lastKey = (path: string): string | undefined => {
  const segments = pathSegments(path).filter((segment) => typeof segment === 'string');
  return segments[segments.length - 1] as string | undefined;
};

interface ListSpec {
  /** Key of the list in the payload. */
  key: string;
  /** The widget's check of one entry. */
  check: Check<unknown>;
}

interface TypeSpec {
  envelope: Check<unknown>;
  lists: ListSpec[];
  /** The widget's whole parse: it may refuse for reasons beyond the field checks. */
  parse: (raw: unknown) => unknown;
}

const SPECS: Record<PayloadType, TypeSpec> = {
  status: {
    envelope: serviceStatusPayloadSchema,
    lists: [
      { key: 'services', check: serviceSchema },
      { key: 'incidents', check: incidentSchema },
    ],
    parse: (raw) => parseServiceStatus(raw, 'civic'),
  },
  forms: {
    envelope: catalogSchema,
    lists: [
      { key: 'departments', check: departmentSchema },
      { key: 'forms', check: formSchema },
    ],
    parse: parseFormCatalog,
  },
  defects: {
    envelope: defectReporterConfigSchema,
    lists: [{ key: 'categories', check: categorySchema }],
    parse: parseDefectConfig,
  },
  registry: {
    envelope: registryConfigEnvelope,
    lists: [{ key: 'services', check: registryServiceSchema }],
    parse: parseRegistryConfig,
  },
  slots: {
    envelope: slotsEnvelope,
    lists: [{ key: 'slots', check: slotSchema }],
    parse: parseSlots,
  },
};

/** Runs `work` with the widgets' console warnings about skipped entries held back. */
async function quietly<T>(work: () => T | Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}

/**
 * Whether `check` knows the field at `segments` of `root`: a check leaves out both an unknown
 * field and a known one with a value it cannot use (`orLeftOut`, e.g. a link without a host),
 * so the field is tried with a value of each kind.
 */
function knowsField(check: Check<unknown>, root: unknown, segments: Segment[]): boolean {
  // A value of each kind: one of them passes a field the check knows.
  return SAMPLE_VALUES.some((probe) => {
    const copy = structuredClone(root);
    if (!setAt(copy, segments, probe)) return false;
    try {
      return valueAt(check(copy, ''), segments) !== undefined;
    } catch {
      return false;
    }
  });
}

/**
 * Runs `check` on `value`, and notes what each field it left out was expected to be, by path:
 * `orLeftOut` (src/core/schema.ts) says that only on the console, "civic-widgets: <path>:
 * <expected> expected; left out".
 */
function checkNotingLeftOut(
  check: Check<unknown>,
  value: unknown,
  path: string,
): { checked: unknown; expectedAt: Map<string, string> } {
  const expectedAt = new Map<string, string>();
  const warn = console.warn;
  console.warn = (message: unknown) => {
    const leftOut =
      typeof message === 'string'
        ? /^civic-widgets: (.*): (.+) expected; left out$/s.exec(message)
        : null;
    if (leftOut) expectedAt.set(leftOut[1], leftOut[2]);
  };
  try {
    return { checked: check(value, path), expectedAt };
  } finally {
    console.warn = warn;
  }
}

/** The left-out problems with what their field expected (from {@link checkNotingLeftOut}). */
const withExpected = (problems: PayloadProblem[], expectedAt: Map<string, string>) =>
  problems.map((problem) =>
    problem.kind === 'left-out' && expectedAt.has(problem.path)
      ? { ...problem, expected: expectedAt.get(problem.path) }
      : problem,
  );

/**
 * Fields present in `raw` that the check's result does not have: the widget ignores them, as
 * unknown fields or, when `knows` says the contract has them, as unusable values.
 */
function unknownFields(
  raw: unknown,
  checked: unknown,
  path: string,
  entry: string,
  knows: (segments: Segment[]) => boolean,
  segments: Segment[] = [],
) {
  const problems: PayloadProblem[] = [];
  if (Array.isArray(raw) && Array.isArray(checked)) {
    raw.forEach((item, index) =>
      problems.push(
        ...unknownFields(item, checked[index], joinPath(path, index), entry, knows, [
          ...segments,
          index,
        ]),
      ),
    );
  } else if (isRecord(raw) && isRecord(checked)) {
    for (const [key, value] of Object.entries(raw)) {
      const keyPath = joinPath(path, key);
      if (value === undefined) continue;
      if (!(key in checked)) {
        const known = knows([...segments, key]);
        problems.push({
          severity: 'warning',
          kind: known ? 'left-out' : 'unknown-field',
          path: keyPath,
          field: key,
          entry,
          value: known ? (typeof value === 'string' ? value : JSON.stringify(value)) : undefined,
        });
      } else {
        problems.push(
          ...unknownFields(value, checked[key], keyPath, entry, knows, [...segments, key]),
        );
      }
    }
  }
  return problems;
}

/** http(s) or relative: what a link may be; anything else (javascript:, typos) is refused. */
export function isLinkUrl(url: string): boolean {
  const trimmed = url.trim();
  if (!trimmed || /\s/.test(trimmed)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (scheme !== 'http' && scheme !== 'https') return false;
  try {
    return Boolean(new URL(trimmed).hostname);
  } catch {
    return false;
  }
}

/**
 * A link a citizen follows, or an address the widget sends to: https://…, http://… or a path on
 * this site (`/…`). Stricter than {@link isLinkUrl}, which the widgets apply: a browser reads
 * `www.stadt.example/x` as a path relative to the page, and under whichever page shows the
 * widget there is no such page.
 */
export function isWebUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return !/\s/.test(trimmed);
  return /^https?:\/\//i.test(trimmed) && isLinkUrl(trimmed);
}

/** A contact's link: a web address ({@link isWebUrl}), a `mailto:` or a `tel:` link. */
export const isContactUrl = (url: string): boolean =>
  /^(?:mailto|tel):\S/i.test(url.trim()) || isWebUrl(url);

/**
 * The links of each contract outside its lists, each a web address ({@link isWebUrl}): those a
 * citizen follows (`privacy_url`, `status_page`) and those the widget requests or sends to.
 */
const ENVELOPE_LINKS: Partial<Record<PayloadType, string[]>> = {
  defects: ['submit_url', 'privacy_url', 'status_url', 'status_page'],
  registry: ['slots_url', 'booking_url', 'manage_url', 'cancel_url'],
};

/** One address, `name@host.tld`: no spaces, commas or semicolons (`name@example,org` is a typo). */
export const isEmailAddress = (email: string): boolean =>
  /^[^\s@,;:<>()[\]"]+@[^\s@,;:<>()[\]"]+\.[a-z]{2,}$/i.test(email.trim());

/**
 * Digits with the marks a German number is written with: `+49 2324 204-303`, `(02324) 204 303`,
 * `02324/204303`. A letter (an O for a 0) would silently drop out of the tel: link.
 */
export const isPhoneNumber = (phone: string): boolean =>
  /^[\d\s+()/.\u2013-]+$/.test(phone.trim()) && (phone.match(/\d/g)?.length ?? 0) >= 3;

/**
 * A sample value of the template (status-template.ts) and the guide: the number `(01234) 567…`,
 * an address at `stadt.example`. Only those: other example domains are the demo's data.
 */
export function isPlaceholder(key: string, value: string): boolean {
  if (key === 'phone') return value.replace(/\D/g, '').startsWith('01234567');
  const host =
    key === 'email' ? value.split('@')[1] : /^https?:\/\/([^/?#:]+)/i.exec(value.trim())?.[1];
  return host !== undefined && /(?:^|\.)stadt\.example$/i.test(host.trim());
}

/**
 * Typos and template samples in a contact (an alternative, a department, the registry office):
 * each at its field. Errors: a mistyped contact is a dead end for a citizen, often during an
 * outage, when it is the only way left.
 */
export function contactProblems(contact: unknown, path: string, entry?: string): PayloadProblem[] {
  if (!isRecord(contact)) return [];
  const problems: PayloadProblem[] = [];
  const checks = [
    ['phone', isPhoneNumber, 'bad-phone'],
    ['email', isEmailAddress, 'bad-email'],
    ['url', isContactUrl, 'bad-url'],
  ] as const;
  for (const [key, isValid, kind] of checks) {
    const value = contact[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const at = { path: joinPath(path, key), field: key, entry, value };
    if (!isValid(value)) problems.push({ severity: 'error', kind, ...at });
    else if (isPlaceholder(key, value))
      problems.push({ severity: 'warning', kind: 'placeholder', ...at });
  }
  return problems;
}

/**
 * The entries of `list` whose id an entry before them has. A warning, but where a second entry
 * changes what citizens see, the error `asError`: the search indexes one form per id, so the
 * second cannot be found at all; a service listed twice shows twice, perhaps once "In Betrieb"
 * and once "Gestört" (and `<city-services>` gives the other widgets only one of them); a
 * citizen who chooses the second of two categories or registry services sends the first.
 */
function duplicateIds(
  list: unknown[],
  path: string,
  asError?: 'duplicate-form-id' | 'duplicate-service-id' | 'duplicate-choice-id',
): PayloadProblem[] {
  const seen = new Set<string>();
  const problems: PayloadProblem[] = [];
  list.forEach((entry, index) => {
    const id = isRecord(entry) ? entry.id : undefined;
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      problems.push({
        severity: asError ? 'error' : 'warning',
        kind: asError ?? 'duplicate-id',
        path: joinPath(joinPath(path, index), 'id'),
        field: 'id',
        entry: entryName(entry, index),
        value: id,
      });
    }
    seen.add(id);
  });
  return problems;
}

/** What each contract means beyond its field checks: links, references between lists. */
function meaningProblems(type: PayloadType, payload: Record<string, unknown>): PayloadProblem[] {
  const problems: PayloadProblem[] = [];
  const list = (key: string): unknown[] =>
    Array.isArray(payload[key]) ? (payload[key] as unknown[]) : [];
  /** A link at `path` that is no web address (`isValid`): an error, the citizen gets nowhere. */
  const link = (path: string, entry?: string, isValid = isWebUrl) => {
    const value = valueAt(payload, pathSegments(path));
    if (typeof value === 'string' && value.trim() !== '' && !isValid(value)) {
      problems.push({
        severity: 'error',
        kind: 'bad-url',
        path,
        field: lastKey(path),
        entry,
        value,
      });
    }
  };
  for (const path of ENVELOPE_LINKS[type] ?? []) link(path);
  if (type === 'registry' && isRecord(payload.office)) {
    const name = payload.office.name;
    problems.push(
      ...contactProblems(payload.office, 'office', typeof name === 'string' ? name : undefined),
    );
  }
  if (type === 'status') {
    const services = list('services');
    // An error, not a warning: published, an empty list would tell citizens that nothing is
    // wrong, whatever is down (a fresh start, or a load that failed and left nothing).
    if (services.length === 0) {
      problems.push({
        severity: 'error',
        kind: 'no-services',
        path: 'services',
        field: 'services',
      });
    }
    problems.push(...duplicateIds(services, 'services', 'duplicate-service-id'));
    const ids = new Set(services.map((service) => (isRecord(service) ? service.id : undefined)));
    list('incidents').forEach((incident, index) => {
      if (!isRecord(incident) || !Array.isArray(incident.services)) return;
      incident.services.forEach((id, position) => {
        if (typeof id === 'string' && !ids.has(id)) {
          problems.push({
            severity: 'warning',
            kind: 'unknown-service',
            path: `incidents[${index}].services[${position}]`,
            field: 'services',
            entry: entryName(incident, index),
            value: id,
          });
        }
      });
    });
    services.forEach((service, index) => {
      const alternatives =
        isRecord(service) && Array.isArray(service.alternatives) ? service.alternatives : [];
      alternatives.forEach((alternative, position) =>
        problems.push(
          ...contactProblems(
            alternative,
            `services[${index}].alternatives[${position}]`,
            entryName(service, index),
          ),
        ),
      );
    });
  }
  if (type === 'forms') {
    const departments = list('departments');
    // The widget refuses a catalogue without a usable form (its check's error reads as a field
    // check's, so no `rejected` problem says it): said once for the list, beside the entries.
    const isValidForm = (form: unknown) => {
      try {
        formSchema(form);
        return true;
      } catch {
        return false;
      }
    };
    if (Array.isArray(payload.forms) && !payload.forms.some(isValidForm)) {
      problems.push({ severity: 'error', kind: 'no-forms', path: 'forms', field: 'forms' });
    }
    problems.push(
      ...duplicateIds(departments, 'departments'),
      ...duplicateIds(list('forms'), 'forms', 'duplicate-form-id'),
    );
    const known = new Set(
      departments.map((department) => (isRecord(department) ? department.id : undefined)),
    );
    departments.forEach((department, index) =>
      problems.push(
        ...contactProblems(department, `departments[${index}]`, entryName(department, index)),
      ),
    );
    list('forms').forEach((form, index) => {
      link(`forms[${index}].url`, entryName(form, index));
      link(`forms[${index}].online_url`, entryName(form, index));
      const department = isRecord(form) ? form.department : undefined;
      if (
        departments.length > 0 &&
        typeof department === 'string' &&
        department &&
        !known.has(department)
      ) {
        problems.push({
          severity: 'warning',
          kind: 'unknown-department',
          path: `forms[${index}].department`,
          field: 'department',
          entry: entryName(form, index),
          value: department,
        });
      }
    });
  }
  if (type === 'defects' || type === 'registry') {
    const key = type === 'defects' ? 'categories' : 'services';
    problems.push(...duplicateIds(list(key), key, 'duplicate-choice-id'));
  }
  return problems;
}

/**
 * Every problem of a payload for the widget of `type` (detected when omitted; undefined when
 * the payload matches no contract). Errors: the widget would show less than the data means (an
 * entry left out, or its fallback instead of the data). Warnings: what it silently ignores.
 */
export function checkPayload(
  raw: unknown,
  type: PayloadType | undefined = detectPayloadType(raw),
): Promise<PayloadReport | undefined> {
  // The widgets' checks warn on the console about what they skip; here that is the report.
  return quietly(() => (type ? checkAs(raw, type) : undefined));
}

/** A date-time as written without its offset (`2026-12-01T09:00:00`): the most common slip. */
export const lacksOffset = (value: unknown): boolean =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(value.trim());

/** A field check's failure as a problem: missing, without an offset, or of the wrong kind. */
function failureProblem(
  failure: { path: string; expected: string; found: unknown },
  where: { entry?: string; inEntry: boolean },
): PayloadProblem {
  // The kinds a closer check names too (meaningProblems): said once, in its words.
  const kind =
    failure.found === undefined
      ? 'missing'
      : failure.expected.startsWith('date-time') && lacksOffset(failure.found)
        ? 'no-offset'
        : failure.expected.startsWith('URL') && typeof failure.found === 'string'
          ? 'bad-url'
          : 'wrong';
  return {
    severity: 'error',
    kind,
    path: failure.path,
    field: lastKey(failure.path),
    expected: failure.expected,
    ...where,
    value: typeof failure.found === 'string' ? failure.found : undefined,
  };
}

/**
 * One problem per path, the editor is told each thing once: an error before a warning there,
 * otherwise the first (a left-out field that a closer check names, such as a link without
 * https://, is said by that check).
 */
function onePerPath(problems: PayloadProblem[]): PayloadProblem[] {
  const kept = new Map<string, PayloadProblem>();
  for (const problem of problems) {
    const before = kept.get(problem.path);
    const replaces =
      before !== undefined &&
      ((before.severity === 'warning' && problem.severity === 'error') ||
        (before.kind === 'left-out' && problem.kind !== 'left-out'));
    if (before === undefined || replaces) kept.set(problem.path, problem);
  }
  return problems.filter((problem) => kept.get(problem.path) === problem);
}

async function checkAs(raw: unknown, type: PayloadType): Promise<PayloadReport> {
  const statuspage = type === 'status' && isStatuspageSummary(raw);
  const payload = statuspage ? fromStatuspage(raw) : raw;
  const spec = SPECS[type];
  const problems: PayloadProblem[] = [];
  const envelopeProblems = checkAll(spec.envelope, payload, '').map((failure) =>
    failureProblem(failure, { inEntry: false }),
  );
  problems.push(...envelopeProblems);
  if (!isRecord(payload)) return { type, statuspage, problems };

  for (const { key, check } of spec.lists) {
    const list = payload[key];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      const entryPath = `${key}[${index}]`;
      const name = entryName(entry, index);
      const failures = checkAll(check, entry, entryPath);
      problems.push(
        ...failures.map((failure) => failureProblem(failure, { entry: name, inEntry: true })),
      );
      if (failures.length === 0) {
        const { checked, expectedAt } = checkNotingLeftOut(check, entry, entryPath);
        problems.push(
          ...withExpected(
            unknownFields(entry, checked, entryPath, name, (segments) =>
              knowsField(check, entry, segments),
            ),
            expectedAt,
          ),
        );
        // A status check may read an unknown status as "unknown" ("Status unklar") instead of
        // refusing the entry: for the editor that is as wrong as a refused entry.
        const status =
          key === 'services' && type === 'status' && isRecord(checked) ? checked.status : undefined;
        if (status !== undefined && !(SERVICE_STATUSES as readonly unknown[]).includes(status)) {
          const written = isRecord(entry) ? entry.status : undefined;
          problems.push({
            severity: 'error',
            kind: written === undefined ? 'missing' : 'unknown-status',
            path: `${entryPath}.status`,
            field: 'status',
            entry: name,
            value: typeof written === 'string' ? written : JSON.stringify(written),
            shownAsUnclear: true,
          });
        }
      }
    });
  }
  if (envelopeProblems.length === 0) {
    const { checked: envelope, expectedAt } = checkNotingLeftOut(spec.envelope, payload, '');
    // The fields beside the lists, known or not: a known one with a value the check cannot use
    // (a date as `01.12.2026`) is said as such, not as an unknown field.
    const listKeys = new Set(spec.lists.map((list) => list.key));
    const beside = Object.fromEntries(
      Object.entries(payload).filter(([key]) => !listKeys.has(key)),
    );
    problems.push(
      ...withExpected(
        unknownFields(beside, envelope, '', '', (segments) =>
          knowsField(spec.envelope, payload, segments),
        ),
        expectedAt,
      ),
    );
    try {
      await spec.parse(payload);
    } catch (error) {
      if (!readCheckError(error)) {
        problems.push({
          severity: 'error',
          kind: 'rejected',
          path: '',
          detail: error instanceof Error ? error.message : String(error),
          inEntry: false,
        });
      }
    }
  }
  problems.push(...meaningProblems(type, payload));
  return { type, statuspage, problems: onePerPath(problems) };
}

export const hasErrors = (report: PayloadReport): boolean =>
  report.problems.some((problem) => problem.severity === 'error');

export { SERVICE_STATUSES };
