/**
 * Reads Atlassian Statuspage's public `summary.json` as it is and turns it into this library's
 * service-status contract: components become services (group containers are left out),
 * incidents and scheduled maintenances become incidents with their updates.
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
  updated_at?: string;
}
interface StatuspageSummary {
  page?: { updated_at?: string };
  components?: StatuspageComponent[];
  incidents?: StatuspageIncident[];
  scheduled_maintenances?: StatuspageIncident[];
}

const toIncident = (i: StatuspageIncident) => ({
  id: i.id,
  title: i.name,
  status: i.status,
  started_at: i.scheduled_for ?? i.started_at ?? i.created_at,
  scheduled_until: i.scheduled_until,
  services: (i.components ?? [])
    .map((component) => component.id)
    .filter((id): id is string => !!id),
  updates: (i.incident_updates ?? []).map((update) => ({
    at: update.display_at ?? update.created_at,
    text: update.body,
    status: update.status,
  })),
});

export function fromStatuspage(raw: unknown): unknown {
  const summary = (raw ?? {}) as StatuspageSummary;
  return {
    updated_at: summary.page?.updated_at,
    services: (summary.components ?? [])
      .filter((component) => !component.group)
      .map((component) => ({
        id: component.id,
        name: component.name,
        status: component.status,
        message: component.description,
        updated_at: component.updated_at,
      })),
    incidents: [...(summary.incidents ?? []), ...(summary.scheduled_maintenances ?? [])].map(
      toIncident,
    ),
  };
}
