// Keystroke → painted at 10,000 forms (issue 14 §3: p95 ≤ 50 ms at 4× CPU): the benchmark's
// <form-finder> page over 10,000 forms in headless Chromium, once the catalogue is ready and its
// German index built; a citizen's typing (queries, a typo and its correction, Backspace,
// Ctrl+A to start over: KEYSTROKES) sent as real key events (CDP Input.dispatchKeyEvent), one
// every GAP_MS. Measured once without throttling and once at 4× CPU (CDP
// Emulation.setCPUThrottlingRate, from before the page loads).
//
// The measure is Event Timing's `duration` of each keystroke's `keydown` entry: from the key
// event's time stamp to the next paint after the task that handled it (rounded to 8 ms). It is
// the standard measure of input → next paint (INP is made of it), it includes the wait before
// the task, the search and render (the field's `input` event and Lit's update run in the
// keydown's task), style, layout, paint and presentation, which an in-page
// requestAnimationFrame + setTimeout stopwatch would not. Entries are reported from 16 ms
// (`durationThreshold: 16`, the lowest the API allows): a keystroke without one took less.
// A requestAnimationFrame callback per keystroke checks that the frame after it shows the
// updated results (the element rendered for what the field holds), so that the paint measured is
// the one with the new results and not an earlier one.
//
// A third pass at 4× types the same keys into a plain `<input>` put on the same page above the
// widget: no search and no render, only the browser's own work for a keystroke on that page (the
// field's editing, the frame, its presentation). It is the floor under the widget's number: what
// the goal leaves for the search and its render is 50 ms minus it.
//
// A fourth pass at 4× CPU types the same keys under a Chromium trace with V8's sampling profiler
// and reports the CPU time of each keystroke's task (the task that dispatched its `keydown`):
// on a machine shared with other processes the wall times above include the time others had the
// CPU, this does not; and which scripts that time went to (source-mapped to src/ or the npm
// package, as in scripts/bench-long-tasks.mjs). Tracing costs time itself, so that pass's Event
// Timing is not used.
//
// `node scripts/bench-keystroke-latency.mjs` after `npm run build`.
import { loadavg } from 'node:os';
import { launchChromium } from './launch-chromium.mjs';
import { serveBenchPages } from './bench-lighthouse.mjs';
import {
  cpuSamplesOf,
  distSourceMapper,
  mainThreadOf,
  scriptPath,
  scriptsIn,
} from './bench-long-tasks.mjs';

export const GOAL_P95_MS = 50;
/** Event Timing's lowest `durationThreshold`: shorter keystrokes are not reported. */
export const REPORTED_FROM_MS = 16;
/** Between two key presses: a quick typist (about 400 characters a minute). */
const GAP_MS = 150;
const PAGE_PATH = '/scripts/bench/lighthouse/form-finder.html';

/**
 * What the citizen types: each string is typed key by key; `Backspace` and `Control+a`
 * (select all, so that the next letter replaces the query) are one keystroke each. 55 keys.
 */
export const KEYSTROKES = [
  ...'Personalausweis',
  'Control+a',
  ...'Hund anmle',
  'Backspace',
  'Backspace',
  ...'elden',
  'Control+a',
  ...'Fuehrungszeugnis',
  'Control+a',
  ...'Kita',
];

/** The `p`-th percentile (nearest rank) of numbers; undefined for none. */
export function percentile(values, p) {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Each keystroke's latency (ms) from the key presses seen in the page (their `keydown` time
 * stamps) and the Event Timing entries: the `keydown` entry starting at that time stamp, or
 * undefined when none was reported (shorter than REPORTED_FROM_MS).
 */
export function keystrokeLatencies(keydownTimeStamps, eventEntries) {
  return keydownTimeStamps.map((timeStamp) => keydownEntry(timeStamp, eventEntries)?.duration);
}

function keydownEntry(timeStamp, eventEntries) {
  return eventEntries.find(
    (entry) => entry.name === 'keydown' && Math.abs(entry.startTime - timeStamp) < 0.5,
  );
}

/**
 * Where a reported keystroke's time went (ms): `waiting` from the key event until its task
 * began, `handling` the task's event listeners with the search and the render (until the last
 * of its events painted in the same frame, `keypress` and `input` among them, ended),
 * `toPaint` the rest (style, layout, paint, presentation). Undefined when not reported.
 */
export function keystrokeBreakdown(timeStamp, eventEntries) {
  const keydown = keydownEntry(timeStamp, eventEntries);
  if (!keydown) return undefined;
  const painted = keydown.startTime + keydown.duration;
  const handledUntil = Math.max(
    ...eventEntries
      .filter(
        (entry) =>
          entry.startTime >= keydown.startTime &&
          entry.startTime <= keydown.processingEnd &&
          Math.abs(entry.startTime + entry.duration - painted) < 8,
      )
      .map((entry) => entry.processingEnd),
  );
  return {
    waiting: Math.round(keydown.processingStart - keydown.startTime),
    handling: Math.round(handledUntil - keydown.processingStart),
    toPaint: Math.round(painted - handledUntil),
  };
}

