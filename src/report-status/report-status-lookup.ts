// "Was ist aus meiner Meldung geworden?": a sent report's state as <report-status> shows it,
// whichever API it came from, and the lookup of the library's own contract: the
// <defect-reporter> config's optional `status_url` template (`…/reports/{id}`), answered with
// `{ id, status: "open" | "closed", status_notes?, updated_at?, agency? }`
// (`reportStatusContract` in defect-reporter-contract.ts). Open311's lookup (requests/{id}.json,
// tokens) is in ../defect-reporter/open311-lookups.ts, a chunk of its own.
import { isEndpointError } from '../core/endpoint-error.js';
import { requestJson } from '../core/http.js';
import { isDotSegment } from '../core/safe-url.js';
import { isDateTime } from '../core/schema.js';
import { readableText } from '../defect-reporter/report-api.js';

/** A report's state as the widget shows it, from either back end. */
export interface ReportStatus {
  /** The number the city knows the report by. */
  id: string;
  /** open: being worked on or waiting; closed: done (or closed as a duplicate, see notes). */
  state: 'open' | 'closed';
  /** The city's words on the state, shown as they are. */
  notes?: string;
  /** When the state last changed, ISO 8601 with an offset. */
  updated?: string;
  /** Who works on it. */
  agency?: string;
}

/** What the citizen asked about: the number the city gave, or the token of a token-only server. */
export interface StatusQuery {
  id: string;
  token?: boolean;
  /** The number as a letter prints it, asked when `id` is unknown ("hat 2023 0007" → "HAT-2023-0007"). */
  printed?: string;
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

export interface LookupOptions {
  /** Milliseconds before a read counts as failed. */
  timeout?: number;
  signal?: AbortSignal;
}

/** The own contract's `status_url` template with the report's number in place of `{id}`. */
export function statusUrlFor(template: string, id: string): string {
  return template.replaceAll('{id}', encodeURIComponent(id));
}

/** A number as typed, without the leading "Nr." or "#" a citizen copies along. */
const withoutLabel = (typed: string): string => typed.trim().replace(/^(?:nr\.?|#)\s*/i, '');

/** A "Vorgangsnummer" as typed: spaces and a leading '#' or 'Nr.' removed. */
export function normaliseReportNumber(typed: string): string {
  return withoutLabel(typed).replace(/\s+/g, '');
}

/**
 * A typed number as a letter or an e-mail prints it: upper case, spaces between its parts as
 * hyphens ("hat 2023 0007" → "HAT-2023-0007"); undefined when that is how it was typed.
 */
export function printedReportNumber(typed: string): string | undefined {
  const printed = withoutLabel(typed).replace(/\s+/g, '-').toUpperCase();
  return printed === normaliseReportNumber(typed) ? undefined : printed;
}

/** The own contract's status answer; undefined when it is not one. */
export function parseCivicStatus(json: unknown, askedId: string): ReportStatus | undefined {
  const answer = Object(json) as Record<string, unknown>;
  const state = typeof answer.status === 'string' ? answer.status.toLowerCase() : '';
  if (state !== 'open' && state !== 'closed') return undefined;
  const status: ReportStatus = { id: readableText(answer.id) ?? askedId, state };
  const notes = readableText(answer.status_notes);
  if (notes) status.notes = notes;
  const updated = readableText(answer.updated_at);
  // Only with an offset: a time without one would be read in the device's zone.
  if (updated && isDateTime(updated)) status.updated = updated;
  const agency = readableText(answer.agency);
  if (agency) status.agency = agency;
  return status;
}

/**
 * A lookup's failure as the citizen reads it: 404 means the server does not know the number;
 * everything else (network, timeout, 5xx) means it could not be asked. An abort is passed on.
 */
export function failedLookup(error: unknown, id: string, signal?: AbortSignal): StatusLookup {
  if (signal?.aborted) throw error;
  return isEndpointError(error) && error.kind === 'http' && error.status === 404
    ? { kind: 'unknown', id }
    : { kind: 'failed', id };
}

/** The state of report `id` from the own contract's `status_url`. */
export async function lookUpCivicStatus(
  template: string,
  id: string,
  options: LookupOptions = {},
): Promise<StatusLookup> {
  // No number is "." or "..": in the URL they would name the folder, not a report.
  if (isDotSegment(id)) return { kind: 'unknown', id };
  try {
    const { body } = await requestJson(statusUrlFor(template, id), options);
    const status = parseCivicStatus(body, id);
    return status ? { kind: 'found', status } : { kind: 'failed', id };
  } catch (error) {
    return failedLookup(error, id, options.signal);
  }
}
