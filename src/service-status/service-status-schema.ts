import * as z from 'zod/mini';
import { validEntries } from '../core/schema-helpers.js';
import { SERVICE_STATUSES } from '../core/service-health.js';
import type { ServiceStatusValue } from '../core/service-health.js';

export const alternativeSchema = z.object({
  label: z.string(),
  url: z.optional(z.string()),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
  hours: z.optional(z.string()),
});

export const serviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  // One of SERVICE_STATUSES: checked in parseServiceStatus (z.enum would add 0.4 KB gzip).
  status: z.string(),
  message: z.optional(z.string()),
  alternatives: z.optional(z.array(alternativeSchema)),
  updated_at: z.optional(z.string()),
});

export const incidentUpdateSchema = z.object({
  at: z.string(),
  text: z.string(),
  status: z.optional(z.string()),
});

export const incidentSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Statuspage's incident states: investigating, identified, monitoring, resolved, postmortem; scheduled, in_progress, verifying, completed for maintenance. */
  status: z.string(),
  started_at: z.optional(z.string()),
  scheduled_until: z.optional(z.string()),
  services: z.optional(z.array(z.string())),
  updates: z.optional(z.array(incidentUpdateSchema)),
});

/** The envelope; entries are validated one by one so one bad entry is dropped, not the list. */
export const serviceStatusPayloadSchema = z.object({
  updated_at: z.optional(z.string()),
  services: z.array(z.unknown()),
  incidents: z.optional(z.array(z.unknown())),
});

export type ServiceAlternative = z.infer<typeof alternativeSchema>;
export type ServiceEntry = Omit<z.infer<typeof serviceSchema>, 'status'> & {
  status: ServiceStatusValue;
};
export type Incident = z.infer<typeof incidentSchema>;
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
  const envelope = serviceStatusPayloadSchema.parse(input);
  return {
    updated_at: envelope.updated_at,
    services: validEntries(envelope.services, serviceSchema, 'service').filter(
      (s): s is ServiceEntry => {
        const known = (SERVICE_STATUSES as readonly string[]).includes(s.status);
        if (!known)
          console.warn(`civic-widgets: service "${s.id}" skipped: unknown status "${s.status}"`);
        return known;
      },
    ),
    incidents: validEntries(envelope.incidents ?? [], incidentSchema, 'incident'),
  };
}
