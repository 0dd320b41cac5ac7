// Reads every version of a report that citizens' browsers may hold, and writes the current one.
//
// Version 1 (until this module) was a bag of strings: the form's fields plus hidden `_`-fields
// (`_step`, `_started`, `_key`, `_acc`, and in the outbox `_url`, `_api`, `_jurisdiction`,
// `_api_key`, `_media`, `_scope`, `_cat`, `_refused`), booleans as `'1'`/`''`. Drafts were kept
// per widget (localStorage `civic-widgets:defect-reporter:draft:<scope>`, photos in IndexedDB
// under `<scope>`), outbox entries as `{ id, createdAt, attempts, nextAttemptAt, fields,
// photos }`. Fixtures of both, captured from the version 1 code, are in
// test/defect-reporter/fixtures/.
//
// Version 2 is the typed Report of report.ts, stored as JSON without its photos. Its
// `meta.refused` (an outbox entry the city refused) held finished sentences, German or English,
// until the texts became message keys (report-validation.ts's ReportText): a sentence is read
// as words shown as they came, so such an entry still shows them (fixture
// outbox-entry-v2-sentences.json).
import { array, boolean, is, number, object, oneOf, optional, string } from '../core/schema.js';
import { FORM_STEPS, REPORT_VERSION } from './report.js';
import { readOutboxReportV1 } from './stored-report-v1.js';
import type { Report } from './report.js';
import type { FieldMessage, ReportText } from './report-validation.js';

/** A report as stored: everything but the photos, which are stored apart as bytes. */
export type StoredReport = Omit<Report, 'photos'>;

/** A text as the reporter keeps it (report-validation.ts): words as they came, or a message's
 * key (and the key of its label). */
const isReportText = (value: unknown): value is ReportText =>
  typeof value === 'string' ||
  (typeof (value as FieldMessage | null)?.key === 'string' &&
    typeof ((value as FieldMessage).labelKey ?? '') === 'string');

/** Version 2, but for the version number itself. */
const storedReportCheck = object({
  id: string,
  key: optional(string),
  fields: object({ category: string, description: string, website: string }),
  location: object({
    address: string,
    position: optional(
      object({
        lat: number,
        lng: number,
        accuracy: optional(number),
        source: optional(oneOf(['device', 'map'])),
      }),
    ),
  }),
  contact: object({ name: string, email: string, consent: boolean, phone: optional(string) }),
  // Optional: drafts and outbox entries from before the Open311 questions have none.
  attributes: optional(
    object({
      service: string,
      answers: array(object({ code: string, values: array(string) })),
      params: array(object({ name: string, value: string })),
    }),
  ),
  route: optional(
    object({
      api: oneOf(['civic', 'open311']),
      url: string,
      jurisdiction: optional(string),
      apiKey: optional(string),
      media: boolean,
    }),
  ),
  meta: object({
    scope: string,
    step: oneOf(FORM_STEPS),
    startedAt: optional(number),
    fillSeconds: optional(number),
    savedAt: optional(string),
    categoryName: optional(string),
    refused: optional(array(is<ReportText>(isReportText, 'message'))),
  }),
});

/** The stored form of a report (its photos are stored apart). */
export function toStoredReport(report: Report): StoredReport {
  const stored: Partial<Report> = { ...report };
  delete stored.photos;
  return structuredClone(stored as StoredReport);
}

/** A stored report of version 2, or undefined when `value` is not one. */
export function readStoredReport(value: unknown): StoredReport | undefined {
  if ((value as { version?: unknown } | null)?.version !== REPORT_VERSION) return undefined;
  try {
    return { version: REPORT_VERSION, ...storedReportCheck(value) };
  } catch {
    return undefined;
  }
}

/**
 * The report of an outbox entry of any version (`key`: the entry's id, its Idempotency-Key);
 * version 1 is migrated (stored-report-v1.ts).
 */
export function readOutboxReport(value: unknown, key: string): StoredReport | undefined {
  const entry = value as { version?: unknown; report?: unknown } | null;
  if (entry?.version === REPORT_VERSION) {
    const report = readStoredReport(entry.report);
    return report && { ...report, key };
  }
  return readOutboxReportV1(value, key);
}
