// Size budget: bundles each element alone (Lit, zod and every shared module included, as a
// page that loads only that element would pay) and gzips it. Exits 1 when a budget is passed.
// `--json` prints the rows for the benchmark table.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { elementEntries, onwarn, plugins } from '../rollup.config.js';

/** KB gzip (1 KB = 1024 bytes), Lit included. */
export const BUDGETS = {
  'service-status': 20,
  'form-finder': 25,
  'defect-reporter': 25,
  'registry-booking': 25,
};

async function bundleAlone(input) {
  const bundle = await rollup({ input, plugins: plugins(), onwarn, treeshake: true });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
  await bundle.close();
  // What loading the element costs: its entry and every chunk it imports statically. Chunks
  // reached only by dynamic import (a map, a language file) are reported apart.
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = [...chunks.values()].find((c) => c.isEntry);
  const eager = new Set();
  const visit = (c) => {
    if (eager.has(c.fileName)) return;
    eager.add(c.fileName);
    for (const dep of c.imports) visit(chunks.get(dep));
  };
  visit(entry);
  const gz = (names) =>
    gzipSync(names.map((n) => chunks.get(n).code).join('\n'), { level: 9 }).length;
  return {
    entry: gz([...eager]),
    lazy: [...chunks.keys()].filter((n) => !eager.has(n)).reduce((sum, n) => sum + gz([n]), 0),
  };
}

export async function measureSizes() {
  const rows = [];
  for (const [tag, input] of Object.entries(elementEntries)) {
    const { entry, lazy } = await bundleAlone(input);
    rows.push({ name: `<${tag}> alone`, gzip: entry, lazy, budget: BUDGETS[tag] });
  }
  if (existsSync('dist/civic-widgets.js')) {
    rows.push({
      name: 'dist/civic-widgets.js (all)',
      gzip: gzipSync(readFileSync('dist/civic-widgets.js'), { level: 9 }).length,
      lazy: 0,
    });
  }
  return rows;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureSizes();
  let failed = false;
  console.log('| bundle | gzip KB | lazy chunks KB | budget KB | |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    const over = r.budget !== undefined && r.gzip > r.budget * 1024;
    failed ||= over;
    console.log(
      `| ${r.name} | ${kb(r.gzip)} (${r.gzip} B) | ${r.lazy ? kb(r.lazy) : '–'} | ${r.budget ?? '–'} | ${r.budget === undefined ? '' : over ? 'OVER BUDGET' : 'ok'} |`,
    );
  }
  if (failed) {
    console.error('Size budget exceeded.');
    process.exit(1);
  }
}
