import {
  contactChannels,
  array,
  dateTime,
  object,
  optional,
  orLeftOut,
  string,
  unknown,
  validEntries,
} from '../core/schema.js';
import type { Check, Infer } from '../core/schema.js';
import { readServiceStatus } from '../core/status-words.js';
import type { ServiceStatusValue } from '../core/service-health.js';

export const alternativeSchema = object({
  label: string,
  ...contactChannels,
});

/**
 * A status value or its German word, in any case. Anything else is never dropped and never
 * read as "operational": the entry is shown as "Status unklar", and a warning names the field.
 */
export const serviceStatus: Check<ServiceStatusValue> = (value, path = 'status') => {
  const status = readServiceStatus(value);
  if (status) return status;
  console.warn(
    `civic-widgets: ${path}: unknown status ${JSON.stringify(value) ?? '(missing)'}, shown as "Status unklar"`,
  );
  return 'unknown';
};

export const serviceSchema = object({
  id: string,
  name: string,
  status: serviceStatus,
  message: optional(string),
  alternatives: optional(array(alternativeSchema)),
  updated_at: orLeftOut(dateTime),
  /** Id of the group the service belongs to (`groups`); Statuspage's `group_id`. */
  group: optional(string),
});

/** A heading over services that belong together (Statuspage's component groups). */
export const groupSchema = object({
  id: string,
  name: string,
});

export const incidentUpdateSchema = object({
  at: dateTime,
  text: string,
  status: optional(string),
});

export const incidentSchema = object({
  id: string,
  title: string,
  /** Statuspage's incident states: investigating, identified, monitoring, resolved, postmortem; scheduled, in_progress, verifying, completed for maintenance. */
  status: string,
  started_at: orLeftOut(dateTime),
  scheduled_until: orLeftOut(dateTime),
  services: optional(array(string)),
  updates: optional(array(incidentUpdateSchema)),
});

/** The envelope; entries are validated one by one so one bad entry is dropped, not the list. */
export const serviceStatusPayloadSchema = object({
  updated_at: orLeftOut(dateTime),
  services: array(unknown),
  groups: optional(array(unknown)),
  incidents: optional(array(unknown)),
});

export type ServiceAlternative = Infer<typeof alternativeSchema>;
export type ServiceEntry = Infer<typeof serviceSchema>;
export type ServiceGroup = Infer<typeof groupSchema>;
export type Incident = Infer<typeof incidentSchema>;
export interface ServiceStatusData {
  updated_at?: string;
  /** In the order to show; the members of a group are shown together, at its first member. */
  services: ServiceEntry[];
  groups: ServiceGroup[];
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

/** A disruption still being worked on: Statuspage's states before "monitoring". */
const UNRESOLVED_DISRUPTION = new Set(['investigating', 'identified']);

/**
 * The titles of the unresolved disruptions that name no service, joined ('' when there are
 * none). Statuspage lets a page open an incident without components (githubstatus.com's
 * "Disruption with Git SSH"): no service row shows it, so the summary and the banner name it
 * rather than say that all work.
 */
export const unattributedIncidents = (data: ServiceStatusData): string =>
  data.incidents
    .filter((incident) => UNRESOLVED_DISRUPTION.has(incident.status) && !incident.services?.length)
    .map((incident) => incident.title)
    .join(', ');

/**
 * Validates a service-status payload: this library's contract, or Atlassian Statuspage's
 * `summary.json` (detected, or forced with `format`). Throws when the envelope is wrong or no
 * valid service is in it.
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
  const services = validEntries(envelope.services, serviceSchema, 'service');
  // A status file with no service left (emptied by mistake, or every entry broken) would read
  // as "nothing is wrong": it is a wrong shape instead, so the last good data or the contact
  // fallback shows.
  if (!services.length) throw new TypeError('services: at least one valid service expected');
  return {
    updated_at: envelope.updated_at,
    services,
    groups: validEntries(envelope.groups ?? [], groupSchema, 'group'),
    incidents: validEntries(envelope.incidents ?? [], incidentSchema, 'incident'),
  };
}
