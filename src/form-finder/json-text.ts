/**
 * An endpoint's JSON text made data as `requestJson` (src/core/http.ts) makes it, for the
 * answers `<form-finder>` asks for undecoded (`asBlob`) and parses itself, in its catalogue
 * worker or, where none starts, on the page. Written here, not shared with http.ts: every
 * element loads http.ts, and only the form finder needs this. test/form-finder/json-text.test.ts
 * holds the two to the same data for the same answers.
 */
import { normalizeJson } from '../core/normalize-json.js';

/**
 * `text` parsed and normalised ({@link normalizeJson}); undefined when it is empty (or only
 * white space), as requestJson reads an empty answer. Throws a SyntaxError when it is not JSON.
 */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') return undefined;
  const data: unknown = JSON.parse(text);
  // Most answers have nothing to normalise (no null, no surrogate, raw or escaped): the text
  // says so faster than a copy of the parsed data (10,000 forms: 5 ms against 40).
  return /null|[\ud800-\udfff]|\\ud[89a-f]/i.test(text) ? normalizeJson(data) : data;
}