/**
 * p50, p95 and max of keystroke latencies in which `undefined` (not reported) stands for
 * "less than REPORTED_FROM_MS": such a percentile reads `{ below: REPORTED_FROM_MS }`.
 */
export function latencySummary(latencies) {
  // Unreported keystrokes sort first: any value below the threshold would.
  const ranked = latencies.map((latency) => latency ?? -1);
  const at = (p) => {
    const value = percentile(ranked, p);
    return value === undefined || value >= 0 ? value : { below: REPORTED_FROM_MS };
  };
  const p95 = at(95);
  return {
    keystrokes: latencies.length,
    reported: latencies.filter((latency) => latency !== undefined).length,
    p50: at(50),
    p95,
    max: at(100),
    meetsGoal: p95 !== undefined && (typeof p95 === 'object' || p95 <= GOAL_P95_MS),
  };
}

/** A summary's value for a table: "24 ms", "< 16 ms" or "–". */
export function formatLatency(value) {
  if (value === undefined) return '–';
  return typeof value === 'object' ? `< ${value.below} ms` : `${Math.round(value)} ms`;
}

/**
 * The CPU time (ms) of each task that dispatched a `keydown` in a Chromium trace, and the
 * scripts all of them ran, summed (`scriptsIn`: largest first).
 */
export function keystrokeTasksOf(trace, sourceOf = scriptPath) {
  const { processId, threadId, events } = mainThreadOf(trace);
  const timed = events.filter((event) => event.ph === 'X' && event.dur !== undefined);
  const keydowns = timed.filter(
    (event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown',
  );
  const tasks = timed.filter(
    (event) =>
      event.name === 'RunTask' &&
      keydowns.some((keydown) => keydown.ts >= event.ts && keydown.ts < event.ts + event.dur),
  );
  const samples = cpuSamplesOf(trace.traceEvents, processId, threadId);
  const bySource = new Map();
  for (const task of tasks) {
    for (const script of scriptsIn(samples, task.ts, task.ts + task.dur, sourceOf)) {
      const sum = bySource.get(script.source) ?? { ...script, ms: 0 };
      sum.ms += script.ms;
      bySource.set(script.source, sum);
    }
  }
  return {
    cpuMs: tasks.map((task) => (task.tdur ?? task.dur) / 1000),
    scripts: [...bySource.values()].sort((a, b) => b.ms - a.ms),
  };
}

async function pressKey(page, key) {
  if (key === 'Control+a') {
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
  } else {
    await page.keyboard.press(key);
  }
}

/**
 * Types KEYSTROKES into the page's <form-finder> at `cpuSlowdown`; the measured keystrokes. With
 * `plainField`, into a plain `<input>` put on the same page above the widget instead: no search,
 * no render, what the browser alone takes for a keystroke on that page (the floor).
 */
async function typeAndMeasure(
  browser,
  url,
  cpuSlowdown,
  { traced = false, plainField = false } = {},
) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 412, height: 823, isMobile: true, deviceScaleFactor: 1.75 });
    await page.emulateCPUThrottling(cpuSlowdown);
    await page.evaluateOnNewDocument(() => {
      window.eventEntries = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const { name, startTime, duration, processingStart, processingEnd } = entry;
          window.eventEntries.push({ name, startTime, duration, processingStart, processingEnd });
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.querySelector('form-finder')?.getAttribute('state') === 'ready',
      { timeout: 120_000 },
    );
    const indexed = await page.evaluate(() => document.querySelector('form-finder').searchReady());
    if (!indexed) throw new Error('<form-finder> has no German index: the chunk did not load');
    // Let the index build's last slices and garbage collection pass before the first key.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await page.evaluate((plain) => {
      const finder = document.querySelector('form-finder');
      let field = finder.shadowRoot.querySelector('input');
      if (plain) {
        field = Object.assign(document.createElement('input'), { ariaLabel: 'floor' });
        finder.before(field);
      }
      window.keystrokes = [];
      // Capture on the window: the first listener of the key event, before the element's.
      window.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Control') return;
          const keystroke = { key: event.key, timeStamp: event.timeStamp };
          window.keystrokes.push(keystroke);
          // Runs before the next frame is painted: does it show the results for the field?
          requestAnimationFrame(() => {
            keystroke.rendered = plain || (!finder.isUpdatePending && finder.query === field.value);
            keystroke.query = field.value;
          });
        },
        { capture: true },
      );
      field.focus();
    }, plainField);
    // A citizen's focus (a click, a Tab) comes well before the first letter; focused 0 ms before
    // it, the first key waited for the focus's own style and paint (a task of ~10 ms at 4×, the
    // first key's "waiting" 7–18 ms in the widget's and the plain field's passes alike).
    await new Promise((resolve) => setTimeout(resolve, GAP_MS));
    if (traced) {
      await page.tracing.start({
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-v8.cpu_profiler',
          'toplevel',
        ],
      });
    }
    for (const key of KEYSTROKES) {
      await pressKey(page, key);
      await new Promise((resolve) => setTimeout(resolve, GAP_MS));
    }
    if (traced) {
      const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
      const { cpuMs, scripts } = keystrokeTasksOf(trace, distSourceMapper());
      return {
        cpuSlowdown,
        tasks: cpuMs.length,
        p50: percentile(cpuMs, 50),
        p95: percentile(cpuMs, 95),
        max: percentile(cpuMs, 100),
        scripts,
      };
    }
    // Event Timing entries come after the paint: wait for the last ones.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { keystrokes, eventEntries } = await page.evaluate(() => ({
      keystrokes: window.keystrokes,
      eventEntries: window.eventEntries,
    }));
    const latencies = keystrokeLatencies(
      keystrokes.map((keystroke) => keystroke.timeStamp),
      eventEntries,
    );
    return {
      cpuSlowdown,
      plainField,
      ...latencySummary(latencies),
      sent: KEYSTROKES.length,
      renderedBeforePaint: keystrokes.filter((keystroke) => keystroke.rendered).length,
      lastQuery: keystrokes.at(-1)?.query,
      slowest: keystrokes
        .map((keystroke, index) => ({
          ...keystroke,
          latency: latencies[index],
          breakdown: keystrokeBreakdown(keystroke.timeStamp, eventEntries),
        }))
        .filter((keystroke) => keystroke.latency !== undefined)
        .sort((a, b) => b.latency - a.latency)
        .slice(0, 3),
    };
  } finally {
    await page.close();
  }
}

