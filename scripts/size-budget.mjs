// Size budget: bundles each element alone (Lit and every shared module included, as a page
// that loads only that element would pay) and gzips it. Two numbers per element, each with its
// own limit (the size policy in docs/architecture.md):
// - initial: the entry and every chunk it imports statically (what a page loads at once);
//   at most 25 KB (`<service-status>`: 20 KB);
// - complete: initial plus every chunk the element can load later on a German page speaking
//   the library's own contract (later steps, sending, photos); at most 32 KB; and none of
//   that may hold an optional module (below), which that path would load for nothing.
// Optional chunks are reported apart and count towards neither: the map (Leaflet), the English
// strings, and the adapters of APIs other than the library's own (`api="open311"`, `api="zms"`).
// The autoloader, dist/civic-widgets.js (the script tag editors paste), has its own limit:
// 2 KB. Exits 1 when a limit is passed, or when dist/ is not built.
// `--chunks <tag>` lists that element's chunks instead: gzip bytes, how each counts (initial,
// complete, apart) and the modules in it.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import {
  elementEntries,
  experimentalMinChunkSize,
  onLog,
  onwarn,
  plugins,
  preserveEntrySignatures,
  workerEntries,
} from '../rollup.config.js';

/** Limits per element, KB gzip (1 KB = 1024 bytes), Lit included. */
export const BUDGETS = {
  'service-status': { initial: 20, complete: 32 },
  'form-finder': { initial: 25, complete: 32 },
  'defect-reporter': { initial: 25, complete: 32 },
  'registry-booking': { initial: 25, complete: 32 },
  'report-status': { initial: 25, complete: 32 },
};

/**
 * Optional chunks, reported apart: the map, the English strings, and the adapters of APIs other
 * than the library's own contract (a page that speaks Open311 or ZMS loads that one instead).
 */
const APART = [
  /node_modules\/leaflet\//,
  /location-map\.ts$/,
  /-messages-en\.ts$/,
  /-messages\.en\.json$/, // the English table the -en.ts module types
  /open311[^/]*\.(?:ts|json)$/,
  /zms[^/]*\.(?:ts|json)$/, // with their strings (zms-captcha-messages.de.json)
  // The proof of work of the ZMS captcha (zms-captcha.ts), which nothing else imports.
  /node_modules\/altcha-lib\//,
];

/**
 * Module workers an element starts (by URL, so no import leads to them): bundled with the
 * element and counted in its complete size, beside the chunks it loads later.
 */
const WORKERS = { 'form-finder': [workerEntries['form-catalog-worker']] };

/**
 * A chunk counts apart only when every module in it is an optional one: a chunk that mixes an
 * optional module with code the library's own contract runs too (rollup puts modules that two
 * lazy imports share into one chunk) is loaded on that path as well, so it counts in full.
 */
const isOptional = (id) => APART.some((pattern) => pattern.test(id));
const isApart = (chunk) => Object.keys(chunk.modules).every(isOptional);

async function bundleAlone(input, workers = []) {
  // As dist/ is built: the element's code in its entry file, no facade in front of it.
  const bundle = await rollup({
    input: [input, ...workers],
    plugins: plugins(),
    onLog,
    onwarn,
    treeshake: true,
    preserveEntrySignatures,
  });
  const { output } = await bundle.generate({
    format: 'es',
    inlineDynamicImports: false,
    experimentalMinChunkSize,
  });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = [...chunks.values()].find((c) => c.isEntry && c.facadeModuleId?.endsWith(input));
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
  const always = later.filter((n) => !isApart(chunks.get(n)));
  const counted = (name) =>
    eager.has(name) ? 'initial' : always.includes(name) ? 'complete' : 'apart';
  // What the own contract loads must hold no optional code (an adapter of another API, the
  // map, English strings): it would be loaded on every page that never uses it.
  const optionalOnOwnPath = [...eager, ...always].flatMap((name) =>
    Object.keys(chunks.get(name).modules)
      .filter(isOptional)
      .map((id) => relative(process.cwd(), id)),
  );
  return {
    initial,
    optionalOnOwnPath,
    complete: initial + gz(always),
    apart: gz(later.filter((n) => isApart(chunks.get(n)))),
    chunks: [...chunks.keys()].map((name) => ({
      name,
      bytes: gz([name]),
      counted: counted(name),
      modules: Object.keys(chunks.get(name).modules).map((id) => relative(process.cwd(), id)),
    })),
  };
}

/** The autoloader: what every page loads before it knows which elements it needs. */
const AUTOLOADER = 'dist/civic-widgets.js';
const AUTOLOADER_BUDGET_KB = 2;

export async function measureSizes() {
  if (!existsSync(AUTOLOADER))
    throw new Error(`${AUTOLOADER} is missing: run npm run build first.`);
  const autoloader = gzipSync(readFileSync(AUTOLOADER), { level: 9 }).length;
  const rows = [
    {
      name: `${AUTOLOADER} (autoloader)`,
      initial: autoloader,
      complete: autoloader,
      apart: 0,
      budget: { initial: AUTOLOADER_BUDGET_KB, complete: AUTOLOADER_BUDGET_KB },
    },
  ];
  for (const [tag, input] of Object.entries(elementEntries)) {
    rows.push({
      name: `<${tag}> alone`,
      ...(await bundleAlone(input, WORKERS[tag])),
      budget: BUDGETS[tag],
    });
  }
  if (existsSync('dist/civic-widgets.bundle.js')) {
    const all = gzipSync(readFileSync('dist/civic-widgets.bundle.js'), { level: 9 }).length;
    rows.push({
      name: 'dist/civic-widgets.bundle.js (all, fallback)',
      initial: all,
      complete: all,
      apart: 0,
    });
  }
  return rows;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

const chunksOf = process.argv.indexOf('--chunks');
if (import.meta.url === `file://${process.argv[1]}` && chunksOf > 0) {
  const tag = process.argv[chunksOf + 1];
  const { chunks } = await bundleAlone(elementEntries[tag], WORKERS[tag]);
  for (const chunk of chunks) {
    console.log(`${chunk.bytes} B\t${chunk.counted}\t${chunk.name}\n\t${chunk.modules.join(' ')}`);
  }
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureSizes();
  let failed = false;
  console.log(
    '| bundle | initial KB (limit) | complete KB (limit) | optional chunks KB | |\n| --- | ---: | ---: | ---: | --- |',
  );
  for (const r of rows) {
    const over = [];
    if (r.budget && r.initial > r.budget.initial * 1024)
      over.push(`initial over ${r.budget.initial} KB`);
    if (r.budget && r.complete > r.budget.complete * 1024)
      over.push(`complete over ${r.budget.complete} KB`);
    if (r.optionalOnOwnPath?.length)
      over.push(`optional code on the own contract's path: ${r.optionalOnOwnPath.join(', ')}`);
    failed ||= over.length > 0;
    const verdict = r.budget === undefined ? '' : over.length ? `OVER: ${over.join(', ')}` : 'ok';
    const limit = (key) => (r.budget ? ` (${r.budget[key]})` : '');
    console.log(
      `| ${r.name} | ${kb(r.initial)}${limit('initial')} | ${kb(r.complete)}${limit('complete')} (${r.complete} B) | ${r.apart ? kb(r.apart) : '–'} | ${verdict} |`,
    );
  }
  if (failed) {
    console.error('Size budget exceeded.');
    process.exit(1);
  }
}
