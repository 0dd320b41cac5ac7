// Long tasks on the main thread (issue 14 §3: no task over 50 ms at 4× CPU caused by a widget
// after load): the benchmark's pages (the demo, <service-status> alone, <form-finder> over
// 10,000 forms) loaded in Chromium with 4× CPU throttling (CDP Emulation.setCPUThrottlingRate)
// and traced from navigation until every widget has left its loading state, the network has
// been idle for 500 ms, and 2 s more have passed. A long task is a main-thread task over 50 ms;
// each is listed with when it started (ms after navigation; whether after the load event), its
// wall and CPU time, the longest trace events inside it (layout, style, parsing …) and the
// scripts that ran in it: V8's sampling profiler (recorded in the same trace), each sample
// counted for the nearest script on its stack, source-mapped from dist/ to src/ or the npm
// package. Per page: the count and the Total Blocking Time (the sum of each task's time over
// 50 ms), of the whole load and after the load event; by wall time (what a citizen waits) and by
// CPU time (the thread's own, which other processes on a shared machine do not inflate).
// Needs the built dist/ (npm run build): `node scripts/bench-long-tasks.mjs`;
// `BENCH_PAGES=form-finder` for one page.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launchChromium } from './launch-chromium.mjs';
import { benchPages, serveBenchPages } from './bench-lighthouse.mjs';

export const LONG_TASK_MS = 50;
const CPU_SLOWDOWN = 4;
/** After the network is idle: long enough for the index build and late renders to show. */
const SETTLED_MS = 2000;
/** The scheduler's wrappers around every task: they say nothing about what ran. */
const SCHEDULER_EVENTS = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'Receive mojo message',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
]);
const TAGS = 'city-services, service-status, form-finder, defect-reporter, registry-booking';

/**
 * A script's address without its origin: where a sample ran when no source map says more.
 * Puppeteer's scripts (`pptr:…`, the bench's own waiting) under one name.
 */
export const scriptPath = (callFrame) => ({
  source: callFrame.url.startsWith('pptr:')
    ? 'puppeteer (the bench itself)'
    : callFrame.url.replace(/^https?:\/\/[^/]+/, ''),
  name: callFrame.functionName,
});

/**
 * The main thread's CPU samples in a trace (V8's `Profile` and `ProfileChunk` events): each
 * with its time (µs, the trace's clock), its weight (µs until the next sample) and its stack
 * (call frames, innermost first).
 */
export function cpuSamplesOf(events, processId, threadId) {
  const profile = events.find(
    (event) => event.name === 'Profile' && event.pid === processId && event.tid === threadId,
  );
  if (!profile) return [];
  const nodes = new Map();
  const samples = [];
  let time = profile.args.data.startTime;
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== processId || chunk.id !== profile.id) {
      continue;
    }
    const { cpuProfile, timeDeltas = [] } = chunk.args.data;
    for (const node of cpuProfile.nodes ?? []) nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((nodeId, index) => {
      time += timeDeltas[index] ?? 0;
      samples.push({ time, nodeId });
    });
  }
  return samples.map(({ time: sampleTime, nodeId }, index) => {
    const stack = [];
    for (let node = nodes.get(nodeId); node; node = nodes.get(node.parent)) {
      stack.push(node.callFrame);
    }
    const next = samples[index + 1]?.time ?? sampleTime;
    return { time: sampleTime, weight: next - sampleTime, stack };
  });
}

/**
 * What ran in a task, by script: the samples inside it, each counted for the innermost frame of
 * its stack that belongs to a script (a native call made by a script counts for the script);
 * a sample without one is the browser's own work, named as V8 names it ("(program)": style,
 * layout, parsing; "(garbage collector)"). Largest first, with each script's busiest function.
 */
