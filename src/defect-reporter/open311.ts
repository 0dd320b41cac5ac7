// Adapter for Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2/), the API many
// "Mängelmelder" back ends speak: GET services.json lists categories, POST requests.json
// (application/x-www-form-urlencoded) files a report.
import { isRetryableStatus, readableText } from './report-api.js';
import { reportWireFields } from './report.js';
import { serviceHasDefinition } from './open311-service-definition.js';
import { readOpen311Errors } from './open311-errors.js';
import { Open311Form } from './open311-form.js';
import { open311Url } from './report-api-adapters.js';
import type {
  FormExtensionHost,
  ReportApiSettings,
  ReportFormExtension,
} from './report-api-adapters.js';
import type { Category, ReportRequest, ReportSendOutcome } from './report-api.js';
import type { DefectConfig } from './report-config.js';
import type { ReportRoute, SendableReport } from './report.js';

export interface Open311Options {
  jurisdiction?: string;
  apiKey?: string;
}

/** Categories from a services.json response; entries without a code or a name are skipped. */
export function parseOpen311Services(json: unknown): Category[] {
  const categories = new Map<string, Category>();
  for (const raw of Array.isArray(json) ? (json as Record<string, unknown>[]) : []) {
    // The spec's example uses numeric codes; they are identifiers, so keep them as strings.
    const id = text(raw?.service_code);
    const name = text(raw?.service_name);
    if (!id || !name || categories.has(id)) continue;
    const category: Category = { id, name };
    // mySociety's open311-adapter sends a list `groups` instead of `group`: the first named.
    const groups: unknown[] = Array.isArray(raw.groups) ? raw.groups : [raw.group];
    const group = groups.map(text).find(Boolean);
    if (group) category.group = group;
    const description = text(raw.description);
    if (description) category.description = description;
    // A list, or the spec's comma-separated string.
    const list: unknown[] = Array.isArray(raw.keywords)
      ? raw.keywords
      : String(raw.keywords ?? '').split(',');
    const keywords = list.map(text).filter((keyword): keyword is string => !!keyword);
    if (keywords.length) category.keywords = keywords;
    if (serviceHasDefinition(raw)) category.questions = true;
    categories.set(id, category);
  }
  return [...categories.values()];
}

/** The form body of POST requests.json from a report's fields (category, description, lat, lng,
 * address, email, name). Empty fields are left out rather than sent blank. */
export function buildOpen311Request(
  fields: Readonly<Record<string, string | undefined>>,
  options: Open311Options = {},
): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string | undefined): void => {
    const trimmed = value?.trim();
    if (trimmed) params.set(key, trimmed);
  };
  put('jurisdiction_id', options.jurisdiction);
  put('service_code', fields.category);
  put('description', fields.description);
  const lat = coordinate(fields.lat, 90);
  const long = coordinate(fields.lng, 180);
  // The spec requires lat and long together, or neither.
  if (lat && long) {
    put('lat', lat);
    put('long', long);
  }
  put('address_string', fields.address);
  put('email', fields.email);
  const { first, last } = splitName(fields.name ?? '');
  put('first_name', first);
  put('last_name', last);
  put('api_key', options.apiKey);
  return params;
}

/**
 * The outcome of POST requests.json from its status (0: no answer) and parsed JSON body: sent
 * with the service_request_id (or the token, if the server only returned one); refused with
 * the descriptions of the GeoReport error array (`[{ "code": 403, "description": "Invalid
 * api_key …" }]`, some servers send it with 200); retry for 408/425/429/5xx, no answer, and a
 * 2xx whose body is not JSON (more likely a captive portal or proxy page than the city). A 2xx
 * JSON answer with neither number is the server's: it took the report without naming one. That
 * is sent, without a number ('' as the id): retried, the report would be filed again at every
 * retry, every 15 minutes for good (a server on another origin gets no Idempotency-Key).
 */
export function parseOpen311Response(status: number, json: unknown): ReportSendOutcome {
  const answer = firstServiceRequest(json);
  const ok = status >= 200 && status < 300;
  const requestId = text(answer.service_request_id);
  const id = requestId ?? text(answer.token);
  if (ok && id) {
    return { kind: 'sent', id, message: text(answer.service_notice), token: !requestId };
  }
  const errors = readOpen311Errors(json).map((error) => error.description || error.code);
  if (ok && !errors.length && json !== undefined) {
    return { kind: 'sent', id: '', message: text(answer.service_notice) };
  }
  if (ok ? !errors.length : isRetryableStatus(status)) {
    return { kind: 'retry' };
  }
  // Refused without a readable description (an HTML error page): the widget says it plainly.
  return { kind: 'refused', status: ok ? 400 : status, fields: {}, errors };
}

