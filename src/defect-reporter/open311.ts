// Adapter for Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2/), the API many
// "Mängelmelder" back ends speak: GET services.json lists categories, POST requests.json
// (application/x-www-form-urlencoded) files a report.

export interface Category {
  id: string;
  name: string;
  group?: string;
  description?: string;
  keywords?: string[];
}

/** Field names the widget uses for a report (also the keys of an outbox entry's `fields`). */
export type ReportFields = {
  /** Category id = Open311 service_code. */
  category: string;
  description: string;
  lat?: string;
  lng?: string;
  address?: string;
  email?: string;
  name?: string;
  phone?: string;
};

export interface Open311Options {
  jurisdiction?: string;
  apiKey?: string;
}

export interface Open311Error {
  code: number;
  description: string;
}

export type Open311Result =
  | {
      ok: true;
      /** service_request_id, or the temporary token if the server only returned one. */
      id: string;
      idType: 'service_request_id' | 'token';
      notice?: string;
    }
  | {
      ok: false;
      errors: Open311Error[];
      /** True for 408/425/429/5xx, network failures (status 0) and 2xx without a usable body
       * (typically a captive portal's HTML page): worth retrying from the outbox. */
      retryable: boolean;
    };

/** Categories from a services.json response; entries without a code or a name are skipped. */
export function parseOpen311Services(json: unknown): Category[] {
  if (!Array.isArray(json)) return [];
  const seen = new Set<string>();
  const categories: Category[] = [];
  for (const raw of json) {
    if (typeof raw !== 'object' || raw === null) continue;
    const s = raw as Record<string, unknown>;
    // The spec's example uses numeric codes; they are identifiers, so keep them as strings.
    const id = text(s.service_code);
    const name = text(s.service_name);
    if (!id || !name || seen.has(id)) continue;
    seen.add(id);
    const category: Category = { id, name };
    const group = text(s.group);
    if (group) category.group = group;
    const description = text(s.description);
    if (description) category.description = description;
    const keywords = parseKeywords(s.keywords);
    if (keywords.length > 0) category.keywords = keywords;
    categories.push(category);
  }
  return categories;
}

/** The form body of POST requests.json. Empty fields are left out rather than sent blank. */
export function buildOpen311Request(
  fields: Readonly<Record<string, string | undefined>>,
  options: Open311Options = {},
): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string | undefined): void => {
    const v = value?.trim();
    if (v) params.set(key, v);
  };
  put('jurisdiction_id', options.jurisdiction);
  put('service_code', fields.category ?? fields.service_code);
  put('description', fields.description);
  const lat = coordinate(fields.lat, 90);
  const long = coordinate(fields.lng ?? fields.long, 180);
  // The spec requires lat and long together, or neither.
  if (lat !== undefined && long !== undefined) {
    put('lat', lat);
    put('long', long);
  }
  put('address_string', fields.address);
  put('email', fields.email);
  const { first, last } = splitName(fields.name ?? '');
  put('first_name', first);
  put('last_name', last);
  put('phone', fields.phone);
  put('api_key', options.apiKey);
  return params;
}

/** Reads the POST requests.json response (status and parsed JSON body, null if unparseable). */
export function parseOpen311Response(status: number, json: unknown): Open311Result {
  // Servers answer with a one-element array; tolerate a bare object and the XML-style wrapper.
  const first = firstObject(json);
  if (status >= 200 && status < 300) {
    const requestId = text(first?.service_request_id);
    const token = text(first?.token);
    if (requestId || token) {
      const notice = text(first?.service_notice);
      return {
        ok: true,
        id: (requestId ?? token) as string,
        idType: requestId ? 'service_request_id' : 'token',
        ...(notice ? { notice } : {}),
      };
    }
    // Some servers report errors with 200; a 2xx without any usable body is more likely a
    // captive portal or proxy page than the city's server, so the report is retried.
    const errors = parseErrors(status, json);
    return errors.length > 0
      ? { ok: false, errors, retryable: false }
      : {
          ok: false,
          errors: [{ code: status, description: 'Response without service_request_id or token' }],
          retryable: true,
        };
  }

  const errors = parseErrors(status, json);
  if (errors.length === 0) {
    errors.push({ code: status, description: status === 0 ? 'Network error' : `HTTP ${status}` });
  }
  const retryable =
    status === 0 || status === 408 || status === 425 || status === 429 || status >= 500;
  return { ok: false, errors, retryable };
}

/** The GeoReport error array: [{ "code": 403, "description": "Invalid api_key …" }]. */
function parseErrors(status: number, json: unknown): Open311Error[] {
  const errors: Open311Error[] = [];
  for (const raw of Array.isArray(json) ? json : [json]) {
    if (!isRecord(raw) || !('code' in raw || 'description' in raw)) continue;
    const code = Number(raw.code);
    errors.push({
      code: 'code' in raw && Number.isFinite(code) ? code : status,
      description: text(raw.description) ?? '',
    });
  }
  return errors;
}

/** "Anna Maria Schmidt" → first "Anna Maria", last "Schmidt"; a single word is the last name. */
export function splitName(name: string): { first: string; last: string } {
  const clean = name.replace(/\s+/g, ' ').trim();
  const cut = clean.lastIndexOf(' ');
  if (cut < 0) return { first: '', last: clean };
  return { first: clean.slice(0, cut), last: clean.slice(cut + 1) };
}

function parseKeywords(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.map((k) => (typeof k === 'string' ? k.trim() : '')).filter(Boolean);
}

function coordinate(value: string | undefined, limit: number): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && Math.abs(n) <= limit ? String(n) : undefined;
}

function firstObject(json: unknown): Record<string, unknown> | undefined {
  let value = json;
  if (isRecord(value) && Array.isArray(value.service_requests)) value = value.service_requests;
  if (Array.isArray(value)) value = value[0];
  return isRecord(value) ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Non-empty trimmed string from a string or number field. */
function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}
