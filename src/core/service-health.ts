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

/**
 * The German words editors write, as aliases of the status values (compared in lower case,
 * spaces folded): "Gestört", "teilweise gestört", "Eingeschränkt", "In Betrieb", "Wartung".
 */
export const GERMAN_STATUS_WORDS: Readonly<Record<string, KnownServiceStatus>> = {
  'in betrieb': 'operational',
  eingeschränkt: 'degraded_performance',
  'teilweise gestört': 'partial_outage',
  gestört: 'major_outage',
  wartung: 'under_maintenance',
  wartungsarbeiten: 'under_maintenance',
};

/** Every spelling a status may have in a payload, before case and spaces are folded. */
export const STATUS_SPELLINGS: readonly string[] = [
  ...SERVICE_STATUSES,
  ...Object.keys(GERMAN_STATUS_WORDS),
];

const foldSpelling = (value: string): string => value.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads a status as an editor or a server wrote it: a value of {@link SERVICE_STATUSES} or a
 * German word, in any case; `undefined` when it is neither.
 */
export function readServiceStatus(value: unknown): KnownServiceStatus | undefined {
  if (typeof value !== 'string') return undefined;
  const folded = foldSpelling(value);
  return (SERVICE_STATUSES as readonly string[]).includes(folded)
    ? (folded as KnownServiceStatus)
    : GERMAN_STATUS_WORDS[folded];
}

/** What a widget needs to know about one city service to warn before the citizen starts. */
export interface ServiceHealth {
  id: string;
  name: string;
  status: ServiceStatusValue;
  message?: string;
}

/** Worse first: used to sort and to compute an overall status. An unreadable status ranks just below an outage. */
export const STATUS_SEVERITY: Record<ServiceStatusValue, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  unknown: 4,
  major_outage: 5,
};

export const isImpaired = (status: ServiceStatusValue): boolean => status !== 'operational';
