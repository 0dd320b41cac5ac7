// This library's own JSON API for <defect-reporter>: the config check (GET `endpoint`, the
// contract in defect-reporter-contract.ts) and the report (multipart POST `submit_url`). A chunk
// of its own: a page that speaks Open311 (open311.ts) does not load it.
import {
  array,
  boolean,
  number,
  object,
  optional,
  string,
  unknown,
  validEntries,
} from '../core/schema.js';
import type { Infer } from '../core/schema.js';
import { safeUrl } from '../core/safe-url.js';
import { isRetryableStatus, readableText } from './report-api.js';
import { reportWireFields } from './report.js';
import type { ReportRequest, ReportSendOutcome } from './report-api.js';
import type { DefectConfig, MapConfig } from './report-config.js';
import type { SendableReport } from './report.js';

/** [latitude, longitude]; its length is checked in parseDefectConfig. */
const latLng = array(number);

export const categorySchema = object({
  id: string,
  name: string,
  group: optional(string),
  description: optional(string),
  keywords: optional(array(string)),
});

/**
 * The config contract of `<defect-reporter>` (GET `endpoint`). Categories are validated one by
 * one, so one broken entry is dropped with a warning instead of taking the form down.
 */
export const defectReporterConfigSchema = object({
  categories: array(unknown),
  submit_url: string,
  privacy_url: optional(string),
  max_photos: optional(number),
  max_photo_bytes: optional(number),
  location: optional(
    object({
      required: optional(boolean),
      /** [[south, west], [north, east]] */
      bounds: optional(array(latLng)),
    }),
  ),
  map: optional(
    object({
      tiles: string,
      attribution: optional(string),
      center: optional(latLng),
      zoom: optional(number),
    }),
  ),
});

export type RawDefectConfig = Infer<typeof defectReporterConfigSchema>;
export const DEFAULT_MAX_PHOTOS = 3;
export const DEFAULT_MAX_PHOTO_BYTES = 8_000_000;

const isLatLng = (point?: number[]) => point?.length === 2;

export function parseDefectConfig(raw: unknown): DefectConfig {
  const config = defectReporterConfigSchema(raw);
  const bounds = config.location?.bounds;
  const center = config.map?.center;
  if (
    (bounds && (bounds.length !== 2 || !bounds.every(isLatLng))) ||
    (center && !isLatLng(center))
  ) {
    throw new Error('bounds and center are [lat, lng] pairs');
  }
  const submitUrl = safeUrl(config.submit_url);
  if (!submitUrl?.startsWith('http')) throw new Error('submit_url must be an http(s) URL');
  const categories = validEntries(config.categories, categorySchema, 'category');
  if (!categories.length) throw new Error('no categories');
  return {
    categories,
    submitUrl,
    privacyUrl: safeUrl(config.privacy_url),
    maxPhotos: Math.max(0, Math.min(10, config.max_photos ?? DEFAULT_MAX_PHOTOS)),
    maxPhotoBytes: config.max_photo_bytes ?? DEFAULT_MAX_PHOTO_BYTES,
    locationRequired: config.location?.required ?? true,
    bounds: bounds as DefectConfig['bounds'],
    // A tile template keeps its {z}/{x}/{y}: only its scheme is checked.
    map:
      config.map && safeUrl(config.map.tiles)?.startsWith('http')
        ? (config.map as MapConfig)
        : undefined,
  };
}

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
