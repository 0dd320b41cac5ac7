import { isImpaired } from '../core/service-health.js';
import type { ServiceStatusValue } from '../core/service-health.js';
import type { ServiceEntry, ServiceGroup } from './service-status-schema.js';

/** Worse first: used to sort and to compute an overall status. An unreadable status ranks just below an outage. */
const STATUS_SEVERITY: Record<ServiceStatusValue, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  unknown: 4,
  major_outage: 5,
};

/** A group as the list shows it: its name, its worst member's status and its members in order. */
export interface ServiceGroupBlock {
  group: ServiceGroup;
  status: ServiceStatusValue;
  members: ServiceEntry[];
}

/** One row of the list: a service on its own, or a group of services. */
export type ServiceListRow = { service: ServiceEntry } | ServiceGroupBlock;

/** The worst status of `services` (`operational` for none). */
export function worstStatus(services: readonly Pick<ServiceEntry, 'status'>[]): ServiceStatusValue {
  return services.reduce<ServiceStatusValue>(
    (worst, service) =>
      STATUS_SEVERITY[service.status] > STATUS_SEVERITY[worst] ? service.status : worst,
    'operational',
  );
}

/** The impaired services, worst first (a stable sort keeps the payload's order among equals). */
export function impairedWorstFirst(services: readonly ServiceEntry[]): ServiceEntry[] {
  return services
    .filter((service) => isImpaired(service.status))
    .sort((first, second) => STATUS_SEVERITY[second.status] - STATUS_SEVERITY[first.status]);
}

/** A major or partial outage: "gestört"; the other impaired statuses are "eingeschränkt". */
export const isOutage = (status: ServiceStatusValue): boolean =>
  status === 'major_outage' || status === 'partial_outage';

/**
 * How many of `services` are down (a major or partial outage: "gestört") and how many are
 * impaired otherwise (slow, in maintenance, unclear: "eingeschränkt"). The banner's line and the
 * list's summary count with it, so the two never contradict each other or the list's statuses.
 */
export function impairedCounts(services: readonly ServiceEntry[]): {
  outages: number;
  others: number;
} {
  let outages = 0;
  let others = 0;
  for (const { status } of services) {
    if (isOutage(status)) outages++;
    else if (isImpaired(status)) others++;
  }
  return { outages, others };
}

/**
 * The rows of the list: services in their order, and the members of each known group gathered
 * at the place of its first member. A service naming a group that is not in `groups` stands
 * on its own.
 */
export function listRows(
  services: readonly ServiceEntry[],
  groups: readonly ServiceGroup[],
): ServiceListRow[] {
  const groupsById = new Map(groups.map((group) => [group.id, group]));
  const blocks = new Map<string, ServiceGroupBlock>();
  const rows: ServiceListRow[] = [];
  for (const service of services) {
    const group = service.group === undefined ? undefined : groupsById.get(service.group);
    if (!group) {
      rows.push({ service });
      continue;
    }
    let block = blocks.get(group.id);
    if (!block) {
      block = { group, status: 'operational', members: [] };
      blocks.set(group.id, block);
      rows.push(block);
    }
    block.members.push(service);
  }
  for (const block of blocks.values()) block.status = worstStatus(block.members);
  return rows;
}
