// The reads <defect-reporter> makes besides its config, in a lazy chunk: a service's definition
// when its category is chosen, and a sent report's status. Both go through requestJson (the
// one fetch, with its timeout); neither ever leaves the citizen without a way on: a definition
// that cannot be loaded lets the report go by e-mail/phone, a status that cannot be read says
// so beside the number.
import { isEndpointError } from '../core/endpoint-error.js';
import { requestJson } from '../core/http.js';
import { parseServiceDefinition } from './open311-service-definition.js';
import {
  open311ResourceUrl,
  parseOpen311RequestStatus,
  parseOpen311Token,
  statusUrlFor,
} from './open311-request-status.js';
import type { ServiceDefinition } from './open311-service-definition.js';
import type { ReportStatus } from './open311-request-status.js';

export interface LookupOptions {
  /** Milliseconds before a read counts as failed. */
  timeout?: number;
  signal?: AbortSignal;
}

/** Where a report's status is read. */
export type StatusSource =
  | { api: 'open311'; /** services.json (or requests.json) of the server */ serverUrl: string }
  | { api: 'civic'; /** the config's `status_url`, with `{id}` */ template: string };

/** What the citizen asked about: the number the city gave, or the token of a token-only server. */
export interface StatusQuery {
  id: string;
  token?: boolean;
}

/** The outcome of a status lookup. */
export type StatusLookup =
  | { kind: 'found'; status: ReportStatus }
  /** The server does not know this number (404, or an empty list). */
  | { kind: 'unknown'; id: string }
  /** A token the city has not turned into a number yet. */
  | { kind: 'pending'; id: string }
  /** No answer that could be read: network, timeout, 5xx, a wrong shape. */
  | { kind: 'failed'; id: string };

/** Definitions by URL; a failed load is forgotten so that choosing the category again retries. */
const definitions = new Map<string, Promise<ServiceDefinition>>();

/**
 * The definition of `serviceCode` from `services/{code}.json` beside the server's
 * services.json, loaded once per service and page. Rejects when it cannot be loaded or read.
 */
export function loadServiceDefinition(
  serverUrl: string,
  serviceCode: string,
  options: LookupOptions = {},
): Promise<ServiceDefinition> {
  const url = open311ResourceUrl(serverUrl, 'services', serviceCode);
  let pending = definitions.get(url);
  if (!pending) {
    pending = requestJson(url, { timeout: options.timeout, signal: options.signal }).then(
      ({ body }) => parseServiceDefinition(body, serviceCode),
    );
    definitions.set(url, pending);
    pending.catch(() => definitions.delete(url));
  }
  return pending;
}

/** Forgets loaded definitions (tests; a page that changes servers). */
export function clearServiceDefinitions(): void {
  definitions.clear();
}

/**
 * The current state of a report. A token is resolved with `tokens/{token}.json` first. 404 (or
 * an empty list, or a request without a status) means the server does not know the number.
 */
export async function lookUpReportStatus(
  source: StatusSource,
  query: StatusQuery,
  options: LookupOptions = {},
): Promise<StatusLookup> {
  const read = { timeout: options.timeout, signal: options.signal };
  try {
    if (source.api === 'civic') {
      const { body } = await requestJson(statusUrlFor(source.template, query.id), read);
      const status = parseCivicStatus(body, query.id);
      return status ? { kind: 'found', status } : { kind: 'failed', id: query.id };
    }
    let id = query.id;
    if (query.token) {
      const token = parseOpen311Token(
        (await requestJson(open311ResourceUrl(source.serverUrl, 'tokens', id), read)).body,
      );
      if (token.kind === 'pending') return { kind: 'pending', id };
      id = token.id;
    }
    const { body } = await requestJson(open311ResourceUrl(source.serverUrl, 'requests', id), read);
    const status = parseOpen311RequestStatus(body, id);
    return status ? { kind: 'found', status } : { kind: 'unknown', id: query.id };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (isEndpointError(error) && error.kind === 'http' && error.status === 404) {
      return { kind: 'unknown', id: query.id };
    }
    return { kind: 'failed', id: query.id };
  }
}

/**
 * The own contract's status answer (`reportStatusContract` in defect-reporter-contract.ts):
 * `{ id, status: "open" | "closed", status_notes?, updated_at?, agency? }`.
 */
export function parseCivicStatus(json: unknown, askedId: string): ReportStatus | undefined {
  const answer = Object(json) as Record<string, unknown>;
  const state = typeof answer.status === 'string' ? answer.status.toLowerCase() : '';
  if (state !== 'open' && state !== 'closed') return undefined;
  const status: ReportStatus = { id: readText(answer.id) ?? askedId, state };
  const notes = readText(answer.status_notes);
  if (notes) status.notes = notes;
  const updated = readText(answer.updated_at);
  if (updated && !Number.isNaN(Date.parse(updated))) status.updated = updated;
  const agency = readText(answer.agency);
  if (agency) status.agency = agency;
  return status;
}

function readText(value: unknown): string | undefined {
  return (
    ((typeof value === 'string' || typeof value === 'number') && String(value).trim()) || undefined
  );
}
