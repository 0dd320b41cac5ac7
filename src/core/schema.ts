/**
 * Run-time validation of endpoint JSON: typed checks that compose like zod's schemas.
 *
 * Written here instead of running zod in the browser: zod/mini's parser is 5.3 KB gzip, and
 * each widget has 25 KB gzip for everything, Lit included (measured in docs/benchmarks.md).
 * These checks are about 0.5 KB. zod stays the contract: each widget's `-contract.ts` holds the
 * complete zod schemas that generate the JSON Schemas in docs/schemas/, and
 * test/core/schema-contracts.test.ts checks that widget and contract accept and reject the same
 * payloads.
 */

/**
 * Returns the value typed when it has the shape; otherwise throws a TypeError that says where
 * and what was expected (the endpoint controller reports it as an `EndpointError` of kind
 * `schema`).
 */
export type Check<T> = (value: unknown, path?: string) => T;
export type Infer<C> = C extends Check<infer T> ? T : never;

const fail = (path: string | undefined, expected: string): never => {
  throw new TypeError(`${path || 'JSON'}: ${expected} expected`);
};

/** A check from a test and the words for what it expects. */
export const is =
  <T>(test: (value: unknown) => boolean, expected: string): Check<T> =>
  (value, path) =>
    test(value) ? (value as T) : fail(path, expected);

export const string = is<string>((value) => typeof value === 'string', 'text');
/** A text that is not empty. */
export const text = is<string>(
  (value) => typeof value === 'string' && value !== '',
  'non-empty text',
);
/** A finite number (JSON has no other). */
export const number = is<number>(Number.isFinite, 'number');
/** A finite number, zero or more. */
export const nonNegative = is<number>(
  (value) => Number.isFinite(value) && (value as number) >= 0,
  'number >= 0',
);
export const boolean = is<boolean>((value) => typeof value === 'boolean', 'true or false');
export const unknown: Check<unknown> = (value) => value;

/**
 * The text of a URL field (ECMAScript, as JSON Schema's `pattern`; the contracts' JSON Schemas
 * carry these very patterns, see src/core/contract-fields.ts): `http://` or `https://` with a
 * host (`https://` alone is no address, `http://[` none either) and after it a path, query or
 * fragment, or a path relative to the page (no scheme of its own). Schemes in lower case; no
 * white space or control character before the URL, no tab or line break in it: the URL parser
 * drops them, and `"\u0001javascript:…"` or `java\tscript:` would be `javascript:`. After the
 * host only `/`, `?` or `#`, so that host and path cannot take the same letters: a pattern where
 * they could backtracks, and a long address took seconds to refuse.
 */
