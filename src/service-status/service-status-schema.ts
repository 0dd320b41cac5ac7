import { array, object, unknown, oneOf, optional, string, validEntries } from '../core/schema.js';
import type { Infer } from '../core/schema.js';
import { SERVICE_STATUSES } from '../core/service-health.js';

export const alternativeSchema = object({
  label: string,
  url: optional(string),
  phone: optional(string),
  email: optional(string),
  hours: optional(string),
});

export const serviceSchema = object({
  id: string,
  name: string,
  status: oneOf(SERVICE_STATUSES),
  message: optional(string),
  alternatives: optional(array(alternativeSchema)),
  updated_at: optional(string),
});

export const incidentUpdateSchema = object({
  at: string,
  text: string,
  status: optional(string),
});

export const incidentSchema = object({
  id: string,
  title: string,
  /** Statuspage's incident states: investigating, identified, monitoring, resolved, postmortem; scheduled, in_progress, verifying, completed for maintenance. */
  status: string,
  started_at: optional(string),
  scheduled_until: optional(string),
  services: optional(array(string)),
  updates: optional(array(incidentUpdateSchema)),
});

/** The envelope; entries are validated one by one so one bad entry is dropped, not the list. */
export const serviceStatusPayloadSchema = object({
  updated_at: optional(string),
  services: array(unknown),
  incidents: optional(array(unknown)),
});

export type ServiceAlternative = Infer<typeof alternativeSchema>;
export type ServiceEntry = Infer<typeof serviceSchema>;
export type Incident = Infer<typeof incidentSchema>;
export interface ServiceStatusData {
  updated_at?: string;
  services: ServiceEntry[];
  incidents: Incident[];
}

/** Statuspage's summary.json has `components` where this contract has `services`. */
export function isStatuspageSummary(raw: unknown): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    Array.isArray((raw as { components?: unknown }).components) &&
    !('services' in raw)
  );
}

const CLOSED_INCIDENT = new Set(['resolved', 'postmortem', 'completed']);
export const isOpenIncident = (incident: Incident): boolean =>
  !CLOSED_INCIDENT.has(incident.status);

/**
 * Validates a service-status payload: this library's contract, or Atlassian Statuspage's
 * `summary.json` (detected, or forced with `format`). Throws when the envelope is wrong.
 */
export async function parseServiceStatus(
  raw: unknown,
  format: 'auto' | 'civic' | 'statuspage' = 'auto',
): Promise<ServiceStatusData> {
  // The Statuspage adapter is loaded only for pages that use that format.
  const input =
    format === 'statuspage' || (format === 'auto' && isStatuspageSummary(raw))
      ? (await import('./statuspage-adapter.js')).fromStatuspage(raw)
      : raw;
  const envelope = serviceStatusPayloadSchema(input);
  return {
    updated_at: envelope.updated_at,
    services: validEntries(envelope.services, serviceSchema, 'service'),
    incidents: validEntries(envelope.incidents ?? [], incidentSchema, 'incident'),
  };
}
