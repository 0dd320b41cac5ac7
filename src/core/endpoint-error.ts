/** What went wrong when an endpoint was asked: the five ways a widget can lose its data. */
export type EndpointErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'schema';

/**
 * The longest wait a server's `Retry-After` is honoured for. A server asking for more (or a
 * date far ahead, e.g. from a wrong clock) is asked again after this: a citizen's page must
 * not stay silent for hours on one header.
 */
export const RETRY_AFTER_MAX_MS = 10 * 60_000;

/**
 * Reads an HTTP `Retry-After` value (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
 * Returns milliseconds from `now`, capped at `max` ({@link RETRY_AFTER_MAX_MS} unless the
 * caller keeps its own limit, as the reporter's outbox does); undefined when the header is
 * absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
  max: number = RETRY_AFTER_MAX_MS,
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  // Digits are seconds; a date has a weekday and a month name (engines read "-5" as a year).
  const ms = /^\d+$/.test(text)
    ? Number(text) * 1000
    : /[a-z]/i.test(text)
      ? Date.parse(text) - now
      : Number.NaN;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(max, Math.max(0, ms));
}

export interface EndpointErrorOptions {
  status?: number;
  response?: Response;
  body?: unknown;
  cause?: unknown;
  /** How long the server asked to wait before the next request (its `Retry-After`), in ms. */
  retryAfterMs?: number;
}

/**
 * A failed endpoint request, typed so that widgets never guess what "failed" means.
 * Carries the URL, the HTTP status (kind `http`), the response when there was one, the
 * server's `Retry-After` (a 429 or 503 that says when to come back), and the underlying cause
 * (a TypeError from fetch, a SyntaxError from JSON.parse, a schema error…).
 */
export class EndpointError extends Error {
  override readonly name = 'EndpointError';
  readonly kind: EndpointErrorKind;
  readonly url: string;
  readonly status?: number;
  readonly response?: Response;
  /** Parsed JSON body of an HTTP error answer, when the server sent one (field errors). */
  readonly body?: unknown;
  /**
   * Milliseconds the server asked to wait before asking again (its `Retry-After`, capped at
   * {@link RETRY_AFTER_MAX_MS}); undefined when it did not say. Retries use it instead of a
   * fixed backoff. Cross-origin servers must expose the header
   * (`Access-Control-Expose-Headers: Retry-After`).
   */
  readonly retryAfterMs?: number;

  constructor(kind: EndpointErrorKind, url: string, options: EndpointErrorOptions = {}) {
    super(
      `${kind} error for ${url}${options.status ? ` (HTTP ${options.status})` : ''}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.kind = kind;
    this.url = url;
    this.status = options.status;
    this.response = options.response;
    this.body = options.body;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export const isEndpointError = (error: unknown): error is EndpointError =>
  error instanceof EndpointError;
