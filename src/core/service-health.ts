/** Service status values, as Atlassian Statuspage names them. */
export const SERVICE_STATUSES = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
] as const;

export type ServiceStatusValue = (typeof SERVICE_STATUSES)[number];

/** What a widget needs to know about one city service to warn before the citizen starts. */
export interface ServiceHealth {
  id: string;
  name: string;
  status: ServiceStatusValue;
  message?: string;
}

/** Worse first: used to sort and to compute an overall status. */
export const STATUS_SEVERITY: Record<ServiceStatusValue, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

export const isImpaired = (status: ServiceStatusValue): boolean => status !== 'operational';
