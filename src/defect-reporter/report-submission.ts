// Sends one report: to this library's contract (multipart POST submit_url) or to an Open311
// GeoReport v2 server (POST requests.json). Every answer becomes one of three outcomes: sent
// (with the city's reference), refused (a 4xx: field errors and the server's messages, if it
// sent readable ones; retrying would not help) or retry (5xx, network, timeout, 408/425/429, a
// 2xx without a reference: the outbox keeps it).
import { EndpointError, parseRetryAfter } from '../core/endpoint-error.js';
import { requestJson } from '../core/http.js';
import { loadReportApi } from './report-api-adapters.js';
import type { ReportSendOutcome } from './report-api.js';
import type { SendableReport } from './report.js';

export type { SendableReport } from './report.js';

/** Sends `report` once, with its Idempotency-Key, and says what became of it. */
export async function submitReport(
  report: SendableReport,
  timeout: number,
): Promise<ReportSendOutcome> {
  // Each API is a chunk of its own (a page speaks one): its body, headers and answers.
  const api = await loadReportApi(report.route.api);
  const { body, headers } = api.reportRequest(report);
  // Status 0: no answer (network, timeout); a 2xx whose body is not JSON has no body.
  let status = 0;
  let json: unknown;
  let response: Response | undefined;
  try {
    ({
      status,
      body: json,
      response,
    } = await requestJson(report.route.url, {
      method: 'POST',
      headers,
      body,
      timeout,
    }));
  } catch (error) {
    if (error instanceof EndpointError) ({ status = 0, body: json, response } = error);
  }
  const outcome = api.reportOutcome(status, json);
  if (outcome.kind !== 'retry' || !response) return outcome;
  // Not capped here: the outbox keeps its own limit (report-outbox.ts, RETRY_AFTER_MAX_MS).
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now(), Infinity);
  return retryAfterMs === undefined ? outcome : { kind: 'retry', retryAfterMs };
}
