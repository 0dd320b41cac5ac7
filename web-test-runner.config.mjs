// Tests run in real Chromium and Firefox (Debian's packages) against real HTTP: the dev
// server's middleware is the same mock back end the demo uses (demo/mock/).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { mockMiddleware } from './demo/mock/middleware.mjs';
import { browserPaths } from './scripts/browser-paths.mjs';
import { leafletTrustedTypesServer } from './scripts/leaflet-trusted-types.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { umdAsEsm } from './scripts/umd-as-esm.mjs';

const paths = browserPaths();
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: paths.chromium,
        headless: true,
        args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
    }),
};
const selected = (process.env.BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);

export default {
  files: process.env.TEST_FILES ?? 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['development'] },
  // One test file at a time per browser: background tabs throttle timers and animation frames.
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 30_000 } },
  middleware: [mockMiddleware()],
  plugins: [
    // Leaflet loads under Trusted Types (see the script); before esbuild rewrites its source.
    leafletTrustedTypesServer(),
    umdAsEsm(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  browsers: selected.map((b) => launchers[b]()),
  reporters: [defaultReporter(), summaryReporter()],
};
