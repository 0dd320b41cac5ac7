import { SERVICE_STATUSES } from './service-health.js';
import type { KnownServiceStatus } from './service-health.js';

// How editors and servers write a status. Apart from service-health.ts so that only the code
// that reads status files (<service-status>, <city-services>) carries the words.

/**
 * The German words editors write, as aliases of the status values (compared in lower case,
 * spaces folded): "Gestört", "teilweise gestört", "Eingeschränkt", "In Betrieb", "In Wartung".
 */
export const GERMAN_STATUS_WORDS: Readonly<Record<string, KnownServiceStatus>> = {
  'in betrieb': 'operational',
  eingeschränkt: 'degraded_performance',
  'teilweise gestört': 'partial_outage',
  gestört: 'major_outage',
  // "In Wartung" is the label the widgets show; the other two are how editors say it.
  'in wartung': 'under_maintenance',
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
