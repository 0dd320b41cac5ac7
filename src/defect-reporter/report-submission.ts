// Sends one report: to this library's contract (multipart POST submit_url) or to an Open311
// GeoReport v2 server (POST requests.json). Every answer becomes one of three outcomes: sent
// (with the city's reference), refused (field errors to show; retrying would not help) or
// retry (5xx, network, timeout, a 2xx without a reference: the outbox keeps it).
import { EndpointError } from '../core/endpoint-error.js';
import { requestJson } from '../core/http.js';

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

/**
 * Sends a report (its fields) once. Where it goes is kept in its `_`-fields, so an outbox entry
 * can be sent later without the config: `_url`, `_api` (`open311`, or empty for this library's
 * contract), `_jurisdiction`, `_api_key`, `_media` (`1`: the Open311 server accepts photos as
 * multipart `media`).
 */
export async function submitReport(
  fields: Record<string, string>,
  photos: readonly Blob[],
  key: string,
  timeout: number,
): Promise<SubmitOutcome> {
  const open311 = fields._api === 'open311' ? await import('./open311.js') : undefined;
  const form = new FormData();
  let body: FormData | URLSearchParams = form;
  let headers: Record<string, string> = { 'Idempotency-Key': key };
  if (open311) {
    const params = open311.buildOpen311Request(fields, {
      jurisdiction: fields._jurisdiction,
      apiKey: fields._api_key,
    });
    if (fields._media === '1' && photos.length) {
      for (const [k, v] of params) form.append(k, v);
      for (const p of photos) form.append('media', p, 'foto.jpg');
    } else {
      body = params;
    }
    // The key goes only to a server of this page's origin (a proxy that knows it): on another
    // origin the extra header would make the browser ask a CORS preflight that plain Open311
    // servers do not answer, and every report would fail.
    if (new URL(fields._url, document.baseURI).origin !== location.origin) headers = {};
  } else {
    for (const name of REPORT_FIELDS) form.append(name, fields[name] ?? '');
    photos.forEach((p, i) => form.append('photo', p, `foto-${i + 1}.jpg`));
  }
  // Status 0: no answer (network, timeout); a 2xx whose body is not JSON has no body.
  let status = 0;
  let json: unknown;
  try {
    ({ status, body: json } = await requestJson(fields._url, {
      method: 'POST',
      headers,
      body,
      timeout,
    }));
  } catch (error) {
    if (error instanceof EndpointError) ({ status = 0, body: json } = error);
  }
  if (open311) return open311.parseOpen311Response(status, json);
  const answer = (json ?? {}) as { id?: unknown; message?: unknown; errors?: unknown };
  const id = text(answer.id);
  // A 2xx without a reference is a proxy's or captive portal's page, not the city's answer.
  if (status >= 200 && status < 300)
    return id ? { kind: 'sent', id, message: text(answer.message) } : RETRY;
  // Retrying may succeed after 5xx and no answer, and after timeouts, "too early", rate limits.
  if (status < 400 || status >= 500 || [408, 425, 429].includes(status)) return RETRY;
  const errors: Record<string, string> = {};
  if (answer.errors && typeof answer.errors === 'object') {
    for (const [name, message] of Object.entries(answer.errors)) {
      const m = text(message);
      if (m) errors[name] = m;
    }
  }
  const message = text(answer.message);
  return { kind: 'refused', fields: errors, errors: message ? [message] : [] };
}

const RETRY: SubmitOutcome = { kind: 'retry' };
