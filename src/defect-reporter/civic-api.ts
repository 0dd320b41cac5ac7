// This library's own JSON API for <defect-reporter>: the config check (GET `endpoint`, the
// contract in defect-reporter-contract.ts) and the report (multipart POST `submit_url`). A chunk
// of its own: a page that speaks Open311 (open311.ts) does not load it.
import {
  array,
  is,
  boolean,
  number,
  object,
  oneOf,
  optional,
  string,
  unknown,
  urlField,
  validEntries,
} from '../core/schema.js';
import type { Infer } from '../core/schema.js';
import { safeUrl } from '../core/safe-url.js';
import { isRetryableStatus, readableText } from './report-api.js';
import { reportWireFields } from './report.js';
import type { ReportRequest, ReportSendOutcome } from './report-api.js';
import type { DefectConfig, LatLng, MapConfig } from './report-config.js';
import type { ReportApiSettings } from './report-api-adapters.js';
import type { ReportRoute, SendableReport } from './report.js';

/** How many photos a report may have: 0 (no photo step) to 10. */
const PHOTO_COUNTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** Two values that pass `test`: a position [latitude, longitude], or two positions. */
const pairOf =
  (test: (value: unknown) => boolean) =>
  (value: unknown): boolean =>
    Array.isArray(value) && value.length == 2 && value.every(test);
const isLatLng = pairOf(Number.isFinite);
const latLng = is<LatLng>(isLatLng, '[lat, lng]');
/** [[south, west], [north, east]] */
const bounds = is<[LatLng, LatLng]>(pairOf(isLatLng), '[lat, lng] pairs');

export const categorySchema = object({
  id: string,
  name: string,
  group: optional(string),
  description: optional(string),
  keywords: optional(array(string)),
});

/**
 * The config contract of `<defect-reporter>` (GET `endpoint`). Categories are validated one by
 * one, so one broken entry is dropped with a warning instead of taking the form down. A URL
 * field that is not http(s) or a relative path, or `max_photos` other than 0–10, refuses the
 * configuration naming the field, as every config URL is checked when it loads (issue 11 §7).
 */
export const defectReporterConfigSchema = object({
  categories: array(unknown),
  submit_url: urlField(),
  privacy_url: optional(urlField()),
  // Read by the status lookup (a template with `{id}`); validated here with the rest.
  status_url: optional(urlField()),
  status_page: optional(urlField()),
  max_photos: optional(oneOf(PHOTO_COUNTS)),
  max_photo_bytes: optional(number),
  location: optional(
    object({
      required: optional(boolean),
      bounds: optional(bounds),
    }),
  ),
  map: optional(
    object({
      tiles: urlField(),
      attribution: optional(string),
      center: optional(latLng),
      zoom: optional(number),
    }),
  ),
});

export type RawDefectConfig = Infer<typeof defectReporterConfigSchema>;
export const DEFAULT_MAX_PHOTOS = 3;
export const DEFAULT_MAX_PHOTO_BYTES = 8_000_000;

export function parseDefectConfig(raw: unknown): DefectConfig {
  const config = defectReporterConfigSchema(raw);
  // The address resolved against the page (urlField checked that it is http or https).
  const submitUrl = safeUrl(config.submit_url);
  const categories = validEntries(config.categories, categorySchema, 'category');
  if (!categories.length) throw new Error('no categories');
  return {
    categories,
    submitUrl,
    // http(s) or relative (urlField checked it); linked as written.
    privacyUrl: config.privacy_url,
    statusPage: config.status_page,
    maxPhotos: config.max_photos ?? DEFAULT_MAX_PHOTOS,
    maxPhotoBytes: config.max_photo_bytes ?? DEFAULT_MAX_PHOTO_BYTES,
    locationRequired: config.location?.required ?? true,
    bounds: config.location?.bounds,
    // A tile template keeps its {z}/{x}/{y}: urlField checked only its scheme.
    map: config.map as MapConfig | undefined,
  };
}

/** The adapter's config: the endpoint's JSON is this library's config. */
export const readConfig = parseDefectConfig;

/** Reports go to submit_url, photos in the multipart body. */
export const reportRoute = (_settings: ReportApiSettings, url: string): ReportRoute => ({
  api: 'civic',
  url,
  media: false,
});

/** multipart/form-data with the fields and the photos; the key on every attempt. */
export function reportRequest(report: SendableReport): ReportRequest {
  const body = new FormData();
  for (const [name, value] of Object.entries(reportWireFields(report))) body.append(name, value);
  report.photos.forEach((photo, index) => body.append('photo', photo, `foto-${index + 1}.jpg`));
  return { body, headers: { 'Idempotency-Key': report.key } };
}

/**
 * 2xx `{ id, message? }`: sent; 4xx `{ errors: { field: message }, message? }`: refused (an
 * HTML error page, e.g. nginx's 413, is refused without messages: the widget says it plainly).
 */
export function reportOutcome(status: number, json: unknown): ReportSendOutcome {
  const answer = (json ?? {}) as { id?: unknown; message?: unknown; errors?: unknown };
  const id = readableText(answer.id);
  // A 2xx without a reference is a proxy's or captive portal's page, not the city's answer.
  if (status >= 200 && status < 300) {
    return id ? { kind: 'sent', id, message: readableText(answer.message) } : { kind: 'retry' };
  }
  if (isRetryableStatus(status)) return { kind: 'retry' };
  const fieldErrors: Record<string, string> = {};
  if (answer.errors && typeof answer.errors === 'object') {
    for (const [name, message] of Object.entries(answer.errors)) {
      const text = readableText(message);
      if (text) fieldErrors[name] = text;
    }
  }
  const message = readableText(answer.message);
  return { kind: 'refused', status, fields: fieldErrors, errors: message ? [message] : [] };
}
