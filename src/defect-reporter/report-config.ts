// What the form works with, whichever API the config came from (this library's contract, see
// civic-api.ts, or Open311, see open311.ts), and the helpers the steps use on it.
import type { Category } from './report-api.js';
import type { Report } from './report.js';

export type { Category };

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
  /** The page with <report-status>: the confirmation links there with the report's number. */
  statusPage?: string;
  maxPhotos: number;
  maxPhotoBytes: number;
  locationRequired: boolean;
  bounds?: [LatLng, LatLng];
  map?: MapConfig;
}

/**
 * The parameter of the status page's URL that names a report: the reporter's confirmation links
 * to `status_page?vorgang=<number>`, and <report-status> reads it.
 */
export const REPORT_ID_PARAMETER = 'vorgang';

/** The categories of the e-mail mode, by their message keys. */
export const EMAIL_MODE_CATEGORIES = ['catRoad', 'catLight', 'catWaste', 'catOther'] as const;

/** The form's config when the endpoint failed (e-mail mode): four plain categories, no photos. */
export function emailModeConfig(
  categoryName: (id: (typeof EMAIL_MODE_CATEGORIES)[number]) => string,
  privacyUrl?: string,
): DefectConfig {
  return {
    categories: EMAIL_MODE_CATEGORIES.map((id) => ({ id, name: categoryName(id) })),
    privacyUrl,
    maxPhotos: 0,
    maxPhotoBytes: 0,
    locationRequired: false,
  };
}

/** Is the point inside [[south, west], [north, east]] (in either corner order)? */
export function inBounds(lat: number, lng: number, bounds?: [LatLng, LatLng]): boolean {
  if (!bounds) return true;
  const [[latA, lngA], [latB, lngB]] = bounds;
  return (
    lat >= Math.min(latA, latB) &&
    lat <= Math.max(latA, latB) &&
    lng >= Math.min(lngA, lngB) &&
    lng <= Math.max(lngA, lngB)
  );
}

/** The category a report is about (its `fields.category`), if the config has it. */
export const reportCategory = (config: DefectConfig, report: Report): Category | undefined =>
  config.categories.find((category) => category.id === report.fields.category);

/** Lower case, without diacritics, ß as ss: "Straße" finds "strasse" and "Strasse". */
export const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');

/** Categories whose name, group, description or keywords contain every typed word. */
export function filterCategories(categories: Category[], query: string): Category[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return categories;
  return categories.filter((category) => {
    const { name, group, description, keywords = [] } = category;
    const text = fold([name, group, description, ...keywords].join(' '));
    return words.every((word) => text.includes(word));
  });
}

/** Categories in groups, in the order they first appear. */
export function groupCategories(categories: Category[]): [string, Category[]][] {
  const groups = new Map<string, Category[]>();
  for (const category of categories) {
    const key = category.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), category]);
  }
  return [...groups];
}
