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

const is =
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

/** The schemes a URL field takes unless it names others: web addresses only. */
export const WEB_SCHEMES: readonly string[] = ['http:', 'https:'];

/**
 * A URL field of a configuration (`slots_url`, `booking_url`, a link): text the browser can parse
 * with `new URL(value, document.baseURI)` (relative URLs resolve against the page) whose scheme is
 * one of `schemes` (default http and https; pass e.g. `[...WEB_SCHEMES, 'mailto:', 'tel:']` where
 * a field wants them). Returns the text as written. Checked when the data arrives, so that
 * `"https://"` or `"http://["` refuses the configuration with the field's name instead of
 * failing later in a click handler, and a `javascript:` URL is never requested or linked.
 */
export const urlField =
  (schemes: readonly string[] = WEB_SCHEMES): Check<string> =>
  (value, path) => {
    const expected = `URL (${schemes.map((scheme) => scheme.replace(':', '')).join(', ')})`;
    if (typeof value != 'string' || value.trim() == '') return fail(path, expected);
    let parsed: URL;
    try {
      parsed = new URL(value, globalThis.document?.baseURI);
    } catch {
      return fail(path, expected);
    }
    return schemes.includes(parsed.protocol) ? value : fail(path, expected);
  };

/** One of the given strings. */
export const oneOf = <const T extends string>(values: readonly T[]): Check<T> =>
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