/** Keystroke → painted without throttling and at 4× CPU, with the machine's load around it. */
export async function measureKeystrokeLatency({ slowdowns = [1, 4] } = {}) {
  const { server, origin } = await serveBenchPages();
  const browser = await launchChromium();
  try {
    const results = [];
    for (const cpuSlowdown of slowdowns) {
      const loadBefore = loadavg()[0];
      const result = await typeAndMeasure(browser, new URL(PAGE_PATH, origin).href, cpuSlowdown);
      results.push({ ...result, loadBefore, loadAfter: loadavg()[0] });
    }
    // The floor: the same keys into a plain field on the same page, at 4×.
    const floorLoadBefore = loadavg()[0];
    const floor = await typeAndMeasure(browser, new URL(PAGE_PATH, origin).href, 4, {
      plainField: true,
    });
    results.push({ ...floor, loadBefore: floorLoadBefore, loadAfter: loadavg()[0] });
    const loadBefore = loadavg()[0];
    const cpu = await typeAndMeasure(browser, new URL(PAGE_PATH, origin).href, 4, {
      traced: true,
    });
    results.cpu = { ...cpu, loadBefore, loadAfter: loadavg()[0] };
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function keystrokeTable(results) {
  const lines = [
    `| CPU | keystrokes (Event Timing entries ≥ ${REPORTED_FROM_MS} ms) | p50 | p95 | max | p95 ≤ ${GOAL_P95_MS} ms | results in the next frame | slowest keys | load average before → after |`,
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | --- | --- |',
  ];
  for (const result of results) {
    const slowest = result.slowest
      .map(
        ({ key, query, latency, breakdown: { waiting, handling, toPaint } }) =>
          `"${key}" → "${query}" ${latency} ms (waiting ${waiting}, handling ${handling}, to paint ${toPaint})`,
      )
      .join(', ');
    lines.push(
      `| ${result.cpuSlowdown}×${result.plainField ? ', a plain field on the same page (the floor: no search, no render)' : ''} | ${result.keystrokes} of ${result.sent} (${result.reported}) | ${formatLatency(result.p50)} | ${formatLatency(result.p95)} | ${formatLatency(result.max)} | ${result.meetsGoal ? 'yes' : '**no**'} | ${result.renderedBeforePaint} of ${result.keystrokes} | ${slowest || '–'} | ${result.loadBefore.toFixed(1)} → ${result.loadAfter.toFixed(1)} |`,
    );
  }
  const { cpu } = results;
  if (cpu) {
    const scripts = cpu.scripts
      .slice(0, 6)
      .map(({ source, ms, busiest }) => `${source} ${ms} ms${busiest ? ` (${busiest})` : ''}`)
      .join('; ');
    lines.push(
      '',
      `CPU time of each keystroke's task at ${cpu.cpuSlowdown}× (traced; the thread's own time): ${cpu.tasks} tasks (the Control key's three among them), p50 ${formatLatency(cpu.p50)}, p95 ${formatLatency(cpu.p95)}, max ${formatLatency(cpu.max)}; load average ${cpu.loadBefore.toFixed(1)} → ${cpu.loadAfter.toFixed(1)}. Sampled, all keystrokes together: ${scripts}.`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await measureKeystrokeLatency();
  console.log(keystrokeTable(results));
  console.log(
    `\nLast query typed: "${results[0].lastQuery}". 2 cores shared; load average (1 min) printed per run.`,
  );
}
