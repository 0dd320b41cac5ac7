// Lighthouse (12, mobile preset: simulated slow 4G and 4× CPU) on three pages served as
// `npm start` serves them: the demo with every widget; a plain CMS page with only
// <service-status>; one with only <form-finder> over a 10,000-form catalogue. Each page gets one
// warm-up run that is not counted (the first run after a start pays for cold disk caches and the
// server's first compile), then LIGHTHOUSE_RUNS runs (default 3) in Debian's Chromium; the table
// shows the medians and the JavaScript bytes transferred.
//
// `--check` (npm run lighthouse:check, CI) exits 1 when a page misses its thresholds (issue 14
// §4): demo performance ≥ 95 and Total Blocking Time ≤ 150 ms, the single-widget pages
// performance ≥ 98, accessibility 100 everywhere. Simulated throttling multiplies the main-thread
// time the run observes, so another process on the machine makes a page read slower than it is.
// Against that, and never by loosening a threshold: before each set of runs the gate waits (up
// to LIGHTHOUSE_SETTLE_SECONDS, default 30) for the CPU to be idle, and prints how busy it was;
// a page whose medians miss is measured once more with three fresh runs, both sets are printed,
// and the fresh set decides. `--check=accessibility` holds only the accessibility threshold.
// Needs the built dist/ (npm run build).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { serveDemo } from './serve-demo.mjs';
import { browserPaths } from './browser-paths.mjs';
import { CHROMIUM_ARGS } from './launch-chromium.mjs';
import { generateFormCatalog } from './bench/form-search-corpus.mjs';

const run = promisify(execFile);

/**
 * The pages and their thresholds (issue 14 §4). `reportedOnly`: measures whose miss is printed
 * but does not fail the gate, with the reason (docs/benchmarks.md says when it is held).
 */
export const LIGHTHOUSE_PAGES = [
  {
    name: 'demo (all widgets)',
    path: '/demo/',
    thresholds: { performance: 95, accessibility: 100, maxTotalBlockingTime: 150 },
  },
  {
    name: 'CMS page, <service-status> only',
    path: '/scripts/bench/lighthouse/service-status.html',
    thresholds: { performance: 98, accessibility: 100 },
  },
  {
    name: 'CMS page, <form-finder>, 10,000 forms',
    path: '/scripts/bench/lighthouse/form-finder.html',
    thresholds: { performance: 98, accessibility: 100 },
    // Held since the German collator is made on the first sort (709e1ad) and each widget's first
    // render has a task of its own (ddae0af): 100 alone, 98 and 99 with one other busy core
    // (docs/benchmarks.md, "The Lighthouse gate in CI").
  },
];

/**
 * The pages to measure: all, or those whose path contains one of the comma-separated words of
 * `BENCH_PAGES` (e.g. `BENCH_PAGES=form-finder`, to measure one page while working on it).
 */
export function benchPages() {
  const wanted = process.env.BENCH_PAGES?.split(',').filter(Boolean);
  return wanted?.length
    ? LIGHTHOUSE_PAGES.filter((page) => wanted.some((word) => page.path.includes(word)))
    : LIGHTHOUSE_PAGES;
}

/**
 * The 10,000-form catalogue of the form-finder page, built once (the search benchmark's
 * generator) and sent gzip-compressed, as a city's web server would send a large JSON file.
 */
function largeFormCatalogue() {
  const catalogue = { updated_at: '2026-11-30T08:00:00Z', ...generateFormCatalog() };
  const json = Buffer.from(JSON.stringify(catalogue));
  const gzipped = gzipSync(json, { level: 9 });
  return async (ctx, next) => {
    if (ctx.path !== '/bench/api/forms-10000') return next();
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-cache');
    ctx.vary('Accept-Encoding');
    if (ctx.acceptsEncodings('gzip') === 'gzip') {
      ctx.set('Content-Encoding', 'gzip');
      ctx.body = gzipped;
    } else {
      ctx.body = json;
    }
    return undefined;
  };
}

