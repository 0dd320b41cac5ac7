/** What went wrong when an endpoint was asked: the five ways a widget can lose its data. */
export type EndpointErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'schema';

/**
 * A failed endpoint request, typed so that widgets never guess what "failed" means.
 * Carries the URL, the HTTP status (kind `http`), the response when there was one, and the
 * underlying cause (a TypeError from fetch, a SyntaxError from JSON.parse, a zod error…).
 */
export class EndpointError extends Error {
  override readonly name = 'EndpointError';
  readonly kind: EndpointErrorKind;
  readonly url: string;
  readonly status?: number;
  readonly response?: Response;
  /** Parsed JSON body of an HTTP error answer, when the server sent one (field errors). */
  readonly body?: unknown;

  constructor(
    kind: EndpointErrorKind,
    url: string,
    options: { status?: number; response?: Response; body?: unknown; cause?: unknown } = {},
  ) {
    super(
      `${kind} error for ${url}${options.status ? ` (HTTP ${options.status})` : ''}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.kind = kind;
    this.url = url;
    this.status = options.status;
    this.response = options.response;
    this.body = options.body;
  }
}

export const isEndpointError = (e: unknown): e is EndpointError => e instanceof EndpointError;
