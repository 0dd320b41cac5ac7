import { EndpointError, parseRetryAfter } from './endpoint-error.js';
import { parseJsonText } from './normalize-json.js';

/** Default request timeout in milliseconds, for reads and for sends. */
export const DEFAULT_TIMEOUT_MS = 5000;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: BodyInit;
  /** Milliseconds before the request is aborted as a `timeout` error (covers reading the body). */
  timeout?: number;
  /** Aborts the request (disconnect, a newer run). An abort is rethrown as the signal's reason. */
  signal?: AbortSignal;
  /**
   * `false`: the JSON exactly as the server wrote it, not through `normalizeJson` (a signed
   * object that goes back unchanged, e.g. an ALTCHA challenge with its `null` fields).
   */
  normalize?: boolean;
  /**
   * `true`: the body is neither decoded nor parsed here: `body` and `raw` are the answer as a
   * Blob, for a large answer that its widget reads off the main thread (decoding 4 MB of text
   * here was a task of ~100 ms on a slow phone). An HTTP error's body is the Blob.
   */
  asBlob?: boolean;
}

export interface JsonResponse {
  status: number;
  /**
   * Parsed JSON body through `parseJsonText` (normalize-json.ts), or undefined when the body
   * was empty; with `asBlob` the body as a Blob.
   */
  body: unknown;
  /**
   * The body as it arrived, what the last good copy keeps (without a re-stringify): its text,
   * or with `asBlob` the Blob, undecoded.
   */
  raw: string | Blob;
  response: Response;
}

class TimeoutMarker extends Error {}

/**
 * The one place that calls `fetch`. Sends a request with a timeout and reads a JSON answer,
 * translating every failure into an {@link EndpointError}. HTTP errors keep their parsed body
 * (field errors of a 4xx) on the error.
 */
export async function requestJson(
  url: string,
  options: RequestOptions = {},
): Promise<JsonResponse> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const outer = options.signal;
  const forwardAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) forwardAbort();
  outer?.addEventListener('abort', forwardAbort, { once: true });
  const timer = timeout > 0 ? setTimeout(() => controller.abort(new TimeoutMarker()), timeout) : 0;

  const fail = (cause: unknown): never => {
    if (controller.signal.reason instanceof TimeoutMarker) {
      throw new EndpointError('timeout', url, { cause });
    }
    if (outer?.aborted) throw outer.reason ?? cause;
    if (cause instanceof EndpointError) throw cause;
    throw new EndpointError('network', url, { cause });
  };

  try {
    let response: Response;
    let raw: string | Blob;
    try {
      response = await fetch(url, {
        method: options.method ?? 'GET',
        headers: { accept: 'application/json', ...options.headers },
        body: options.body,
        signal: controller.signal,
        credentials: 'same-origin',
        // Revalidate every time (ETag / Last-Modified): a status file edited on a plain web
        // server must reach open pages, not be answered from the browser's heuristic cache.
        cache: 'no-cache',
      });
      raw = options.asBlob ? await response.blob() : await response.text();
    } catch (cause) {
      return fail(cause);
    }
    // With `asBlob` the Blob is the body.
    let body: unknown = raw;
    let parseError: unknown;
    try {
      if (typeof raw == 'string') body = parseJsonText(raw, options.normalize !== false);
    } catch (cause) {
      parseError = cause;
    }
    if (!response.ok) {
      throw new EndpointError('http', url, {
        status: response.status,
        response,
        body,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
      });
    }
    if (parseError !== undefined) {
      throw new EndpointError('parse', url, {
        status: response.status,
        response,
        cause: parseError,
      });
    }
    return { status: response.status, body, raw, response };
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forwardAbort);
  }
}