export function scriptsIn(samples, fromUs, toUs, sourceOf = scriptPath) {
  const bySource = new Map();
  for (const sample of samples) {
    if (sample.time < fromUs || sample.time >= toUs) continue;
    const frame = sample.stack.find((callFrame) => callFrame.url);
    const { source, name } = frame
      ? sourceOf(frame)
      : { source: sample.stack[0]?.functionName ?? '(unknown)', name: '' };
    if (source === '(idle)') continue;
    const entry = bySource.get(source) ?? { source, us: 0, functions: new Map() };
    entry.us += sample.weight;
    if (name) entry.functions.set(name, (entry.functions.get(name) ?? 0) + sample.weight);
    bySource.set(source, entry);
  }
  return [...bySource.values()]
    .sort((a, b) => b.us - a.us)
    .map(({ source, us, functions }) => ({
      source,
      ms: Math.round(us / 1000),
      busiest: [...functions].sort((a, b) => b[1] - a[1])[0]?.[0],
    }));
}

/** Total Blocking Time (ms): each task's time over 50 ms, summed; `key` is `durationMs` or `cpuMs`. */
export function totalBlockingTime(tasks, key = 'durationMs') {
  return tasks.reduce((sum, task) => sum + Math.max(0, task[key] - LONG_TASK_MS), 0);
}

/**
 * The page's main thread in a Chromium trace: its process and thread ids, its frame, and its
 * events.
 */
export function mainThreadOf(trace) {
  const events = trace.traceEvents;
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const mainFrame = started.args.data.frames.find((frame) => !frame.parent);
  const isMain = (event) => event.pid === mainFrame.processId;
  const threadId = events.find(
    (event) =>
      isMain(event) && event.name === 'thread_name' && event.args.name === 'CrRendererMain',
  ).tid;
  return {
    processId: mainFrame.processId,
    threadId,
    frame: mainFrame.frame,
    events: events.filter((event) => isMain(event) && event.tid === threadId),
  };
}

/** Long tasks of the page's main thread in a Chromium trace (trace event format, µs). */
export function longTasksOf(trace, { sourceOf = scriptPath } = {}) {
  const { processId, threadId, frame, events: onMainThread } = mainThreadOf(trace);
  const navigationStart = onMainThread.find(
    (event) => event.name === 'navigationStart' && event.args.frame === frame,
  ).ts;
  const load = onMainThread.find(
    (event) => event.name === 'MarkLoad' && event.args.data?.isOutermostMainFrame !== false,
  )?.ts;
  const samples = cpuSamplesOf(trace.traceEvents, processId, threadId);
  const timed = onMainThread.filter((event) => event.ph === 'X' && event.dur !== undefined);
  const tasks = timed.filter(
    (event) =>
      event.name === 'RunTask' && event.ts >= navigationStart && event.dur > LONG_TASK_MS * 1000,
  );
  return tasks.map((task) => {
    const inside = timed.filter(
      (event) =>
        !SCHEDULER_EVENTS.has(event.name) &&
        event.ts >= task.ts &&
        event.ts + event.dur <= task.ts + task.dur,
    );
    const longest = inside
      .sort((a, b) => b.dur - a.dur)
      .filter((event, index, all) => all.findIndex((other) => other.name === event.name) === index)
      .slice(0, 3)
      .map((event) => `${event.name} ${Math.round(event.dur / 1000)} ms`);
    return {
      startMs: Math.round((task.ts - navigationStart) / 1000),
      durationMs: Math.round(task.dur / 1000),
      // The thread's own time in the task: on a busy machine the wall time also counts the
      // time other processes had the CPU; this does not.
      cpuMs: Math.round((task.tdur ?? task.dur) / 1000),
      afterLoad: load !== undefined && task.ts >= load,
      longest,
      scripts: scriptsIn(samples, task.ts, task.ts + task.dur, sourceOf),
    };
  });
}

/**
 * Where a sampled frame of dist/ comes from, by dist/'s source maps: `src/…` for the library's
 * own code, the package's name for a dependency (`lit-html`); other scripts by their path.
 */
