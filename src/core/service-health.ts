/** Service status values, as Atlassian Statuspage names them. */
export const SERVICE_STATUSES = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
] as const;

export type KnownServiceStatus = (typeof SERVICE_STATUSES)[number];

/**
 * A status as a widget shows it: one of {@link SERVICE_STATUSES}, or `unknown` for an entry
 * whose status could not be read ("Status unklar"). An editor's typo must never read as
 * "all is well", so `unknown` counts as impaired.
 */
export type ServiceStatusValue = KnownServiceStatus | 'unknown';

/** What a widget needs to know about one city service to warn before the citizen starts. */
export interface ServiceHealth {
  id: string;
  name: string;
  status: ServiceStatusValue;
  message?: string;
}

export const isImpaired = (status: ServiceStatusValue): boolean => status !== 'operational';
