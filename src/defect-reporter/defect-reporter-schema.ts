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
import type { DefectConfig, MapConfig } from './report-config.js';

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

const isLatLng = (p?: number[]) => p?.length === 2;

export function parseDefectConfig(raw: unknown): DefectConfig {
  const c = defectReporterConfigSchema(raw);
  const bounds = c.location?.bounds;
  const center = c.map?.center;
  if (
    (bounds && (bounds.length !== 2 || !bounds.every(isLatLng))) ||
    (center && !isLatLng(center))
  ) {
    throw new Error('bounds and center are [lat, lng] pairs');
  }
  const submitUrl = safeUrl(c.submit_url);
  if (!submitUrl?.startsWith('http')) throw new Error('submit_url must be an http(s) URL');
  const categories = validEntries(c.categories, categorySchema, 'category');
  if (!categories.length) throw new Error('no categories');
  return {
    categories,
    submitUrl,
    privacyUrl: safeUrl(c.privacy_url),
    maxPhotos: Math.max(0, Math.min(10, c.max_photos ?? DEFAULT_MAX_PHOTOS)),
    maxPhotoBytes: c.max_photo_bytes ?? DEFAULT_MAX_PHOTO_BYTES,
    locationRequired: c.location?.required ?? true,
    bounds: bounds as DefectConfig['bounds'],
    // A tile template keeps its {z}/{x}/{y}: only its scheme is checked.
    map: c.map && safeUrl(c.map.tiles)?.startsWith('http') ? (c.map as MapConfig) : undefined,
  };
}