export function distSourceMapper(distDirectory = 'dist') {
  const maps = new Map();
  const mapOf = (path) => {
    if (!maps.has(path)) {
      const file = `${distDirectory}/${path}.map`;
      maps.set(path, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : undefined);
    }
    return maps.get(path);
  };
  return (callFrame) => {
    const { source, name } = scriptPath(callFrame);
    const map = source.startsWith('/dist/') ? mapOf(source.slice('/dist/'.length)) : undefined;
    if (!map) return { source, name };
    const original = originalPositionFor(map, {
      line: callFrame.lineNumber + 1,
      column: callFrame.columnNumber,
    });
    if (!original.source) return { source, name };
    const path = original.source.replace(/^(\.\.\/)+/, '');
    const dependency = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    return { source: dependency ?? path, name: original.name ?? name };
  };
}

async function traceLongTasks(browser, url, sourceOf) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 412, height: 823, isMobile: true, deviceScaleFactor: 1.75 });
    await page.emulateCPUThrottling(CPU_SLOWDOWN);
    await page.tracing.start({
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'v8.execute',
        'toplevel',
        'loading',
      ],
    });
    await page.goto(url, { waitUntil: 'load' });
    // Waits in the page for the widgets' `state` attributes, without polling: a poll's own
    // script would run on the thread measured (and once showed in a long task under load).
    await page.evaluate(
      (tags) =>
        new Promise((resolve) => {
          const settled = () =>
            [...document.querySelectorAll(tags)]
              .filter((element) => element.localName !== 'city-services')
              // A widget far down the page waits, undefined, until it is scrolled to.
              .every(
                (element) =>
                  !element.matches(':defined') ||
                  ['ready', 'stale', 'fallback'].includes(element.getAttribute('state')),
              );
          if (settled()) return resolve();
          const observer = new MutationObserver(() => {
            if (!settled()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document, {
            subtree: true,
            attributes: true,
            attributeFilter: ['state'],
          });
        }),
      TAGS,
    );
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 120_000 });
    await new Promise((resolve) => setTimeout(resolve, SETTLED_MS));
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    return longTasksOf(trace, { sourceOf });
  } finally {
    await page.close();
  }
}

export async function measureLongTasks() {
  const { server, origin } = await serveBenchPages();
  const browser = await launchChromium();
  const sourceOf = distSourceMapper();
  try {
    const results = [];
    for (const page of benchPages()) {
      const loadBefore = loadavg()[0];
      const tasks = await traceLongTasks(browser, new URL(page.path, origin).href, sourceOf);
      results.push({ page, tasks, loadBefore, loadAfter: loadavg()[0] });
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}

const scriptsText = (scripts) =>
  scripts
    .slice(0, 4)
    .map(
      ({ source, ms, busiest }) =>
        `${source} ${ms} ms${busiest && busiest !== source ? ` (${busiest})` : ''}`,
    )
    .join('; ');

/** A summary table of the pages, then each page's long tasks, one line each. */
export function longTasksTable(results) {
  const lines = [
    `| page | long tasks (> ${LONG_TASK_MS} ms at ${CPU_SLOWDOWN}× CPU): all / after load | TBT, wall: all / after load | by CPU time: long tasks after load, TBT all / after load | load average before → after |`,
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const { page, tasks, loadBefore, loadAfter } of results) {
    const afterLoad = tasks.filter((task) => task.afterLoad);
    const cpuLong = afterLoad.filter((task) => task.cpuMs > LONG_TASK_MS);
    lines.push(
      `| ${page.name} | ${tasks.length} / ${afterLoad.length} | ${totalBlockingTime(tasks)} / ${totalBlockingTime(afterLoad)} ms | ${cpuLong.length}, ${totalBlockingTime(tasks, 'cpuMs')} / ${totalBlockingTime(afterLoad, 'cpuMs')} ms | ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} |`,
    );
  }
  for (const { page, tasks } of results) {
    lines.push(
      '',
      `${page.name}: start ms, wall ms (CPU ms): longest work inside; scripts sampled`,
    );
    for (const task of tasks) {
      lines.push(
        `- ${task.startMs}${task.afterLoad ? ' (after load)' : ''}, ${task.durationMs} ms (CPU ${task.cpuMs}): ${task.longest.join(', ') || '–'}; ${scriptsText(task.scripts) || 'no samples'}`,
      );
    }
    if (!tasks.length) lines.push('- none');
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(longTasksTable(await measureLongTasks()));
}
