import { waitUntil } from '@open-wc/testing';
import { clear, createStore } from 'idb-keyval';
import type { EndpointState } from '../src/core/endpoint-controller.js';

// What a citizen sees lives in shadow-dom.ts; importers of this module get it here too.
export { shadow, shadowAll, shadowText } from './shadow-dom.js';

/**
 * Removes every cached payload of this library (and what a form keeps for its tab), so each test
 * starts without stale data.
 */
export function clearCivicStorage(): void {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) {
      if (key.startsWith('civic-widgets:')) storage.removeItem(key);
    }
  }
}

// Every test file of a browser runs at one origin in one profile: what a test leaves in
// localStorage stays for the files after it (in Firefox the whole run hit QuotaExceededError
// from mid-run on). Every file that imports these helpers cleans up after each of its tests.
afterEach(() => clearCivicStorage());

/**
 * Removes the large last good copies (IndexedDB, src/core/last-good-indexeddb.ts): a test that
 * makes a widget keep one (a catalogue of 20,000 forms) calls this after it.
 */
export async function clearLargeCopies(): Promise<void> {
  await clear(createStore('civic-widgets-last-good', 'copies'));
}

/**
 * Imports `path` (below src/) from the test server's fresh-sources path
 * (web-test-runner.config.mjs): browsers keep the scripts of earlier test files' pages in memory,
 * so a module loaded from src/ before would never be asked for again, and could not stall.
 * `withPackages`: the npm packages it imports come fresh too (Leaflet; Lit then a second time).
 */
export function importFresh(path: string, { withPackages = false } = {}): Promise<unknown> {
  const fresh = withPackages ? '/__civic-fresh/src/' : '/__civic-fresh-sources/';
  return import(/* @vite-ignore */ `${fresh}${path}`);
}

/**
 * Holds back the answer for the library's module `name` (a stalled connection) in this browser,
 * until the returned function releases it (and every other held answer) and ends the stall.
 */
export function stallModule(name: string): { release: () => Promise<void> } {
  document.cookie = `civic-module-fault=${name}@stall; path=/`;
  return {
    release: async () => {
      document.cookie = 'civic-module-fault=; path=/; max-age=0';
      await fetch('/__civic-stalled-modules/release');
    },
  };
}

/** A URL no earlier test has cached: the same endpoint with a unique `run` parameter. */
export function uniqueUrl(path: string, params: Record<string, string> = {}): string {
  const url = new URL(path, location.origin);
  url.searchParams.set('run', `${Date.now()}-${Math.random().toString(36).slice(2)}`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.pathname + url.search;
}

/** Waits until the widget reflects `state`. */
export async function waitForState(
  el: HTMLElement,
  state: EndpointState,
  timeout = 10000,
): Promise<void> {
  try {
    await waitUntil(() => el.getAttribute('state') === state, undefined, { timeout });
  } catch {
    // The state when the wait gave up (a message built before the wait would name the first).
    throw new Error(
      `expected state "${state}" within ${timeout} ms, is "${el.getAttribute('state')}"`,
    );
  }
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Makes localStorage throw like a browser with storage disabled; returns the undo. */
export function disableStorage(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return () => {
    if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
  };
}

/**
 * Watches the method `name` of `owner`: it still runs, and the arguments of each call are
 * recorded in `calls` until `restore()`.
 */
export function watchCalls<Owner extends object, Name extends keyof Owner>(
  owner: Owner,
  name: Name,
): { calls: unknown[][]; restore: () => void } {
  const original = owner[name] as (...args: unknown[]) => unknown;
  const calls: unknown[][] = [];
  owner[name] = function (this: unknown, ...args: unknown[]) {
    calls.push(args);
    return original.apply(this, args);
  } as Owner[Name];
  return {
    calls,
    restore: () => {
      owner[name] = original as Owner[Name];
    },
  };
}
