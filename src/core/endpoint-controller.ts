import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EndpointError } from './endpoint-error.js';
import type { DataSource } from './events.js';
import { DEFAULT_TIMEOUT_MS, requestJson } from './http.js';
import { unlessStalled } from './unless-stalled.js';
import { localStorageStore } from './last-good-cache.js';
import { normalizeJson } from './normalize-json.js';
import type { LastGoodStore } from './last-good-cache.js';

/** What a widget shows: `loading` (first load only), `ready`, `stale` (last good data), `fallback`. */
export type EndpointState = 'loading' | 'ready' | 'stale' | 'fallback';

export interface EndpointConfig<T> {
  /** Validates raw JSON into the widget's data; throws (or rejects) on a wrong shape. */
  parse: (raw: unknown) => T | Promise<T>;
  /** The endpoint URL, read on every update. */
  url: () => string | null | undefined;
  /** Timeout in ms (default 5000). */
  timeout?: () => number;
  /** Keep and use the last good payload (default true). */
  cache?: () => boolean;
  /** Data given directly (the `data` property): shown as it is, no request. */
  data?: () => unknown;
  /** An inline snapshot (a `<script type="application/json">` child). */
  snapshot?: () => unknown;
  /** Extra task arguments: a change re-runs the load (e.g. a month for calendar slots). */
  args?: () => readonly unknown[];
  /** Builds the URL to fetch from url() and args() (e.g. adds query parameters). */
  requestUrl?: (url: string, args: readonly unknown[]) => string;
}

/** How many task arguments the controller itself uses; `config.args` follow them. */
const OWN_ARGS = 5;

export interface EndpointView<T> {
  state: EndpointState;
  data?: T;
  source?: DataSource;
  /** ISO time the shown data was received (stale data: its date). */
  savedAt?: string;
  error?: EndpointError;
  /**
   * The extra arguments (`config.args`) of the load that produced this view. While a load with
   * new arguments runs, the previous view stays on screen; this says whose data it is.
   */
  args?: readonly unknown[];
}

/**
 * The one way every widget loads its endpoint. Built on @lit/task (explicit states, an
 * AbortSignal per run, late answers of older runs dropped by its call counter), it adds what a
 * widget on a foreign page needs: a timeout, abort on disconnect, validation with the widget's
 * schema, the last good payload kept per URL and shown when the endpoint fails, a typed error,
 * and a re-check when the browser comes back online.
 *
 * Sources in order: the `data` property (no request); the endpoint (on failure: the cached
 * last good payload, else the inline snapshot, each shown as stale); the inline snapshot.
 */
export class EndpointController<T> implements ReactiveController {
  readonly #task: Task<readonly unknown[], EndpointView<T>>;
  #lastView: EndpointView<T> = { state: 'loading' };
  #abortedByDisconnect = false;
  /** Epoch ms before which no automatic reload starts: the server's `Retry-After`. */
  #notBefore = 0;
  #retryTimer = 0;
  #lastLoadAt = 0;

  readonly #config: EndpointConfig<T>;

  /**
   * Where the last good payloads are kept: localStorage unless a widget whose payloads can be
   * large sets another store (`<form-finder>`: last-good-store.ts, IndexedDB for large ones).
   */
  lastGoodStore: LastGoodStore = localStorageStore;

  /**
   * How the endpoint is asked: {@link requestJson}, unless a widget wraps it to read its answer
   * another way (`<form-finder>`: unparsed, then parsed and checked in a worker). What it
   * resolves with goes to the config's `parse`; an EndpointError it throws is the endpoint's.
   */
  request: typeof requestJson = requestJson;

