// `npm run bench`: sizes, times measured in headless Chromium against the demo's mock back end
// (built dist/), Lighthouse scores, layout shift and long tasks per page, and <form-finder>'s
// keystroke → painted latency at 10,000 forms. Prints markdown tables. Widget-specific benches
// live beside it (scripts/bench-*.mjs) and are run when present.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { measureSizes } from './size-budget.mjs';
import { serveDemo } from './serve-demo.mjs';
import { launchChromium } from './launch-chromium.mjs';
import {
  lighthouseTable,
  measureDesktopLayoutShift,
  measureLighthouse,
} from './bench-lighthouse.mjs';
import { longTasksTable, measureLongTasks } from './bench-long-tasks.mjs';
import { layoutShiftTable, measureLayoutShift } from './bench-layout-shift.mjs';
import { keystrokeTable, measureKeystrokeLatency } from './bench-keystroke-latency.mjs';

const kb = (b) => (b / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('## Size (gzip, each element alone with Lit and every shared module)\n');
console.log(
  '| bundle | initial KB | complete KB | optional chunks KB | limits KB (initial / complete) |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of await measureSizes()) {
  console.log(
    `| ${r.name} | ${kb(r.initial)} | ${kb(r.complete)} | ${r.apart ? kb(r.apart) : '–'} | ${r.budget ? `${r.budget.initial} / ${r.budget.complete}` : '–'} |`,
  );
}

const { server, url } = await serveDemo({ quiet: true });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(new URL('/scripts/bench/widget-timing.html', url).href);
  await page.waitForFunction(() => typeof window.timeWidget === 'function');
  const run = (attrs, state) =>
    page.evaluate((a, s) => window.timeWidget('service-status', a, s), attrs, state);
  const ready = [];
  for (let i = 0; i < 7; i++) {
    ready.push(
      await run({ endpoint: `/api/service-status?run=bench-${i}`, refresh: '0' }, 'ready'),
    );
  }
  const hang = [];
  for (let i = 0; i < 3; i++) {
    hang.push(
      await run(
        { endpoint: `/api/service-status?fault=hang&run=h${i}`, refresh: '0', timeout: '5000' },
        'fallback',
      ),
    );
  }
  console.log('\n## Time (headless Chromium, localhost mock back end)\n');
  console.log('| measure | median ms | runs |');
  console.log('| --- | ---: | ---: |');
  console.log(
    `| <service-status> connect → data painted | ${median(ready).toFixed(0)} | ${ready.length} |`,
  );
  console.log(
    `| <service-status> hanging endpoint → fallback painted (timeout 5000 ms) | ${median(hang).toFixed(0)} | ${hang.length} |`,
  );
} finally {
  await browser.close();
  await server.stop();
}

console.log(
  '\n## Lighthouse 12, mobile preset (simulated slow 4G, 4× CPU), median of 3 runs per page\n',
);
console.log(lighthouseTable(await measureLighthouse()));

const desktop = await measureDesktopLayoutShift();
console.log(
  `\n${desktop.page.name}, first visit, Lighthouse desktop preset (1350 px): CLS ${desktop.cumulativeLayoutShift.toFixed(3)} (runs ${desktop.runs.map((shift) => shift.toFixed(3)).join(', ')}; issue 14: ≤ 0.02, not held)`,
);

console.log('\n## Layout shift while the widgets load (Chromium, 390 and 1280 px)\n');
console.log(layoutShiftTable(await measureLayoutShift()));

console.log('\n## Long tasks on the main thread (Chromium trace, 4× CPU throttling via CDP)\n');
console.log(longTasksTable(await measureLongTasks()));

console.log(
  '\n## <form-finder> keystroke → painted, 10,000 forms (Event Timing, headless Chromium, 1× and 4× CPU)\n',
);
console.log(keystrokeTable(await measureKeystrokeLatency()));

// The widget benches print their own tables when run as scripts.
for (const [title, file] of [
  [
    '## <form-finder> search: 10,000 forms, FormSearchIndex against Fuse.js',
    'bench-form-search.mjs',
  ],
  ['## <defect-reporter> photo downscaling', 'bench-photo.mjs'],
  ['## <service-status> reading a Statuspage summary.json (Node)', 'bench-statuspage.mjs'],
]) {
  const path = fileURLToPath(new URL(file, import.meta.url));
  if (!existsSync(path)) continue;
  console.log(`\n${title}\n`);
  const run = spawnSync(process.execPath, [path], { stdio: ['ignore', 'inherit', 'ignore'] });
  if (run.status !== 0) console.log(`(${file} failed with exit code ${run.status})`);
}
