// Tests run in real Chromium and Firefox (Debian's packages) against real HTTP: the dev
// server's middleware is the same mock back end the demo uses (demo/mock/).
import rollupJson from '@rollup/plugin-json';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { mockMiddleware } from './demo/mock/middleware.mjs';
import { browserPaths } from './scripts/browser-paths.mjs';
import { CHROMIUM_ARGS } from './scripts/launch-chromium.mjs';
import { leafletTrustedTypesServer } from './scripts/leaflet-trusted-types.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { umdAsEsm } from './scripts/umd-as-esm.mjs';
import { existsSync } from 'node:fs';

const paths = browserPaths();

// The widgets' strings (src/**/*-messages.<lang>.json) become modules as in the build
// (rollup.config.js); fixtures and other JSON are served as JSON.
const WIDGET_STRINGS = 'src/**/*.json';
/** The module answers held back by a `civic-module-fault=<module>@stall` cookie, by browser. */
const stalledModules = new Set();
const STALLED_MODULES_RELEASE = '/__civic-stalled-modules/release';
const FRESH_SOURCES = '/__civic-fresh-sources/';
/** The same for the whole tree: a module's relative imports of node_modules come fresh too. */
const FRESH_ROOT = '/__civic-fresh/';
const jsonModules = fromRollup(rollupJson);
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: paths.chromium,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
    }),
};
const selected = (process.env.BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);

// Visual regression (test/visual/) runs in its own group, in Chromium only: baselines are
// Chromium's pictures. It runs with the whole suite, alone with `--group visual` (npm run
// visual), or when TEST_FILES names it; `VISUAL_UPDATE=1` (npm run visual:update) writes new
// baselines. Text antialiasing is ignored; a moved or resized box is not.
const VISUAL_FILES = 'test/visual/**/*.test.ts';
const runVisual =
  selected.includes('chromium') &&
  (!process.env.TEST_FILES || process.env.TEST_FILES.includes('test/visual'));
const visualRegression = visualRegressionPlugin({
  update: process.env.VISUAL_UPDATE === '1',
  baseDir: 'test/visual',
  getBaselineName: ({ name }) => `baselines/${name}`,
  getDiffName: ({ name }) => `failed/${name}-diff`,
  getFailedName: ({ name }) => `failed/${name}`,
  // pixelmatch: a colour distance of 0.2 and antialiased pixels are not differences.
  diffOptions: { threshold: 0.2, includeAA: false },
  // A different size fails outright; otherwise at most 0.02 % of the pixels may differ.
  failureThresholdType: 'percent',
  failureThreshold: 0.02,
});

export default {
  files: [process.env.TEST_FILES ?? 'test/**/*.test.ts', `!${VISUAL_FILES}`],
  groups: runVisual
    ? [{ name: 'visual', files: VISUAL_FILES, browsers: [launchers.chromium()] }]
    : [],
  nodeResolve: { exportConditions: ['development'] },
  // One test file at a time per browser: background tabs throttle timers and animation frames.
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 30_000 } },
  middleware: [
    // A module of the library that cannot be loaded (a broken deploy, the network gone after
    // the page came): while a test's cookie `civic-module-fault` names it ("booking-step"), its
    // file answers 404; named with "@network" ("report-later@network"), the connection is cut.
    // Browsers keep a module that failed as failed for the page's life (Chromium not after a cut
    // connection), and their cache keeps a 404: the test asks for the file again once healed.
    // Named with "@stall", the answer waits (a stalled mobile connection) until the test's
    // browser asks for STALLED_MODULES_RELEASE. A browser keeps a script it has loaded in its
    // memory for the next test file's page too: a stall test loads the library from FRESH_SOURCES,
    // the same files under a path no other page has asked for; under FRESH_ROOT its npm packages
    // too (a stalled Leaflet: "leaflet-src.esm@stall").
    (ctx, next) => {
      if (ctx.path.startsWith(FRESH_SOURCES)) ctx.path = ctx.path.replace(FRESH_SOURCES, '/src/');
      if (ctx.path.startsWith(FRESH_ROOT)) ctx.path = ctx.path.replace(FRESH_ROOT, '/');
      const browser = ctx.get('user-agent');
      if (ctx.path === STALLED_MODULES_RELEASE) {
        for (const stalled of [...stalledModules]) {
          if (stalled.browser !== browser) continue;
          stalledModules.delete(stalled);
          stalled.release();
        }
        ctx.status = 204;
        return undefined;
      }
      const [fault, how] = (ctx.cookies.get('civic-module-fault') ?? '').split('@');
      const name = ctx.path
        .replace(/\.[jt]s$/, '')
        .split('/')
        .pop();
      if (fault && /^\/(src|node_modules)\//.test(ctx.path) && name === fault) {
        if (how === 'stall') {
          return new Promise((release) => stalledModules.add({ browser, release })).then(next);
        }
        if (how === 'network') ctx.req.socket.destroy();
        else ctx.status = 404;
        return undefined;
      }
      return next();
    },
    // A module asks for its worker by its built name (`new URL('./x-worker.js', import.meta.url)`,
    // src/form-finder/form-catalog-reader.ts); here the sources are served: the `.ts` file.
    (ctx, next) => {
      const source = ctx.path.replace(/\.js$/, '.ts');
      const served = ctx.path.startsWith('/src/') && !existsSync(`.${ctx.path}`);
      if (served && source !== ctx.path && existsSync(`.${source}`)) ctx.path = source;
      return next();
    },
    mockMiddleware(),
  ],
  mimeTypes: { [WIDGET_STRINGS]: 'js' },
  plugins: [
    jsonModules({ include: WIDGET_STRINGS, namedExports: false, preferConst: true }),
    // Leaflet loads under Trusted Types (see the script); before esbuild rewrites its source.
    leafletTrustedTypesServer(),
    umdAsEsm(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    visualRegression,
  ],
  browsers: selected.map((b) => launchers[b]()),
  reporters: [defaultReporter(), summaryReporter()],
};