/** Serves the demo and the benchmark's pages; resolves with the server and its origin. */
export async function serveBenchPages() {
  if (!existsSync('dist/civic-widgets.js')) throw new Error('dist/ is missing: npm run build');
  const { server, url } = await serveDemo({ quiet: true, middleware: [largeFormCatalogue()] });
  return { server, origin: new URL(url).origin };
}

/**
 * One Lighthouse run of `url` in a fresh Chromium profile (a first visit); `preset: 'desktop'`
 * for Lighthouse's desktop preset (1350 × 940, no CPU or network throttling).
 */
export async function lighthouseOnce(url, { preset } = {}) {
  const { stdout } = await run(
    'node_modules/.bin/lighthouse',
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      ...(preset ? [`--preset=${preset}`] : []),
      '--only-categories=performance,accessibility',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: browserPaths().chromium },
      maxBuffer: 256 * 1024 * 1024,
      // A run takes 15–60 s; one that hangs fails the benchmark instead of holding up CI.
      timeout: 300_000,
    },
  );
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.message}`);
  const audit = (id) => report.audits[id];
  const scripts = audit('network-requests').details.items.filter(
    (request) => request.resourceType === 'Script',
  );
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    totalBlockingTime: audit('total-blocking-time').numericValue,
    largestContentfulPaint: audit('largest-contentful-paint').numericValue,
    cumulativeLayoutShift: audit('cumulative-layout-shift').numericValue,
    scriptBytes: scripts.reduce((sum, request) => sum + request.transferSize, 0),
    scriptFiles: scripts.length,
    // Lighthouse's own measure of the CPU during the run (higher is faster): another process on
    // the machine lowers it, and with it what simulated throttling makes of the page.
    benchmarkIndex: report.environment.benchmarkIndex,
    failedAccessibilityAudits: report.categories.accessibility.auditRefs
      .filter((ref) => ref.weight > 0 && audit(ref.id).score === 0)
      .map((ref) => ref.id),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One page's medians over `samples` (one Lighthouse run each). */
export function summarise(page, samples) {
  const medianOf = (key) => median(samples.map((sample) => sample[key]));
  return {
    page,
    runs: samples.length,
    performance: medianOf('performance'),
    performanceRuns: samples.map((sample) => sample.performance),
    accessibility: medianOf('accessibility'),
    totalBlockingTime: medianOf('totalBlockingTime'),
    totalBlockingTimeRuns: samples.map((sample) => sample.totalBlockingTime),
    largestContentfulPaint: medianOf('largestContentfulPaint'),
    cumulativeLayoutShift: medianOf('cumulativeLayoutShift'),
    scriptBytes: medianOf('scriptBytes'),
    scriptFiles: medianOf('scriptFiles'),
    benchmarkIndex: medianOf('benchmarkIndex'),
    failedAccessibilityAudits: [
      ...new Set(samples.flatMap((sample) => sample.failedAccessibilityAudits)),
    ],
  };
}

/** Share (0–1) of the CPU time not idle during `milliseconds`, from /proc/stat; undefined elsewhere. */
async function cpuBusyShare(milliseconds = 1000) {
  const read = () => {
    try {
      const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
      const numbers = ticks.map(Number);
      // user nice system idle iowait …: idle and iowait are the CPU waiting.
      return { total: numbers.reduce((sum, tick) => sum + tick, 0), idle: numbers[3] + numbers[4] };
    } catch {
      return undefined;
    }
  };
  const before = read();
  await new Promise((resolve) => setTimeout(resolve, milliseconds));
  const after = read();
  if (!before || !after || after.total === before.total) return undefined;
  return 1 - (after.idle - before.idle) / (after.total - before.total);
}

/** The CPU counts as quiet when other processes keep less than this share of it busy. */
const QUIET_CPU_SHARE = 0.2;

/**
 * Waits until the CPU is quiet (sampled each second), at most `seconds`; resolves with what the
 * machine was doing: the last busy share sampled, the seconds waited, the 1-minute load average.
 */
export async function settle(seconds = Number(process.env.LIGHTHOUSE_SETTLE_SECONDS ?? 30)) {
  const started = Date.now();
  let busy = await cpuBusyShare();
  while (busy !== undefined && busy >= QUIET_CPU_SHARE && Date.now() - started < seconds * 1000) {
    busy = await cpuBusyShare();
  }
  return { busy, waited: Math.round((Date.now() - started) / 1000), load: loadavg()[0] };
}

const describeMachine = ({ busy, waited, load }) =>
  `CPU ${busy === undefined ? '?' : `${Math.round(busy * 100)} %`} busy before the runs` +
  `${waited > 1 ? ` (after waiting ${waited} s for quiet)` : ''}, load average ${load.toFixed(1)}`;

/**
 * One set of runs of `page`: settle, then `runs` Lighthouse runs; resolves with the medians and
 * what the machine was doing. `warmUp`: one run first that is not counted.
 */
async function measureSet(page, origin, { runs, warmUp }) {
  const url = new URL(page.path, origin).href;
  if (warmUp) await lighthouseOnce(url);
  const machine = await settle();
  const samples = [];
  for (let index = 0; index < runs; index++) samples.push(await lighthouseOnce(url));
  return { ...summarise(page, samples), machine: { ...machine, loadAfter: loadavg()[0] } };
}

/** Runs every page (one warm-up run, then `runs` counted); resolves with each page's medians. */
export async function measureLighthouse({ runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3) } = {}) {
  const { server, origin } = await serveBenchPages();
  try {
    const results = [];
    for (const page of benchPages()) {
      results.push(await measureSet(page, origin, { runs, warmUp: true }));
    }
    return results;
  } finally {
    await server.stop();
  }
}

/**
 * The demo's layout shift on a first visit at a desktop's width (issue 14 §3, CLS ≤ 0.02):
 * Lighthouse's desktop preset, a warm-up run, then `runs`; resolves with the median and the runs.
 * Reported by `npm run bench`, not held (docs/benchmarks.md: the wide status banner's lines).
 */
export async function measureDesktopLayoutShift({ runs = 3 } = {}) {
  const { server, origin } = await serveBenchPages();
  try {
    const url = new URL(LIGHTHOUSE_PAGES[0].path, origin).href;
    await lighthouseOnce(url, { preset: 'desktop' });
    const shifts = [];
    for (let index = 0; index < runs; index++) {
      shifts.push((await lighthouseOnce(url, { preset: 'desktop' })).cumulativeLayoutShift);
    }
    return { page: LIGHTHOUSE_PAGES[0], cumulativeLayoutShift: median(shifts), runs: shifts };
  } finally {
    await server.stop();
  }
}

/**
 * The CI gate: each page measured (one warm-up run, then `runs`); a page whose medians miss a
 * threshold is measured once more with `runs` fresh runs, and that fresh set decides. Resolves
 * with one entry per page: `sets` (one or two results, in order), `failures` of the deciding set.
 * `measure(page, { warmUp })` is the set's measurement (Lighthouse; a stand-in in the tests);
 * `report(line)` is told each set as it is measured.
 */
export async function gatePages(pages, { only, measure, report = () => {} }) {
  const verdicts = [];
  for (const page of pages) {
    const first = await measure(page, { warmUp: true });
    report(setLine(first, 'first set', only));
    const firstFailures = thresholdFailures(first, only);
    if (firstFailures.length === 0) {
      verdicts.push({ page, sets: [first], failures: [] });
      continue;
    }
    report(
      `${page.name}: missed (${firstFailures.join('; ')}); measuring it once more with ${first.runs} fresh runs, which decide`,
    );
    const second = await measure(page, { warmUp: false });
    report(setLine(second, 'fresh set', only));
    verdicts.push({ page, sets: [first, second], failures: thresholdFailures(second, only) });
  }
  return verdicts;
}

function setLine(result, label, only) {
  return (
    `${result.page.name}, ${label}: performance ${result.performance} (${result.performanceRuns.join(', ')}), ` +
    `TBT ${Math.round(result.totalBlockingTime)} ms (${result.totalBlockingTimeRuns.map(Math.round).join(', ')}), ` +
    `accessibility ${result.accessibility}, Lighthouse's CPU benchmark index ${Math.round(result.benchmarkIndex)}` +
    `${result.machine ? `; ${describeMachine(result.machine)}, after ${result.machine.loadAfter.toFixed(1)}` : ''}` +
    ` -> ${describeMisses(result, only)}`
  );
}

