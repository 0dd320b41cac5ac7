// What the mock's routes share: their fixtures, the markup of the `?variant=xss` payloads, and
// state kept per test run (tests in Chromium and Firefox use one server at once, each with its
// own `?run=`).
import { readFileSync } from 'node:fs';

/** A fresh copy of `demo/mock/fixtures/<name>.json` (routes change it per request). */
export const fixture = (name) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

/** Markup that runs script if a widget ever renders endpoint text as HTML (`?variant=xss`). */
export const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';

/**
 * State per test run: `stateOf(run)` is the state of `?run=` (the demo's without one), made by
 * `create()` on first use. The oldest run is dropped after 2,000, so a long demo session stays small.
 */
export function runStates(create) {
  const runs = new Map();
  return (run) => {
    const id = run || 'demo';
    let state = runs.get(id);
    if (!state) {
      if (runs.size > 2000) runs.delete(runs.keys().next().value);
      state = create();
      runs.set(id, state);
    }
    return state;
  };
}