/**
 * The first service request of an answer: servers send a one-element array; a bare object and
 * the XML-style wrappers are read too: `{ service_requests: [...] }`, and Mark-a-Spot's
 * `{ service_requests: { request: {...} } }` (201; an answer not read here would be retried,
 * and the report filed again and again).
 */
function firstServiceRequest(json: unknown): Record<string, unknown> {
  let wrapped = (json as { service_requests?: unknown } | null)?.service_requests ?? json;
  wrapped = (wrapped as { request?: unknown } | null)?.request ?? wrapped;
  const first: unknown = Array.isArray(wrapped) ? wrapped[0] : wrapped;
  return first && typeof first === 'object' ? (first as Record<string, unknown>) : {};
}

/** The service's questions and the optional phone field in the element's form (open311-form.ts). */
export const formExtension = (host: FormExtensionHost): ReportFormExtension =>
  new Open311Form(host);

/** The outcome of a report's POST (see {@link parseOpen311Response}). */
export const reportOutcome = parseOpen311Response;

/**
 * POST requests.json: form-encoded, or multipart with the photos as `media` where the server
 * takes them (`_media`); the answers to the service's questions as `attribute[code]=value`
 * (`attribute[code][]=value` repeated for a multi-value list), the optional `phone`. The
 * Idempotency-Key goes only to a server of this page's origin (a proxy that knows it): on
 * another origin the extra header would make the browser ask a CORS
 * preflight that plain Open311 servers do not answer, and every report would fail.
 */
export function reportRequest(report: SendableReport): ReportRequest {
  const { route, photos } = report;
  const params = buildOpen311Request(reportWireFields(report), {
    jurisdiction: route.jurisdiction,
    apiKey: route.apiKey,
  });
  const phone = report.contact.phone?.trim();
  if (phone) params.set('phone', phone);
  // Answers given for another category (the citizen changed it) are not this service's.
  const { attributes } = report;
  if (attributes?.service === report.fields.category) {
    for (const { name, value } of attributes.params) params.append(name, value);
  }
  let body: FormData | URLSearchParams = params;
  if (route.media && photos.length) {
    body = new FormData();
    for (const [name, value] of params) body.append(name, value);
    for (const photo of photos) body.append('media', photo, 'foto.jpg');
  }
  const sameOrigin = new URL(route.url, document.baseURI).origin === location.origin;
  return { body, headers: sameOrigin ? { 'Idempotency-Key': report.key } : {} };
}

/** The form's config from services.json; reports go to `submitUrl` (requests.json). */
export function readOpen311Config(raw: unknown, submitUrl?: string, media?: boolean): DefectConfig {
  const categories = parseOpen311Services(raw);
  if (!categories.length) throw new Error('services.json lists no services');
  return {
    categories,
    submitUrl,
    maxPhotos: media ? 3 : 0,
    maxPhotoBytes: 8e6,
    locationRequired: true,
  };
}

/** Reports go to the server's requests.json with its jurisdiction_id and api_key. */
export const reportRoute = (settings: ReportApiSettings, url: string): ReportRoute => ({
  api: 'open311',
  url,
  jurisdiction: settings.jurisdiction,
  apiKey: settings.apiKey,
  media: settings.open311Media,
});

/** The adapter's config: services.json of the element's server, reports to requests.json beside it. */
export const readConfig = (raw: unknown, settings: ReportApiSettings): DefectConfig =>
  readOpen311Config(raw, open311Url(settings, 'requests.json'), settings.open311Media);

/** "Anna Maria Schmidt" → first "Anna Maria", last "Schmidt"; a single word is the last name. */
export function splitName(name: string): { first: string; last: string } {
  const words = name.split(/\s+/).filter(Boolean);
  const last = words.pop() ?? '';
  return { first: words.join(' '), last };
}

function coordinate(value: string | undefined, limit: number): string | undefined {
  const number = value?.trim() ? Number(value) : NaN;
  return Math.abs(number) <= limit ? String(number) : undefined;
}

/** Non-empty trimmed string from a string or number field. */
const text = readableText;
