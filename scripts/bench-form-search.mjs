#!/usr/bin/env node
// Benchmark of the <form-finder> search in headless Chromium: FormSearchIndex (catalog-index +
// German normalisation) against Fuse.js on a generated catalogue of 10,000 German forms and
// a labelled query set (scripts/bench/form-search-corpus.mjs).
//
//   node scripts/bench-form-search.mjs          prints a markdown table
//   node scripts/bench-form-search.mjs --no-fuse  FormSearchIndex only (quick)
//   import { runFormSearchBench } from …        resolves to the table rows
//
// The page is served by @web/dev-server (esbuild for the TypeScript) with COOP/COEP headers,
// so the page is cross-origin isolated and performance.now() has a fine resolution.
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { freePort } from './free-port.mjs';
import { launchChromium } from './launch-chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGE = '/scripts/bench/form-search-bench.html';

export const TARGETS = { buildMs: 100, queryP95Ms: 5, top3: 0.95 };

/**
 * Runs the benchmark in headless Chromium and resolves to one row per engine: `engine`,
 * `buildColdMs`, `buildWarmMs`, `buildMinMs`, `queryP50Ms`, `queryP95Ms`, `keystrokeP95Ms`,
 * `top1`, `top3` (0–1), `top3ByKind` (see scripts/bench/form-search-bench.ts).
 * @param {{ fuse?: boolean, log?: (message: string) => void }} [options] `fuse: false` skips Fuse.js
 * @returns {Promise<Array<Record<string, any>>>}
 */
export async function runFormSearchBench(options = {}) {
  return (await runInBrowser(options)).rows;
}

/** The whole result: rows, catalogue statistics, browser, machine load. */
async function runInBrowser({ fuse = true, log = () => {} } = {}) {
  const port = await freePort();
  let server;
  let browser;
  try {
    server = await startDevServer({
      config: {
        rootDir: ROOT,
        port,
        hostname: '127.0.0.1',
        nodeResolve: true,
        watch: false,
        plugins: [
          esbuildPlugin({
            ts: true,
            tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
            target: 'es2022',
          }),
        ],
        middleware: [
          (ctx, next) => {
            ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
            ctx.set('Cross-Origin-Embedder-Policy', 'require-corp');
            return next();
          },
        ],
      },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
      autoExitProcess: false,
    });
    log(`dev server on http://127.0.0.1:${port}`);
    browser = await launchChromium({ args: ['--headless=new'], protocolTimeout: 600_000 });
    const page = await browser.newPage();
    page.on('pageerror', (err) => log(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'info') log(msg.text());
    });
    await page.goto(`http://127.0.0.1:${port}${PAGE}`, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.formSearchBench === 'function', {
      timeout: 60_000,
    });
    log(`running (${fuse ? 'about four minutes' : 'about half a minute'}) …`);
    const loadBefore = loadavg()[0];
    const result = await page.evaluate((options) => window.formSearchBench(options), { fuse });
    return { ...result, cores: availableParallelism(), load: [loadBefore, loadavg()[0]] };
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

const ms = (v) => (v < 10 ? v.toFixed(2) : v.toFixed(0)) + ' ms';
const pct = (v) => `${(v * 100).toFixed(0)} %`;

/** The result as markdown tables. */
export function formatBenchTable({ rows, corpus, userAgent, crossOriginIsolated, cores, load }) {
  const lines = [];
  lines.push(
    `Catalogue: ${corpus.forms} forms (seed ${corpus.seed}), ${corpus.wordsPerForm.toFixed(1)} words per form, ` +
      `${corpus.distinctWords} distinct words; ${rows[0]?.queries ?? 0} labelled queries. ` +
      `${userAgent.match(/(Headless)?Chrome\/[\d.]+/)?.[0] ?? userAgent}` +
      `${crossOriginIsolated ? ', cross-origin isolated (5 µs timer)' : ''}` +
      (load ? `; ${cores} cores, load average ${load[0].toFixed(1)} → ${load[1].toFixed(1)}` : '') +
      '.',
  );
  lines.push('');
  lines.push(
    '| Engine | Index build, cold | Index build, warm: median (min) of 7 | Query p50 | Query p95 | Keystroke p95 | Top-1 | Top-3 |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    lines.push(
      `| ${r.engine} | ${ms(r.buildColdMs)} | ${ms(r.buildWarmMs)} (${ms(r.buildMinMs)}) | ${ms(r.queryP50Ms)} | ${ms(r.queryP95Ms)} | ${ms(r.keystrokeP95Ms)} | ${pct(r.top1)} | ${pct(r.top3)} |`,
    );
  }
  lines.push(
    `| _target_ | | ≤ ${TARGETS.buildMs} ms | | ≤ ${TARGETS.queryP95Ms} ms | | | ≥ ${pct(TARGETS.top3)} |`,
  );
  lines.push('');
  lines.push(
    'Query times: median of the runs of each query (5 for FormSearchIndex, 1 for Fuse.js), then ' +
      'p50/p95 over the queries. Keystroke: every prefix of every fourth query, as typed.',
  );
  lines.push('');
  const kinds = Object.keys(rows[0]?.top3ByKind ?? {});
  lines.push(`| Top-3 by query kind | ${kinds.join(' | ')} |`);
  lines.push(`|---|${kinds.map(() => '---:').join('|')}|`);
  for (const r of rows) {
    lines.push(`| ${r.engine} | ${kinds.map((k) => r.top3ByKind[k] ?? '–').join(' | ')} |`);
  }
  lines.push('');
  for (const r of rows) {
    lines.push(
      `Slowest queries, ${r.engine}: ${r.slowest.map((q) => `"${q.query}" ${ms(q.ms)}`).join(', ')}.`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runInBrowser({
    fuse: !process.argv.includes('--no-fuse'),
    log: (m) => console.error(m),
  });
  console.log(formatBenchTable(result));
  const own = result.rows[0];
  const misses = [];
  if (own.buildWarmMs > TARGETS.buildMs) {
    misses.push(`index build ${ms(own.buildWarmMs)} (median; fastest ${ms(own.buildMinMs)})`);
  }
  if (own.queryP95Ms > TARGETS.queryP95Ms) misses.push(`query p95 ${ms(own.queryP95Ms)}`);
  if (own.top3 < TARGETS.top3) misses.push(`top-3 ${pct(own.top3)}`);
  console.log('');
  console.log(misses.length ? `Targets missed: ${misses.join(', ')}.` : 'All targets met.');
}
