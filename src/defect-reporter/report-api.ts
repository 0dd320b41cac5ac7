// What every report API adapter speaks (this library's contract in civic-api.ts, Open311 in
// open311.ts): the categories they read, the request they build and the outcome they make of
// an answer. The adapters import from here, never from their caller.

/** A category of defect, whichever API it came from. */
export interface Category {
  id: string;
  name: string;
  group?: string;
  description?: string;
  keywords?: string[];
  /** Open311: the service asks questions of its own (a service definition, `metadata` true). */
  questions?: boolean;
}

/** What an API adapter builds for one report. */
export interface ReportRequest {
  body: FormData | URLSearchParams;
  headers: Record<string, string>;
}

/** What became of one attempt to send a report. */
export type ReportSendOutcome =
  /** The city took it: its reference (or Open311's token; '' when it named none) and its message. */
  | { kind: 'sent'; id: string; message?: string; token?: boolean }
  /**
   * The city did not take it and retrying would not help: `status` (4xx), field messages by
   * field name, and the server's readable messages (none for an HTML error page).
   */
  | { kind: 'refused'; status: number; fields: Record<string, string>; errors: string[] }
  /** No answer, 5xx, 408/425/429 or a 2xx that is not the city's: try again later, after
   * `retryAfterMs` if the server said (429/503 `Retry-After`). */
  | { kind: 'retry'; retryAfterMs?: number };

/** Retrying may succeed after 5xx and no answer, and after timeouts, "too early", rate limits. */
export function isRetryableStatus(status: number): boolean {
  return status < 400 || status >= 500 || [408, 425, 429].includes(status);
}

/** A string or number as trimmed text; undefined for anything else or an empty string. */
export function readableText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return String(value).trim() || undefined;
}
