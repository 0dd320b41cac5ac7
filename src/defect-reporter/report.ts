// The report a citizen writes, as one typed object from the first keystroke to the city's
// answer: kept as a draft while written, queued in the outbox when it cannot be sent. Stored
// versions are read (and older ones migrated) by stored-report.ts.
import { createIdempotencyKey } from '../core/idempotency-key.js';
import type { ReportAttributes } from './open311-service-definition.js';
import type { ReportText } from './report-validation.js';

/** The steps of the form, then the two outcomes shown in place of the form. */
export type Step =
  'category' | 'location' | 'description' | 'photos' | 'contact' | 'review' | 'sent' | 'queued';

/** The steps of the form, in order. */
export const FORM_STEPS = [
  'category',
  'location',
  'description',
  'photos',
  'contact',
  'review',
] as const satisfies readonly Step[];

export type FormStep = (typeof FORM_STEPS)[number];

export const isFormStep = (value: unknown): value is FormStep =>
  (FORM_STEPS as readonly unknown[]).includes(value);

/** The version written now; stored-report.ts reads this and every older one. */
export const REPORT_VERSION = 2;

export interface Position {
  lat: number;
  lng: number;
  /** Metres, as the device reported it. */
  accuracy?: number;
  /** Where it came from: the device's location or a pin on the map. */
  source?: 'device' | 'map';
}

/** Where a report goes: kept with it, so the outbox can send it later without the config. */
export interface ReportRoute {
  api: 'civic' | 'open311';
  /** submit_url, or the Open311 server's requests.json. */
  url: string;
  /** Open311 `jurisdiction_id`. */
  jurisdiction?: string;
  /** Open311 `api_key`. */
  apiKey?: string;
  /** Open311: the server takes photos as multipart `media`. */
  media: boolean;
}

export interface Report {
  version: typeof REPORT_VERSION;
  /** The draft's id: one per report being written; the draft store and the tab locks use it. */
  id: string;
  /** The Idempotency-Key: made when the citizen first presses send, then sent on every attempt
   * from every path (button, outbox, next visit, another tab). */
  key?: string;
  fields: {
    /** The category's id. */
    category: string;
    description: string;
    /** The hidden honeypot field: only bots fill it. */
    website: string;
  };
  location: { address: string; position?: Position };
  /** Downscaled JPEGs. */
  photos: Blob[];
  /** `phone`: Open311's optional contact field, where the element asks for it (`open311-phone`). */
  contact: { name: string; email: string; consent: boolean; phone?: string };
  /** Open311: the answers to the service's questions (its definition). */
  attributes?: ReportAttributes;
  /** Set at the first send. */
  route?: ReportRoute;
  meta: {
    /** The widget the report belongs to (its endpoint). */
    scope: string;
    /** The step the citizen was at. */
    step: FormStep;
    /** Epoch ms of the first input (for `fill_time`, a spam signal). */
    startedAt?: number;
    /** Seconds from the first input to the first send. */
    fillSeconds?: number;
    /** ISO time the draft was last saved. */
    savedAt?: string;
    /** The category's name when sent, for the outbox list and the e-mail. */
    categoryName?: string;
    /** Why the city refused the report from the outbox: messages put in words when shown, the
     * city's own words (and an older version's sentences) as they came. */
    refused?: ReportText[];
  };
}

/** A report ready to go: where to (its route) and its Idempotency-Key are set. */
export type SendableReport = Report & { route: ReportRoute; key: string };

export const isSendable = (report: Report): report is SendableReport =>
  report.route !== undefined && report.key !== undefined;

/** An empty report of widget `scope`, with a new draft id. */
export function createReport(scope: string): Report {
  return {
    version: REPORT_VERSION,
    id: createIdempotencyKey(),
    fields: { category: '', description: '', website: '' },
    location: { address: '' },
    photos: [],
    contact: { name: '', email: '', consent: false },
    meta: { scope, step: 'category' },
  };
}

/** True while the citizen has not written anything into the report. */
export function isEmptyReport(report: Report): boolean {
  return (
    !report.fields.category &&
    !report.fields.description.trim() &&
    !report.location.address.trim() &&
    !report.location.position &&
    !report.photos.length &&
    !report.contact.name.trim() &&
    !report.contact.email.trim()
  );
}

/** A coordinate as sent and shown: six decimals are ~10 cm, precise enough without the false
 * precision of the GPS chip. */
export const formatCoordinate = (value: number): string => value.toFixed(6);

/** A point as the citizen reads it (and the mail says it): "51.399000, 7.186000". */
export const formatPosition = ({ lat, lng }: { lat: number; lng: number }): string =>
  `${formatCoordinate(lat)}, ${formatCoordinate(lng)}`;

/** The text fields a report sends (both APIs build their bodies from these). */
export function reportWireFields(report: Report): Record<string, string> {
  const position = report.location.position;
  return {
    category: report.fields.category,
    description: report.fields.description,
    lat: position ? formatCoordinate(position.lat) : '',
    lng: position ? formatCoordinate(position.lng) : '',
    address: report.location.address,
    name: report.contact.name,
    email: report.contact.email,
    website: report.fields.website,
    fill_time: String(report.meta.fillSeconds ?? 0),
  };
}
