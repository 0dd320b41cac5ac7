import { EndpointError } from '../core/endpoint-error.js';
import { requestJson } from '../core/http.js';
import { fieldErrors, parseBookingResult } from './registry-booking-schema.js';
import type { FormText } from './form-text.js';
import type { BookingRequest, BookingResult } from './registry-booking-schema.js';

/**
 * What became of one POST to `booking_url`. What it says in words (`text`, `note`) is kept as a
 * form text, put in words when it is shown (form-text.ts).
 */
export type BookingOutcome =
  /** Booked; `note`: what the citizen does next, when the widget says it (ZMS: confirm by e-mail). */
  | { kind: 'done'; result: BookingResult; note?: FormText }
  /**
   * 409 (ZMS: `appointmentNotAvailable`): the slot was taken meanwhile, or (`reason: 'expired'`)
   * the reservation lapsed. Nothing was stored; `text` says it when the API told why.
   */
  | {
      kind: 'conflict';
      error: EndpointError;
      reason?: 'taken' | 'expired';
      text?: FormText;
    }
  /**
   * A 4xx with `{ errors: { field: message } }` (the server's own sentences), or a ZMS error code
   * that names a field. Nothing was stored.
   */
  | { kind: 'invalid'; errors: Record<string, FormText>; error: EndpointError }
  /**
   * Any other 4xx (400, 403, 404, 413, an HTML page of a proxy): the server refused the request
   * and sending it again unchanged will not help. `message` is the server's own sentence when
   * its answer had one (`{ "message": "…" }`).
   */
  | {
      kind: 'refused';
      status: number;
      message?: string;
      text?: FormText;
      error: EndpointError;
    }
  /**
   * 5xx, 429, network, timeout, an unreadable answer: the outcome is unknown, retry with the same
   * key. `text` says more when the API told why (maintenance, too many requests); `captcha`:
   * ZMS refused the captcha token (nothing was reserved), the citizen confirms it again.
   */
  | { kind: 'failed'; error: unknown; text?: FormText; captcha?: boolean };

/** The `message` of a JSON error answer, when it has one that is plain text. */
function serverMessage(body: unknown): string | undefined {
  const message = (body as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message.trim() ? message.trim().slice(0, 300) : undefined;
}

/**
 * POSTs a booking as JSON with an `Idempotency-Key` header. The caller keeps the key for
 * retries of the same booking (an answer lost on the way must not book twice) and drops it
 * after a definite answer (success, 409, field errors).
 */
export async function submitBooking(
  url: string,
  request: BookingRequest,
  key: string,
  timeout: number,
): Promise<BookingOutcome> {
  try {
    const { body } = await requestJson(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(request),
      timeout,
    });
    return { kind: 'done', result: parseBookingResult(body) };
  } catch (error) {
    const status = error instanceof EndpointError && error.kind === 'http' ? error.status! : 0;
    if (status >= 400 && status < 500 && status !== 429) {
      const httpError = error as EndpointError;
      if (status === 409) return { kind: 'conflict', error: httpError };
      const errors = fieldErrors(httpError.body);
      if (errors) return { kind: 'invalid', errors, error: httpError };
      return { kind: 'refused', status, message: serverMessage(httpError.body), error: httpError };
    }
    return { kind: 'failed', error };
  }
}
