// Sends one report: to this library's contract (multipart POST submit_url) or to an Open311
// GeoReport v2 server (POST requests.json). Every answer becomes one of three outcomes: sent
// (with the city's reference), refused (field errors to show; retrying would not help) or
// retry (5xx, network, timeout, a 2xx without a reference: the outbox keeps it).
import { EndpointError } from '../core/endpoint-error.js';
import { requestJson } from '../core/http.js';

/** Where a report goes. Stored with the report as `_`-fields (see {@link targetOf}), so an
 * outbox entry can be sent later without the config. */
export interface SubmitTarget {
  url: string;
  /** `open311` or empty for this library's contract. */
  api?: string;
  jurisdiction?: string;
  apiKey?: string;
  /** Open311: the server accepts photos as multipart `media`. */
  media?: boolean;
}

export type SubmitOutcome =
  | { kind: 'sent'; id: string; message?: string; token?: boolean }
  | { kind: 'refused'; fields: Record<string, string>; errors: string[] }
  | { kind: 'retry' };

/** The fields a report sends; everything starting with `_` stays in the browser. */
export const REPORT_FIELDS = [
  'category',
  'description',
  'lat',
  'lng',
  'address',
  'name',
  'email',
  'website',
  'fill_time',
] as const;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;

/** Retrying these may succeed: timeouts, "too early", rate limits. */
const TRANSIENT = [408, 425, 429];

/** Sends a report (its fields, with the target in its `_`-fields) once. */
export async function submitReport(
  fields: Record<string, string>,
  photos: readonly Blob[],
  key: string,
  timeout: number,
): Promise<SubmitOutcome> {
  const target = targetOf(fields);
  if (target.api === 'open311') return submitOpen311(target, fields, photos, key, timeout);
  const body = new FormData();
  for (const name of REPORT_FIELDS) body.append(name, fields[name] ?? '');
  photos.forEach((p, i) => body.append('photo', p, `foto-${i + 1}.jpg`));
  try {
    const { body: json } = await requestJson(target.url, {
      method: 'POST',
      headers: { 'Idempotency-Key': key },
      body,
      timeout,
    });
    const answer = (json ?? {}) as { id?: unknown; message?: unknown };
    const id = text(answer.id);
    // A 2xx without a reference is a proxy's or captive portal's page, not the city's answer.
    return id ? { kind: 'sent', id, message: text(answer.message) } : { kind: 'retry' };
  } catch (error) {
    const status = error instanceof EndpointError && error.kind === 'http' ? error.status! : 0;
    if (status < 400 || status >= 500 || TRANSIENT.includes(status)) return { kind: 'retry' };
    const errors = (error as EndpointError).body as { errors?: unknown; message?: unknown };
    const fields: Record<string, string> = {};
    const general: string[] = [];
    if (errors?.errors && typeof errors.errors === 'object') {
      for (const [name, message] of Object.entries(errors.errors)) {
        const m = text(message);
        if (m) fields[name] = m;
      }
    }
    const message = text(errors?.message);
    if (message) general.push(message);
    return { kind: 'refused', fields, errors: general };
  }
}

async function submitOpen311(
  target: SubmitTarget,
  fields: Record<string, string>,
  photos: readonly Blob[],
  key: string,
  timeout: number,
): Promise<SubmitOutcome> {
  const { buildOpen311Request, parseOpen311Response } = await import('./open311.js');
  const params = buildOpen311Request(fields, {
    jurisdiction: target.jurisdiction,
    apiKey: target.apiKey,
  });
  let body: URLSearchParams | FormData = params;
  if (target.media && photos.length) {
    body = new FormData();
    for (const [k, v] of params) body.append(k, v);
    for (const p of photos) body.append('media', p, 'foto.jpg');
  }
  // The key goes only to a server of this page's origin (a proxy that knows it): on another
  // origin the extra header would make the browser ask a CORS preflight that plain Open311
  // servers do not answer, and every report would fail.
  const sameOrigin = new URL(target.url, document.baseURI).origin === location.origin;
  let status = 0;
  let json: unknown = null;
  try {
    const answer = await requestJson(target.url, {
      method: 'POST',
      headers: sameOrigin ? { 'Idempotency-Key': key } : {},
      body,
      timeout,
    });
    status = answer.status;
    json = answer.body;
  } catch (error) {
    if (error instanceof EndpointError) {
      status = error.status ?? 0;
      json = error.body ?? null;
    }
  }
  const result = parseOpen311Response(status, json);
  if (result.ok) {
    return {
      kind: 'sent',
      id: result.id,
      message: result.notice,
      token: result.idType === 'token',
    };
  }
  if (result.retryable) return { kind: 'retry' };
  return {
    kind: 'refused',
    fields: {},
    errors: result.errors.map((e) => e.description || String(e.code)),
  };
}

/** The target kept in a report's `_`-fields. */
export const targetOf = (f: Record<string, string>): SubmitTarget => ({
  url: f._url,
  api: f._api,
  jurisdiction: f._jurisdiction,
  apiKey: f._api_key,
  media: f._media === '1',
});
