// Size budget: bundles each element alone (Lit and every shared module included, as a page
// that loads only that element would pay) and gzips it. Two numbers per element:
// - initial: the entry and every chunk it imports statically (what a page loads at once);
// - complete: initial plus every chunk the element can load later on a German page (later
//   steps, sending, photos), all but the optional map (Leaflet) and the English strings, which
//   are reported apart. Where an element speaks one of several APIs (its `api` attribute), each
//   API's code is a chunk of its own and a page loads one of them: the complete number counts
//   the largest. The budget applies to the complete number.
// Exits 1 when a ceiling is passed. `--json` prints the rows for the benchmark table.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { elementEntries, onwarn, plugins } from '../rollup.config.js';

/** The goal per element: KB gzip (1 KB = 1024 bytes) for the complete element, Lit included. */
export const BUDGETS = {
  'service-status': 20,
  'form-finder': 25,
  'defect-reporter': 25,
  'registry-booking': 25,
};

/**
 * What CI enforces where the goal is not met yet: the size measured when the ceiling was set,
 * so the element cannot grow while it is brought down to its goal. (None at present.)
 */
export const CEILINGS = {};

/** Chunks reported apart: the map and the English strings. */
const APART = [/node_modules\/leaflet\//, /location-map\.ts$/, /-messages-en\.ts$/];
/**
 * Chunks a page loads one of: the code of each API an element can speak (chosen by its `api`
 * attribute). Two elements with different APIs on one page would load both; that page is not
 * the budget's case.
 */
const ALTERNATIVES = {
  'defect-reporter': [/civic-api\.ts$/, /open311\.ts$/],
};

const isApart = (chunk) => Object.keys(chunk.modules).some((id) => APART.some((re) => re.test(id)));

async function bundleAlone(input, alternatives = []) {
  const bundle = await rollup({ input, plugins: plugins(), onwarn, treeshake: true });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = [...chunks.values()].find((c) => c.isEntry);
  const eager = new Set();
  const visit = (c) => {
    if (eager.has(c.fileName)) return;
    eager.add(c.fileName);
    for (const dep of c.imports) visit(chunks.get(dep));
  };
  visit(entry);
  // Each chunk travels gzipped on its own: sizes add up per file.
  const gz = (names) =>
    names.reduce((sum, n) => sum + gzipSync(chunks.get(n).code, { level: 9 }).length, 0);
  const later = [...chunks.keys()].filter((n) => !eager.has(n));
  const initial = gz([...eager]);
  const alternative = (n) =>
    alternatives.findIndex((re) => Object.keys(chunks.get(n).modules).some((id) => re.test(id)));
  const always = later.filter((n) => !isApart(chunks.get(n)) && alternative(n) < 0);
  const largest = Math.max(
    0,
    ...alternatives.map((_, i) => gz(later.filter((n) => alternative(n) === i))),
  );
  return {
    initial,
    complete: initial + gz(always) + largest,
    apart: gz(later.filter((n) => isApart(chunks.get(n)))),
  };
}

export async function measureSizes() {
  const rows = [];
  for (const [tag, input] of Object.entries(elementEntries)) {
    rows.push({
      name: `<${tag}> alone`,
      ...(await bundleAlone(input, ALTERNATIVES[tag])),
      budget: BUDGETS[tag],
      ceiling: CEILINGS[tag] ?? BUDGETS[tag],
    });
  }
  if (existsSync('dist/civic-widgets.js')) {
    const all = gzipSync(readFileSync('dist/civic-widgets.js'), { level: 9 }).length;
    rows.push({ name: 'dist/civic-widgets.js (all)', initial: all, complete: all, apart: 0 });
  }
  return rows;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureSizes();
  let failed = false;
  console.log(
    '| bundle | initial KB | complete KB | map, English KB | goal KB | |\n| --- | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of rows) {
    const over = r.ceiling !== undefined && r.complete > r.ceiling * 1024;
    failed ||= over;
    const verdict =
      r.budget === undefined
        ? ''
        : over
          ? `OVER ${r.ceiling} KB`
          : r.complete > r.budget * 1024
            ? `goal not met (CI ceiling ${r.ceiling} KB)`
            : 'ok';
    console.log(
      `| ${r.name} | ${kb(r.initial)} | ${kb(r.complete)} (${r.complete} B) | ${r.apart ? kb(r.apart) : '–'} | ${r.budget ?? '–'} | ${verdict} |`,
    );
  }
  if (failed) {
    console.error('Size budget exceeded.');
    process.exit(1);
  }
}
