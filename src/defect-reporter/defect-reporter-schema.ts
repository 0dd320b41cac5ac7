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
import type { Category } from './open311.js';

export type { Category };

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
export type LatLng = [number, number];
export interface MapConfig {
  tiles: string;
  attribution?: string;
  center?: LatLng;
  zoom?: number;
}

/** What the form works with: the contract with its defaults filled in. */
export interface DefectConfig {
  categories: Category[];
  /** Where reports go; absent in e-mail mode (the config could not be loaded). */
  submitUrl?: string;
  privacyUrl?: string;
  maxPhotos: number;
  maxPhotoBytes: number;
  locationRequired: boolean;
  bounds?: [LatLng, LatLng];
  map?: MapConfig;
}

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

/** Is the point inside [[south, west], [north, east]] (in either corner order)? */
export function inBounds(lat: number, lng: number, bounds?: [LatLng, LatLng]): boolean {
  if (!bounds) return true;
  const [[a, b], [c, d]] = bounds;
  return (
    lat >= Math.min(a, c) && lat <= Math.max(a, c) && lng >= Math.min(b, d) && lng <= Math.max(b, d)
  );
}

/** Lower case, without diacritics, ß as ss: "Straße" finds "strasse" and "Strasse". */
export const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');

/** Categories whose name, group, description or keywords contain every typed word. */
export function filterCategories(categories: Category[], query: string): Category[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return categories;
  return categories.filter((c) => {
    const text = fold([c.name, c.group, c.description, ...(c.keywords ?? [])].join(' '));
    return words.every((w) => text.includes(w));
  });
}

/** Categories in groups, in the order they first appear. */
export function groupCategories(categories: Category[]): [string, Category[]][] {
  const groups = new Map<string, Category[]>();
  for (const c of categories) {
    const key = c.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups];
}
