// Layout shift (issue 14 §3: CLS ≤ 0.02) on the benchmark's pages at a phone's and a desktop's
// width: each page loaded in Chromium with a `layout-shift` PerformanceObserver installed before
// any script runs, until every widget in view has left its loading state (those far down wait,
// undefined, to be scrolled to), the network is idle and a second has passed. Shifts
// right after input do not count (as in CLS); the sum is over the whole load (the pages are
// short, so it equals CLS's largest session window or exceeds it). Each page and width in a fresh
// browser context (empty storage and cache: a first visit), then loaded once more in it (a repeat
// visit: the widgets' last good copies and the status banner's remembered height are there).
// Deterministic, unlike TBT on a loaded machine: `node scripts/bench-layout-shift.mjs` after
// `npm run build`.
import { launchChromium } from './launch-chromium.mjs';
import { LIGHTHOUSE_PAGES, serveBenchPages } from './bench-lighthouse.mjs';

/** The Lighthouse pages, and a page whose status banner has nothing to report (the usual day). */
export const LAYOUT_SHIFT_PAGES = [
  ...LIGHTHOUSE_PAGES,
  {
    name: 'CMS page, status banner, all services work',
    path: '/scripts/bench/lighthouse/status-banner-all-work.html',
  },
];

export const LAYOUT_SHIFT_VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
const TAGS = 'city-services, service-status, form-finder, defect-reporter, registry-booking';

async function layoutShiftOf(context, url, viewport) {
  const page = await context.newPage();
  try {
    await page.setViewport(viewport);
    await page.evaluateOnNewDocument(() => {
      window.layoutShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          window.layoutShifts.push({
            value: entry.value,
            time: Math.round(entry.startTime),
            nodes: entry.sources.map((source) => source.node?.nodeName ?? '?').join(' '),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (tags) =>
        [...document.querySelectorAll(tags)].every(
          // A widget far down the page waits, undefined, until it is scrolled to.
          (element) => !element.matches(':defined') || element.getAttribute('state') !== 'loading',
        ),
      { timeout: 60_000 },
      TAGS,
    );
    // The modules of the widgets in view load after the first frame: they are then in flight.
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const shifts = await page.evaluate(() => window.layoutShifts);
    return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
  } finally {
    await page.close();
  }
}

/** Every page at every width, first and repeat visit; resolves with the summed layout shift of each. */
export async function measureLayoutShift() {
  const { server, origin } = await serveBenchPages();
  const browser = await launchChromium();
  try {
    const results = [];
    for (const { name, path } of LAYOUT_SHIFT_PAGES) {
      for (const viewport of LAYOUT_SHIFT_VIEWPORTS) {
        const url = new URL(path, origin).href;
        const context = await browser.createBrowserContext();
        try {
          for (const visit of ['first', 'repeat']) {
            results.push({
              name,
              viewport,
              visit,
              ...(await layoutShiftOf(context, url, viewport)),
            });
          }
        } finally {
          await context.close();
        }
      }
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function layoutShiftTable(results) {
  const lines = ['| page | width | visit | layout shift | largest shifts (ms: value, nodes) |'];
  lines.push('| --- | ---: | --- | ---: | --- |');
  for (const { name, viewport, visit, total, shifts } of results) {
    const largest = [...shifts]
      .sort((a, b) => b.value - a.value)
      .slice(0, 3)
      .map((shift) => `${shift.time}: ${shift.value.toFixed(3)} (${shift.nodes})`)
      .join('<br>');
    lines.push(
      `| ${name} | ${viewport.width} px | ${visit} | ${total.toFixed(3)} | ${largest || '–'} |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(layoutShiftTable(await measureLayoutShift()));
}
