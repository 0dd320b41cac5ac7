// Sends one report: to this library's contract (multipart POST submit_url) or to an Open311
// GeoReport v2 server (POST requests.json). Every answer becomes one of three outcomes: sent
// (with the city's reference), refused (field errors to show; retrying would not help) or
// retry (5xx, network, timeout, a 2xx without a reference: the outbox keeps it).
import { EndpointError } from '../core/endpoint-error.js';
import { requestJson } from '../core/http.js';

export type SubmitOutcome =
  | { kind: 'sent'; id: string; message?: string; token?: boolean }
  | { kind: 'refused'; fields: Record<string, string>; errors: string[] }
  | { kind: 'retry' };

/**
 * Sends a report (its fields) once. Where it goes is kept in its `_`-fields, so an outbox entry
 * can be sent later without the config: `_url`, `_api` (`open311`, or empty for this library's
 * contract), `_jurisdiction`, `_api_key`, `_media` (`1`: the Open311 server accepts photos as
 * multipart `media`).
 */
export async function submitReport(
  fields: Record<string, string>,
  photos: readonly Blob[],
  key: string,
  timeout: number,
): Promise<SubmitOutcome> {
  // Each API is a chunk of its own (a page speaks one): its body, headers and answers.
  const api = await (fields._api === 'open311' ? import('./open311.js') : import('./civic-api.js'));
  const { body, headers } = api.reportRequest(fields, photos, key);
  // Status 0: no answer (network, timeout); a 2xx whose body is not JSON has no body.
  let status = 0;
  let json: unknown;
  try {
    ({ status, body: json } = await requestJson(fields._url, {
      method: 'POST',
      headers,
      body,
      timeout,
    }));
  } catch (error) {
    if (error instanceof EndpointError) ({ status = 0, body: json } = error);
  }
  return api.reportOutcome(status, json);
}

/** What an API module builds for one report. */
export interface ReportRequest {
  body: FormData | URLSearchParams;
  headers: Record<string, string>;
}

/** Retrying may succeed after 5xx and no answer, and after timeouts, "too early", rate limits. */
export const retryable = (status: number): boolean =>
  status < 400 || status >= 500 || [408, 425, 429].includes(status);
