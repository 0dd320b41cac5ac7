// Version 1 of a stored report (see stored-report.ts): read and migrated to version 2.
import { createIdempotencyKey } from '../core/idempotency-key.js';
import { REPORT_VERSION, isFormStep } from './report.js';
import type { ReportRoute } from './report.js';
import type { StoredReport } from './stored-report.js';

/** Version 1: text fields with the browser's own bookkeeping in `_`-fields. */
export type FieldsV1 = Record<string, string>;

const isFieldsV1 = (value: unknown): value is FieldsV1 =>
  value instanceof Object && Object.values(value).every((field) => typeof field === 'string');

const numberOrUndefined = (text: string | undefined): number | undefined => {
  const value = text?.trim() ? Number(text) : NaN;
  return Number.isFinite(value) ? value : undefined;
};

/** A version 1 report (a draft's or an outbox entry's fields) as a version 2 report. */
export function migrateFieldsV1(
  fields: FieldsV1,
  context: { scope: string; id?: string; key?: string; savedAt?: string },
): StoredReport {
  const lat = numberOrUndefined(fields.lat);
  const lng = numberOrUndefined(fields.lng);
  const accuracy = numberOrUndefined(fields._acc);
  const route: ReportRoute | undefined = fields._url
    ? {
        api: fields._api === 'open311' ? 'open311' : 'civic',
        url: fields._url,
        jurisdiction: fields._jurisdiction || undefined,
        apiKey: fields._api_key || undefined,
        media: fields._media === '1',
      }
    : undefined;
  const report: StoredReport = {
    version: REPORT_VERSION,
    id: context.id ?? createIdempotencyKey(),
    key: context.key ?? (fields._key || undefined),
    fields: {
      category: fields.category ?? '',
      description: fields.description ?? '',
      website: fields.website ?? '',
    },
    location: {
      address: fields.address ?? '',
      position:
        lat !== undefined && lng !== undefined && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
          ? accuracy === undefined
            ? { lat, lng }
            : { lat, lng, accuracy }
          : undefined,
    },
    contact: {
      name: fields.name ?? '',
      email: fields.email ?? '',
      consent: fields.consent === '1',
    },
    route,
    meta: {
      scope: fields._scope || context.scope,
      // An outbox entry was sent from the review; a draft keeps its step.
      step: isFormStep(fields._step) ? fields._step : route ? 'review' : 'category',
      startedAt: numberOrUndefined(fields._started),
      fillSeconds: numberOrUndefined(fields.fill_time),
      savedAt: context.savedAt,
      categoryName: fields._cat || undefined,
      refused: fields._refused ? [fields._refused] : undefined,
    },
  };
  return JSON.parse(JSON.stringify(report)) as StoredReport; // drops the undefined keys
}

/** A version 1 draft as localStorage held it. */
export function readDraftV1(value: unknown, scope: string): StoredReport | undefined {
  const draft = value as { fields?: unknown; savedAt?: unknown } | null;
  if (typeof draft?.savedAt !== 'string' || !isFieldsV1(draft.fields)) return undefined;
  return migrateFieldsV1(draft.fields, { scope, savedAt: draft.savedAt });
}

/** The report of a version 1 outbox entry (`key`: the entry's id). */
export function readOutboxReportV1(value: unknown, key: string): StoredReport | undefined {
  const entry = value as { fields?: unknown } | null;
  if (!isFieldsV1(entry?.fields)) return undefined;
  return migrateFieldsV1(entry.fields, { scope: '', key });
}
