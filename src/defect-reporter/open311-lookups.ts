// The status lookup of an Open311 GeoReport v2 server, in the Open311 chunk: `GET
// requests/{service_request_id}.json`, and for a server that answered the POST with a token
// only, `GET tokens/{token}.json` first. Through requestJson (the one fetch, with its timeout);
// a lookup that fails says so beside the number (<report-status>, src/report-status/).
import { requestJson } from '../core/http.js';
import {
  open311ResourceUrl,
  parseOpen311RequestStatus,
  parseOpen311Token,
} from './open311-request-status.js';
import { failedLookup, lookUpCivicStatus } from '../report-status/report-status-lookup.js';
import type {
  LookupOptions,
  StatusLookup,
  StatusQuery,
} from '../report-status/report-status-lookup.js';

/** Where a report's status is read. */
export type StatusSource =
  | { api: 'open311'; /** services.json (or requests.json) of the server */ serverUrl: string }
  | { api: 'civic'; /** the config's `status_url`, with `{id}` */ template: string };

/**
 * The current state of a report. A token is resolved with `tokens/{token}.json` first. 404 (or
 * an empty list, or a request without a status) means the server does not know the number.
 */
export async function lookUpReportStatus(
  source: StatusSource,
  query: StatusQuery,
  options: LookupOptions = {},
): Promise<StatusLookup> {
  if (source.api === 'civic') return lookUpCivicStatus(source.template, query.id, options);
  const read = { timeout: options.timeout, signal: options.signal };
  try {
    let id = query.id;
    if (query.token) {
      const token = parseOpen311Token(
        (await requestJson(open311ResourceUrl(source.serverUrl, 'tokens', id), read)).body,
      );
      if (token.kind !== 'found') return { kind: token.kind, id };
      id = token.id;
    }
    const { body } = await requestJson(open311ResourceUrl(source.serverUrl, 'requests', id), read);
    const status = parseOpen311RequestStatus(body, id);
    return status ? { kind: 'found', status } : { kind: 'unknown', id: query.id };
  } catch (error) {
    return failedLookup(error, query.id, options.signal);
  }
}
