// The headless Chromium that the scripts (benchmarks, screenshots) and the Node tests start:
// Debian's package, or CHROMIUM_PATH (scripts/browser-paths.mjs).
import puppeteer from 'puppeteer-core';
import { browserPaths } from './browser-paths.mjs';

/**
 * Flags of every Chromium this repository starts: no sandbox (CI runs as root in a container),
 * and no background downloads that would take bandwidth and CPU from what is measured.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Starts headless Chromium; `args` come after CHROMIUM_ARGS, other options go to puppeteer. */
export function launchChromium({ args = [], ...options } = {}) {
  return puppeteer.launch({
    executablePath: browserPaths().chromium,
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...args],
  });
}
