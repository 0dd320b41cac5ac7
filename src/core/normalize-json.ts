/**
 * The one normalisation every piece of data goes through when it enters a widget: the
 * endpoint's JSON, the inline `<script type="application/json">`, the `data` property, the
 * last good copy read back from storage, and every JSON answer to a send. What comes out is
 * what the widget's checks (src/core/schema.ts) see, whichever way the data came.
 */

// A surrogate pair, or a lone surrogate (the second alternative only matches what the first
// did not). Without the `u` flag the pattern works on UTF-16 code units, which is the point.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/**
 * The text with every lone UTF-16 surrogate replaced by U+FFFD (the replacement character),
 * as the platform's `String.prototype.toWellFormed` does. A lone surrogate is valid in a JS
 * string and in JSON (`"\ud800"`) but not in UTF-8: `encodeURIComponent` throws a URIError on
 * it, so one such character in a form title once froze a widget while it built a mailto.
 * Written out because `toWellFormed` is ES2024 (Safari 16.4, Firefox 119), newer than the
 * browsers this library supports.
 */
export function wellFormed(text: string): string {
  return text.replace(SURROGATES, (unit) => (unit.length === 2 ? unit : '\uFFFD'));
}

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * A copy of JSON-like data as the widgets read it:
 * - `null` is "not given": an object field with `null` is left out, a `null` list entry is
 *   dropped (JSON APIs such as Statuspage send `"description": null`, `"incidents": null`);
 *   every schema then has one way to say "optional".
 * - every text (values and field names) is well-formed ({@link wellFormed}).
 * Other values (numbers, booleans, and objects that are not plain, e.g. a Date or a Blob in
 * the `data` property) are kept as they are. The input is never changed.
 */
export function normalizeJson(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) {
    return value.filter((entry) => entry !== null).map((entry) => normalizeJson(entry));
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    // Own fields made as such (not assigned): a field named "__proto__" (JSON.parse makes it
    // an own field) assigned to a copy would set the copy's prototype instead.
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, field]) => field !== null)
        .map(([key, field]) => [wellFormed(key), normalizeJson(field)]),
    );
  }
  return value;
}

/**
 * An endpoint's JSON text as data: parsed and, unless `normalize` is false, normalised
 * ({@link normalizeJson}); undefined when it is empty (or only white space). Throws a
 * SyntaxError when it is not JSON. `requestJson` (http.ts) reads every answer with it, and
 * `<form-finder>`'s catalogue worker the answers it asked for undecoded (`asBlob`).
 */
export function parseJsonText(text: string, normalize = true): unknown {
  if (text.trim() === '') return undefined;
  const data: unknown = JSON.parse(text);
  // Most answers have nothing to normalise (no null, no surrogate, raw or escaped): the text
  // says so faster than a copy of the parsed data (10,000 forms: 5 ms against 40).
  return normalize && /null|[\ud800-\udfff]|\\ud[89a-f]/i.test(text) ? normalizeJson(data) : data;
}