/**
 * What a page's medians miss of its thresholds: `{ measure, text }` each (empty: all met);
 * `only`: one measure (`accessibility`).
 */
export function thresholdMisses(result, only) {
  const { thresholds } = result.page;
  const misses = [];
  if (result.accessibility < thresholds.accessibility)
    misses.push({
      measure: 'accessibility',
      text: `accessibility ${result.accessibility} < ${thresholds.accessibility} (${result.failedAccessibilityAudits.join(', ')})`,
    });
  if (result.performance < thresholds.performance)
    misses.push({
      measure: 'performance',
      text: `performance ${result.performance} < ${thresholds.performance}`,
    });
  if (
    thresholds.maxTotalBlockingTime !== undefined &&
    result.totalBlockingTime > thresholds.maxTotalBlockingTime
  )
    misses.push({
      measure: 'totalBlockingTime',
      text: `Total Blocking Time ${Math.round(result.totalBlockingTime)} ms > ${thresholds.maxTotalBlockingTime} ms`,
    });
  return only ? misses.filter((miss) => miss.measure === only) : misses;
}

/** The misses that fail the gate: all but the page's `reportedOnly` measures. */
export function thresholdFailures(result, only) {
  const reportedOnly = result.page.reportedOnly ?? [];
  return thresholdMisses(result, only)
    .filter((miss) => !reportedOnly.includes(miss.measure))
    .map((miss) => miss.text);
}