export const WEB_URL =
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  /^(?:https?:\/\/[^\s/?#\\@[\]]+(?:[/?#][^\t\n\r]*)?|(?![a-zA-Z][\w+.-]*:)[^\x00-\x20][^\t\n\r]*)$/u;
/** {@link WEB_URL}, or a `mailto:` or `tel:` link: for links a citizen follows. */
export const LINK_URL =
  // eslint-disable-next-line no-control-regex -- as WEB_URL
  /^(?:(?:mailto|tel):\S[^\t\n\r]*|https?:\/\/[^\s/?#\\@[\]]+(?:[/?#][^\t\n\r]*)?|(?![a-zA-Z][\w+.-]*:)[^\x00-\x20][^\t\n\r]*)$/u;

/**
 * A URL field of a configuration (`slots_url`, `booking_url`, a link): text that matches
 * `pattern` ({@link WEB_URL}; {@link linkField} for fields that take mailto and tel links),
 * exactly what the field's JSON Schema says. Returns the text as written. Checked when the
 * data arrives, so that `"https://"` or `"http://["` refuses the configuration with the
 * field's name instead of failing later in a click handler, and a `javascript:` URL is never
 * requested or linked.
 */
export const urlField = (pattern = WEB_URL, expected = 'URL (http, https)'): Check<string> =>
  is<string>((value) => typeof value == 'string' && pattern.test(value), expected);

/** A link a citizen follows: {@link LINK_URL}. */
export const linkField = (): Check<string> => urlField(LINK_URL, 'URL (http, https, mailto, tel)');

/** One of the given strings (or numbers). */
export const oneOf = <const T extends string | number>(values: readonly T[]): Check<T> =>
  is<T>((value) => values.includes(value as T), values.join(' | '));

/** `undefined` (absent, or `null`: src/core/normalize-json.ts reads it as absent) or what `check` accepts. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path) =>
    value === undefined ? value : check(value, path);

export const array =
  <T>(item: Check<T>): Check<T[]> =>
  (value, path = '') =>
    Array.isArray(value)
      ? value.map((entry, i) => item(entry, `${path}[${i}]`))
      : fail(path, 'list');

/**
 * RFC 3339 date-time with seconds and an offset (`Z` or `±HH:MM`), as JSON Schema's
 * `format: date-time` has it; the contracts' schemas carry the same pattern. A time without an
 * offset would be read in the device's time zone, so it is refused, not guessed.
 */
export const DATE_TIME_PATTERN =
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d' +
  '(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$';
const dateTimeExpression = /* @__PURE__ */ new RegExp(DATE_TIME_PATTERN);

/** A calendar date, `YYYY-MM-DD` (JSON Schema's `format: date`). */
export const DATE_PATTERN = '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$';
const dateExpression = /* @__PURE__ */ new RegExp(DATE_PATTERN);

/** Is the `YYYY-MM-DD` at the start a day of the calendar (engines roll 30 February over)? */
function isCalendarDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

// Date.parse reads at most milliseconds in every engine: cut longer fractions first.
const isRealTime = (value: string) =>
  isCalendarDay(value) && Number.isFinite(Date.parse(value.replace(/(\.\d{3})\d+/, '$1')));

/** Is `value` a date-time with an offset ({@link DATE_TIME_PATTERN}) that names a real instant? */
export const isDateTime = (value: unknown): value is string =>
  typeof value == 'string' && dateTimeExpression.test(value) && isRealTime(value);

/** A date-time with an offset ({@link DATE_TIME_PATTERN}) that names a real instant. */
export const dateTime = is<string>(isDateTime, 'date-time with offset (2023-10-30T09:15:00+01:00)');

/** A calendar date ({@link DATE_PATTERN}) that exists. */
export const date = is<string>(
  (value) =>
    typeof value == 'string' && dateExpression.test(value) && isRealTime(`${value}T00:00:00Z`),
  'date (2023-10-30)',
);

/**
 * What `check` accepts, or left out with a console warning naming the field: for a field the
 * widget can do without (a link, a date shown for information), so that one bad value does
 * not cost the whole entry.
 */
export const orLeftOut =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path) => {
    if (value === undefined) return undefined;
    try {
      return check(value, path);
    } catch (error) {
      console.warn(`civic-widgets: ${(error as Error).message}; left out`);
      return undefined;
    }
  };

/**
 * The channels of a `Contact` (core/contact.ts) in its order, as every endpoint that
 * carries one (a department, an office, a way round an outage) writes them: each optional;
 * a link that is not http(s), mailto or tel is left out, so the others still show.
 */
export const contactChannels = {
  phone: optional(string),
  email: optional(string),
  hours: optional(string),
  url: orLeftOut(linkField()),
};

type Fields = Record<string, Check<unknown>>;
type Flat<T> = { [K in keyof T]: T[K] };
type ObjectOf<S extends Fields> = Flat<
  { [K in keyof S as undefined extends Infer<S[K]> ? K : never]?: Infer<S[K]> } & {
    [K in keyof S as undefined extends Infer<S[K]> ? never : K]: Infer<S[K]>;
  }
>;

/** An object with these fields; unknown fields are left out (as zod's `object` does). */
export const object =
  <S extends Fields>(fields: S): Check<ObjectOf<S>> =>
  (value, path) => {
    if (!value || typeof value != 'object' || Array.isArray(value)) fail(path, 'object');
    const out: Record<string, unknown> = {};
    for (const key in fields) {
      const field = fields[key](
        (value as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      );
      if (field !== undefined) out[key] = field;
    }
    return out as ObjectOf<S>;
  };

/**
 * Keeps the entries of a list that pass and warns about the others, so that one broken entry
 * from a CMS does not take the whole widget down.
 */
export function validEntries<T>(items: readonly unknown[], check: Check<T>, what: string): T[] {
  return items.flatMap((item, index) => {
    try {
      // The entry's path (`service #2`) lets a check's error or warning name the field.
      return [check(item, `${what} #${index}`)];
    } catch (error) {
      console.warn(`civic-widgets: ${what} #${index} skipped`, error);
      return [];
    }
  });
}
