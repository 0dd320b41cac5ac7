/**
 * Reads Atlassian Statuspage's public `summary.json` (or `components.json`) as real pages
 * serve it and turns it into this library's service-status contract:
 *
 * - components become services: `id`, `name`, `status`, `description` as the message,
 *   `updated_at`; a component with `only_show_if_degraded` is left out while it is operational;
 * - group containers (`group: true`) become groups; their members (`group_id`) follow them, in
 *   `position` order, and top-level groups and components are in `position` order too;
 * - incidents and scheduled maintenances become incidents with their updates.
 *
 * Fields are read as Statuspage documents them; everything else is ignored. The result is
 * validated by the same checks as the library's own contract.
 */
interface StatuspageUpdate {
  body?: string;
  status?: string;
  display_at?: string;
  created_at?: string;
}
interface StatuspageIncident {
  id?: string;
  name?: string;
  status?: string;
  started_at?: string;
  created_at?: string;
  scheduled_for?: string;
  scheduled_until?: string;
  incident_updates?: StatuspageUpdate[];
  components?: { id?: string }[];
}
interface StatuspageComponent {
  id?: string;
  name?: string;
  status?: string;
  description?: string | null;
  group?: boolean;
  group_id?: string | null;
  position?: number;
  only_show_if_degraded?: boolean;
  updated_at?: string;
}
interface StatuspageSummary {
  page?: { updated_at?: string };
  components?: StatuspageComponent[];
  incidents?: StatuspageIncident[];
  scheduled_maintenances?: StatuspageIncident[];
}

/**
 * An update's text as a citizen should read it. Statuspage's editor lets the page write HTML
 * into an update (githubstatus.com: "…failing.<br /><br />We have taken…"); the widget shows text,
 * never markup, so line breaks become a space, other tags go, and white space is one space (as
 * the page shows it anyway). Regular expressions, not DOMParser: parsing HTML is a Trusted
 * Types sink, refused on pages that enforce them. None of them can try one stretch of the text
 * again from every position (a tag ends before the next `<`; spaces are taken in one run): a
 * third-party page's update of "<a" 20,000 times froze the page for a second, and longer ones
 * for minutes.
 */
const plainText = (body: string): string =>
  body
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();

const toIncident = (incident: StatuspageIncident) => ({
  id: incident.id,
  title: incident.name,
  status: incident.status,
  started_at: incident.scheduled_for ?? incident.started_at ?? incident.created_at,
  scheduled_until: incident.scheduled_until,
  services: (incident.components ?? [])
    .map((component) => component.id)
    .filter((id): id is string => !!id),
  updates: (incident.incident_updates ?? []).map((update) => ({
    at: update.display_at ?? update.created_at,
    text: typeof update.body === 'string' ? plainText(update.body) : update.body,
    status: update.status,
  })),
});

const toService = (component: StatuspageComponent, group?: string) => ({
  id: component.id,
  name: component.name,
  status: component.status,
  // `null` is Statuspage's "no description", whichever way the payload arrived.
  message: component.description ?? undefined,
  updated_at: component.updated_at,
  group,
});

// Array.prototype.sort is stable: components without a position keep the payload's order.
const byPosition = (first: StatuspageComponent, second: StatuspageComponent): number =>
  (first.position ?? 0) - (second.position ?? 0);

/** Statuspage hides these while they work ("Only show if degraded"). */
const isHiddenWhileOperational = (component: StatuspageComponent): boolean =>
  component.only_show_if_degraded === true && component.status === 'operational';

export function fromStatuspage(raw: unknown): unknown {
  const summary = (raw ?? {}) as StatuspageSummary;
  const components = Array.isArray(summary.components) ? summary.components : [];
  const groupIds = new Set(
    components.filter((component) => component.group).map((component) => component.id),
  );
  // Each group's members in one pass over the components: a filter per group took 65 ms for
  // 11,000 components in 1,000 groups (Node, this repository's machine; 1.3 ms for 1,050 in 50).
  const componentsByGroup = new Map<StatuspageComponent['group_id'], StatuspageComponent[]>();
  for (const component of components) {
    if (component.group) continue;
    const members = componentsByGroup.get(component.group_id) ?? [];
    members.push(component);
    componentsByGroup.set(component.group_id, members);
  }
  const membersOf = (group: StatuspageComponent) =>
    [...(componentsByGroup.get(group.id) ?? [])]
      .sort(byPosition)
      .filter((member) => !isHiddenWhileOperational(member));
  const topLevel = components
    .filter((component) => !component.group_id || !groupIds.has(component.group_id))
    .sort(byPosition);
  const services = topLevel.flatMap((component) => {
    if (!component.group) {
      return isHiddenWhileOperational(component) ? [] : [toService(component)];
    }
    const members = membersOf(component);
    const allWork = members.every((member) => member.status === 'operational');
    return component.only_show_if_degraded && allWork
      ? []
      : members.map((member) => toService(member, component.id));
  });
  const shownGroups = new Set(services.map((service) => service.group));
  return {
    updated_at: summary.page?.updated_at,
    groups: topLevel
      .filter((component) => component.group && shownGroups.has(component.id))
      .map((group) => ({ id: group.id, name: group.name })),
    services,
    incidents: [...(summary.incidents ?? []), ...(summary.scheduled_maintenances ?? [])].map(
      toIncident,
    ),
  };
}
