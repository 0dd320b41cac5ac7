// "Was ist aus meiner Meldung geworden?": a sent report's current state. Open311 GeoReport v2
// answers `GET requests/{service_request_id}.json` with a one-element array (status open or
// closed, status_notes, updated_datetime, agency_responsible); a server that answered the POST
// with a token only is asked `GET tokens/{token}.json` first, which gives the
// service_request_id once the city's system has made one. The state itself (ReportStatus) is
// the same for the library's own contract (report-status-lookup.ts).
import type { ReportStatus } from '../report-status/report-status-lookup.js';

/**
 * What a token lookup found: the report's number, not yet one (the city still files it), or
 * nothing: the server does not know the token.
 */
export type TokenLookup = { kind: 'found'; id: string } | { kind: 'pending' } | { kind: 'unknown' };

/**
 * A GET requests/{id}.json answer; undefined when it holds no request with a known status
 * (an empty array: the server does not know the number).
 */
export function parseOpen311RequestStatus(
  json: unknown,
  askedId?: string,
): ReportStatus | undefined {
  const request = firstRequest(json);
  const state = text(request.status)?.toLowerCase();
  if (state !== 'open' && state !== 'closed') return undefined;
  const status: ReportStatus = { id: text(request.service_request_id) ?? askedId ?? '', state };
  if (!status.id) return undefined;
  const notes = text(request.status_notes);
  if (notes) status.notes = notes;
  const updated = text(request.updated_datetime);
  if (updated && !Number.isNaN(Date.parse(updated))) status.updated = updated;
  const agency = text(request.agency_responsible);
  if (agency) status.agency = agency;
  return status;
}

/**
 * A GET tokens/{token}.json answer (`[{ "service_request_id": 638344, "token": 12345 }]`). Only
 * an answer that holds the token is "not yet a number": servers answer a token they do not know
 * as they answer an unknown request number, some with `200 []` (docs/defect-reporter.md).
 */
export function parseOpen311Token(json: unknown): TokenLookup {
  const request = firstRequest(json);
  const id = text(request.service_request_id);
  if (id) return { kind: 'found', id };
  return text(request.token) ? { kind: 'pending' } : { kind: 'unknown' };
}

/**
 * The URL of `{resource}/{id}.json` beside the server's services.json (or requests.json): the
 * same base and query (jurisdiction_id stays; api_key is not needed for reading and is dropped).
 */
export function open311ResourceUrl(
  serverUrl: string,
  resource: 'requests' | 'tokens' | 'services',
  id: string,
): string {
  const url = new URL(serverUrl, document.baseURI);
  url.pathname = url.pathname.replace(/[^/]*$/, `${resource}/${encodeURIComponent(id)}.json`);
  url.searchParams.delete('api_key');
  return url.href;
}

function firstRequest(json: unknown): Record<string, unknown> {
  return Object(
    [(json as { service_requests?: unknown } | null)?.service_requests ?? json].flat()[0],
  ) as Record<string, unknown>;
}

function text(value: unknown): string | undefined {
  return (
    ((typeof value === 'string' || typeof value === 'number') && String(value).trim()) || undefined
  );
}
