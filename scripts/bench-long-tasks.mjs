// Long tasks on the main thread: the benchmark's three pages (the demo, <service-status> alone,
// <form-finder> over 10,000 forms) loaded in Chromium with 4× CPU throttling (CDP
// Emulation.setCPUThrottlingRate), traced from navigation until every widget has left its
// loading state and the page was idle for a second. A long task is one over 50 ms; each is
// listed with when it started (ms after navigation, and whether after the load event) and what
// took its time (the longest trace events inside it, with the script they ran).
// Needs the built dist/ (npm run build).
import { launchChromium } from './launch-chromium.mjs';
import { benchPages, serveBenchPages } from './bench-lighthouse.mjs';

const LONG_TASK_MS = 50;
const CPU_SLOWDOWN = 4;
/** The scheduler's wrappers around every task: they say nothing about what ran. */
const SCHEDULER_EVENTS = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'Receive mojo message',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
]);
const TAGS = 'city-services, service-status, form-finder, defect-reporter, registry-booking';

/** Long tasks of the page's main thread in a Chromium trace (trace event format, µs). */
export function longTasksOf(trace) {
  const events = trace.traceEvents;
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const mainFrame = started.args.data.frames.find((frame) => !frame.parent);
  const isMain = (event) => event.pid === mainFrame.processId;
  const mainThread = events.find(
    (event) =>
      isMain(event) && event.name === 'thread_name' && event.args.name === 'CrRendererMain',
  ).tid;
  const onMainThread = events.filter((event) => isMain(event) && event.tid === mainThread);
  const navigationStart = onMainThread.find(
    (event) => event.name === 'navigationStart' && event.args.frame === mainFrame.frame,
  ).ts;
  const load = onMainThread.find(
    (event) => event.name === 'MarkLoad' && event.args.data?.isOutermostMainFrame !== false,
  )?.ts;
  const timed = onMainThread.filter((event) => event.ph === 'X' && event.dur !== undefined);
  const tasks = timed.filter(
    (event) => event.name === 'RunTask' && event.dur > LONG_TASK_MS * 1000,
  );
  const scriptOf = (event) => {
    const url =
      event.args?.data?.url ||
      event.args?.fileName ||
      event.args?.animation_frame_script_timing_info?.source_location_url ||
      '';
    return url.replace(/^https?:\/\/[^/]+/, '');
  };
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
    const scripts = [...new Set(inside.map(scriptOf).filter(Boolean))];
    return {
      startMs: Math.round((task.ts - navigationStart) / 1000),
      durationMs: Math.round(task.dur / 1000),
      // The thread's own time in the task: on a busy machine the wall time also counts the
      // time other processes had the CPU; this does not.
      cpuMs: Math.round((task.tdur ?? task.dur) / 1000),
      afterLoad: load !== undefined && task.ts >= load,
      longest,
      scripts,
    };
  });
}

async function traceLongTasks(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823, isMobile: true, deviceScaleFactor: 1.75 });
  await page.emulateCPUThrottling(CPU_SLOWDOWN);
  await page.tracing.start({
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'v8.execute',
      'toplevel',
      'loading',
    ],
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    (tags) =>
      [...document.querySelectorAll(tags)]
        .filter((element) => element.localName !== 'city-services')
        .every((element) => ['ready', 'stale', 'fallback'].includes(element.getAttribute('state'))),
    { timeout: 60_000 },
    TAGS,
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  await page.close();
  return longTasksOf(trace);
}

export async function measureLongTasks() {
  const { server, origin } = await serveBenchPages();
  const browser = await launchChromium();
  try {
    const results = [];
    for (const page of benchPages()) {
      results.push({ page, tasks: await traceLongTasks(browser, new URL(page.path, origin).href) });
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function longTasksTable(results) {
  const lines = [
    `| page | long tasks (> ${LONG_TASK_MS} ms at ${CPU_SLOWDOWN}× CPU) | of them after load | start ms: duration ms (longest work inside) |`,
    '| --- | ---: | ---: | --- |',
  ];
  for (const { page, tasks } of results) {
    const listed = tasks
      .map(
        (task) =>
          `${task.startMs}${task.afterLoad ? ' (after load)' : ''}: ${task.durationMs} (CPU ${task.cpuMs}; ${task.longest.join('; ')}${task.scripts.length ? `; scripts: ${task.scripts.join(', ')}` : ''})`,
      )
      .join('<br>');
    lines.push(
      `| ${page.name} | ${tasks.length} | ${tasks.filter((task) => task.afterLoad).length} | ${listed || '–'} |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(longTasksTable(await measureLongTasks()));
}
