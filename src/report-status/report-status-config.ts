// Where <report-status> asks for a report's state, read from the same configuration as
// <defect-reporter>: this library's config (its `status_url` template) or an Open311 server.
import { defectReporterConfigSchema } from '../defect-reporter/civic-api.js';
import { configUrl } from '../defect-reporter/report-api-adapters.js';
import type { StatusSource } from '../defect-reporter/open311-lookups.js';
import type { ReportApiSettings } from '../defect-reporter/report-api-adapters.js';

/** What the widget knows once its configuration is read. */
export interface StatusConfig {
  /** Where states are read; none when the city's config names no `status_url`. */
  source?: StatusSource;
}

/** The URL the widget's configuration is read from: `endpoint`, or Open311's services.json. */
export function statusConfigUrl(settings: ReportApiSettings): string | undefined {
  return configUrl(settings);
}

/**
 * The configuration's answer, checked as `<defect-reporter>` checks it (a config it refuses is
 * refused here too: the fallback with the contact). Throws on a wrong shape.
 */
export function readStatusConfig(settings: ReportApiSettings, raw: unknown): StatusConfig {
  const serverUrl = configUrl(settings);
  if (settings.api === 'open311') {
    // GeoReport v2's service list: an array (an error answer is an object).
    if (!Array.isArray(raw) || !serverUrl) throw new TypeError('services.json: expected a list');
    return { source: { api: 'open311', serverUrl } };
  }
  const template = defectReporterConfigSchema(raw).status_url;
  return template ? { source: { api: 'civic', template } } : {};
}