  constructor(host: ReactiveControllerHost & HTMLElement, config: EndpointConfig<T>) {
    this.#config = config;
    host.addController(this);
    this.#task = new Task(host, {
      task: async (args, { signal }) => {
        this.#lastLoadAt = Date.now();
        const view = await this.#load(args, signal);
        this.#honourRetryAfter(view.error);
        return { ...view, args: args.slice(OWN_ARGS) };
      },
      args: () => [
        config.url() ?? undefined,
        config.timeout?.() ?? DEFAULT_TIMEOUT_MS,
        config.cache?.() ?? true,
        config.data?.(),
        config.snapshot?.(),
        ...(config.args?.() ?? []),
      ],
    });
  }

  /** The current state and data. While a reload runs, the previous result stays on screen. */
  get view(): EndpointView<T> {
    if (this.#task.status === TaskStatus.COMPLETE && this.#task.value) {
      this.#lastView = this.#task.value;
    }
    return this.#lastView;
  }

  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /**
   * Epoch ms the last load started, whoever started it (0: none yet). A PollController given
   * this counts its interval from it, so no poll follows another request moments later.
   */
  get lastLoadAt(): number {
    return this.#lastLoadAt;
  }

  /** Asks the endpoint again now, because someone asked (the retry button, a new setting). */
  reload(): Promise<void> {
    return this.#task.run();
  }

  /**
   * Asks the endpoint again unless that would harm: an automatic reload (a `refresh` poll, the
   * browser coming back online, the server's `Retry-After` elapsing). Skipped while a load is
   * in flight, so a poll never cancels a request that is still waiting (that request's timeout
   * always applies, and a slow endpoint can answer), and while the server's `Retry-After` runs.
   * Returns whether a load started.
   */
  poll(): boolean {
    if (this.pending || Date.now() < this.#notBefore) return false;
    void this.#task.run();
    return true;
  }

  hostConnected(): void {
    window.addEventListener('online', this.#onOnline);
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this.reload();
    } else if (this.#notBefore) {
      this.#scheduleRetry(this.#notBefore - Date.now());
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onOnline);
    clearTimeout(this.#retryTimer);
    if (this.pending) {
      this.#abortedByDisconnect = true;
      this.#task.abort(new DOMException('disconnected', 'AbortError'));
    }
  }

  readonly #onOnline = () => {
    const { state } = this.view;
    if (state === 'stale' || state === 'fallback') this.poll();
  };

  /**
   * A server that answered 429 or 503 with `Retry-After` said when to come back: ask again
   * then (once, on its own), and let no poll ask before. Any other outcome clears the wait.
   */
  #honourRetryAfter(error: EndpointError | undefined): void {
    clearTimeout(this.#retryTimer);
    this.#notBefore = 0;
    if (error?.retryAfterMs === undefined) return;
    // At least a second: a server answering "Retry-After: 0" again and again gets no busy loop.
    const wait = Math.max(1000, error.retryAfterMs);
    this.#notBefore = Date.now() + wait;
    this.#scheduleRetry(wait);
  }

  #scheduleRetry(wait: number): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = window.setTimeout(
      () => {
        this.#notBefore = 0;
        this.poll();
      },
      Math.max(0, wait),
    );
  }

  /**
   * Milliseconds after which a step past the request counts as stalled (0: never): parsing may
   * wait for an API's adapter chunk, the last good copy for the IndexedDB code (see
   * {@link unlessStalled}). Then the widget shows what it has without it, or its fallback.
   */
  #stallAfter = 0;

  /**
   * Validates data from any source. The endpoint's answer arrives normalised (requestJson);
   * the `data` property, the inline snapshot and the cached copy are normalised here, the same
   * way, so that all sources show the same screen for the same payload.
   */
  async #parse(raw: unknown, url: string, source: DataSource): Promise<T> {
    try {
      return await unlessStalled(
        this.#config.parse(source === 'endpoint' ? raw : normalizeJson(raw)),
        this.#stallAfter,
      );
    } catch (cause) {
      throw new EndpointError('schema', url, { cause });
    }
  }

  async #load(args: readonly unknown[], signal: AbortSignal): Promise<EndpointView<T>> {
    const [url, timeout, useCache, data, snapshot] = args as [
      string | undefined,
      number,
      boolean,
      unknown,
      unknown,
    ];
    this.#stallAfter = 2 * timeout;
    // Without an endpoint, or with data given directly, there is nothing to ask.
    const given: [DataSource, unknown] | undefined =
      data !== undefined
        ? ['property', data]
        : !url && snapshot !== undefined
          ? ['inline', snapshot]
          : undefined;
    if (given) {
      try {
        return {
          state: 'ready',
          data: await this.#parse(given[1], `(${given[0]})`, given[0]),
          source: given[0],
        };
      } catch (error) {
        return { state: 'fallback', error: error as EndpointError };
      }
    }
    if (!url) return { state: 'fallback' };
    const requestUrl = this.#config.requestUrl?.(url, args.slice(OWN_ARGS)) ?? url;
    try {
      const { body, raw } = await this.request(requestUrl, { timeout, signal });
      const parsed = await this.#parse(body, requestUrl, 'endpoint');
      const savedAt = new Date().toISOString();
      // The raw answer is kept, not the parsed one: parsing it again later must give the same.
      if (useCache) this.lastGoodStore.write(requestUrl, raw, savedAt);
      return { state: 'ready', data: parsed, source: 'endpoint', savedAt };
    } catch (error) {
      // An abort, or any failure of a run aborted meanwhile: the Task drops it.
      if (!(error instanceof EndpointError) || signal.aborted) throw error;
      return this.#fallBack(requestUrl, useCache, snapshot, error);
    }
  }

  async #fallBack(
    url: string,
    useCache: boolean,
    snapshot: unknown,
    error: EndpointError,
  ): Promise<EndpointView<T>> {
    const cached = useCache
      ? await unlessStalled(this.lastGoodStore.read(url), this.#stallAfter).catch(() => undefined)
      : undefined;
    if (cached) {
      try {
        return {
          state: 'stale',
          data: await this.#parse(cached.data, url, 'cache'),
          source: 'cache',
          savedAt: cached.savedAt,
          error,
        };
      } catch {
        // A cache entry from an older schema: ignore it.
      }
    }
    if (snapshot !== undefined) {
      try {
        return {
          state: 'stale',
          data: await this.#parse(snapshot, url, 'inline'),
          source: 'inline',
          error,
        };
      } catch {
        // An invalid snapshot is no better than none.
      }
    }
    return { state: 'fallback', error };
  }
}