/** Every miss, those not held marked so. */
function describeMisses(result, only) {
  const reportedOnly = result.page.reportedOnly ?? [];
  const misses = thresholdMisses(result, only).map(
    (miss) => `${miss.text}${reportedOnly.includes(miss.measure) ? ' (reported, not held)' : ''}`,
  );
  return misses.length ? `MISSED: ${misses.join('; ')}` : 'met';
}

/** The results as a markdown table; with the machine's state before each set when it was measured. */
export function lighthouseTable(results) {
  const lines = [
    '| page | performance (runs) | TBT ms | LCP s | CLS | accessibility | JavaScript KB transferred (files) | machine before the runs (Lighthouse CPU benchmark index) | thresholds |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const result of results) {
    const machine = `${result.machine ? describeMachine(result.machine) : '–'} (${Math.round(result.benchmarkIndex)})`;
    lines.push(
      `| ${result.page.name} | ${result.performance} (${result.performanceRuns.join(', ')}) | ${Math.round(result.totalBlockingTime)} | ${(result.largestContentfulPaint / 1000).toFixed(1)} | ${result.cumulativeLayoutShift.toFixed(3)} | ${result.accessibility} | ${(result.scriptBytes / 1024).toFixed(1)} (${result.scriptFiles}) | ${machine} | ${describeMisses(result)} |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.find((argument) => argument.startsWith('--check'));
  if (!check) {
    console.log(lighthouseTable(await measureLighthouse()));
  } else {
    const only = check.split('=')[1];
    const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
    const { server, origin } = await serveBenchPages();
    let verdicts;
    try {
      verdicts = await gatePages(benchPages(), {
        only,
        measure: (page, { warmUp }) => measureSet(page, origin, { runs, warmUp }),
        report: (line) => console.log(line),
      });
    } finally {
      await server.stop();
    }
    console.log(`\n${lighthouseTable(verdicts.flatMap((verdict) => verdict.sets))}\n`);
    const failed = verdicts.filter((verdict) => verdict.failures.length > 0);
    for (const verdict of failed) {
      console.error(`${verdict.page.name}: ${verdict.failures.join('; ')}`);
    }
    const remeasured = verdicts.filter((verdict) => verdict.sets.length > 1).length;
    const what = `Lighthouse thresholds${only ? ` (${only})` : ''}`;
    if (failed.length) {
      console.error(`${what} missed on ${failed.length} page(s), after measuring again.`);
      process.exit(1);
    }
    console.log(
      `${what} met on every page${remeasured ? ` (${remeasured} page(s) only when measured again)` : ''}.`,
    );
  }
}
