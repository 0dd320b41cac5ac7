// Screenshots of the demo as a citizen sees it, in headless Chromium: desktop and phone, and
// with every endpoint failing. Also fails on any console error (a CSP violation shows there).
// Usage: npm run build && node scripts/screenshot-demo.mjs [outdir]
import { serveDemo } from './serve-demo.mjs';
import { launchChromium } from './launch-chromium.mjs';

const outdir = process.argv[2] ?? 'docs/screenshots';
const { server, url } = await serveDemo({ quiet: true });
const browser = await launchChromium();
const problems = [];
const setFaults = (mode) =>
  fetch(new URL('/api/_faults', url)).then(async (res) => {
    const { routes } = await res.json();
    for (const r of routes) {
      await fetch(new URL(`/api/_faults?name=${r.name}&mode=${mode}`, url), { method: 'POST' });
    }
  });

async function shoot(name, viewport, mode = 'ok', { clearCache = true } = {}) {
  await setFaults(mode);
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`${name}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${name}: ${e.message}`));
  await page.setViewport(viewport);
  await page.goto(url);
  if (clearCache) await page.evaluate(() => localStorage.clear());
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 30000 }).catch(() => {});
  await new Promise((r) => setTimeout(r, mode === 'hang' ? 6000 : 800));
  // WCAG 1.4.10 Reflow: the page is never wider than the screen (issue 12 showed 446 px at 390).
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (pageWidth > viewport.width) {
    problems.push(`${name}: the page is ${pageWidth} px wide on a ${viewport.width} px screen`);
  }
  await screenshotWholePage(page, viewport, `${outdir}/${name}.png`);
  await page.close();
}

/**
 * The whole page as it is laid out at `viewport`'s width: the viewport made as tall as the page,
 * then a plain screenshot. Puppeteer's `fullPage` lays the page out again for the capture, and
 * the status banner's resize observer then saw a narrow width: the desktop shot showed the
 * phone's summary line instead of the banner's lines.
 */
async function screenshotWholePage(page, viewport, path) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewport({ ...viewport, height });
  // Now every widget is in view: those the autoloader left for later (far down) load now.
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 }).catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 300)); // the layout at the new height
  await page.screenshot({ path });
}

/** The editor's fallback slot must be readable before and without JavaScript. */
async function withoutJavaScript() {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  const text = await page.evaluate(() => document.body.innerText);
  for (const expected of [
    '(02324) 204 3030',
    'standesamt@example.org',
    'buergerbuero@example.org',
  ]) {
    if (!text.includes(expected)) problems.push(`no-js: "${expected}" not visible`);
  }
  await screenshotWholePage(page, { width: 1280, height: 900 }, `${outdir}/demo-no-javascript.png`);
  await page.close();
}

/** The defect reporter's map, opened by keyboard-free clicks, under the demo's strict CSP. */
async function defectMap() {
  await setFaults('ok');
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`map: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`map: ${e.message}`));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(new URL('#maengel', url).href, { waitUntil: 'networkidle0' });
  const inShadow = (selector) =>
    page.waitForFunction(
      (s) => document.querySelector('defect-reporter')?.shadowRoot?.querySelector(s),
      { timeout: 10000 },
      selector,
    );
  await (await inShadow('input[name="category"]')).click();
  await (await inShadow('#dr-next')).click();
  await (await inShadow('#dr-map-open')).click();
  await inShadow('#dr-map img.leaflet-tile-loaded');
  await (await inShadow('#dr-map-center')).click();
  await new Promise((r) => setTimeout(r, 300));
  const el = await page.$('defect-reporter');
  await el.screenshot({ path: `${outdir}/demo-defect-map.png` });
  await page.close();
}

try {
  await withoutJavaScript();
  await defectMap();
  await shoot('demo-desktop', { width: 1280, height: 900 });
  await shoot('demo-phone', { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true });
  await shoot('demo-endpoints-500', { width: 1280, height: 900 }, '500');
} finally {
  await setFaults('ok');
  await browser.close();
  await server.stop();
}
const real = problems.filter((p) => !/Failed to load resource/.test(p));
if (real.length) {
  console.error(real.join('\n'));
  process.exit(1);
}
console.log(`screenshots in ${outdir}/`);
