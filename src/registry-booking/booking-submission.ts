import { EndpointError } from '../core/endpoint-error.js';
import { requestJson } from '../core/http.js';
import { fieldErrors, parseBookingResult } from './registry-booking-schema.js';
import type { BookingRequest, BookingResult } from './registry-booking-schema.js';

/** What became of one POST to `booking_url`. */
export type SubmitOutcome =
  | { kind: 'done'; result: BookingResult }
  /** 409: the slot was taken meanwhile. Nothing was stored. */
  | { kind: 'conflict'; error: EndpointError }
  /** A 4xx with `{ errors: { field: message } }`. Nothing was stored. */
  | { kind: 'invalid'; errors: Record<string, string>; error: EndpointError }
  /** 5xx, network, timeout, an unreadable answer: the outcome is unknown, retry with the same key. */
  | { kind: 'failed'; error: unknown };

/** A fresh Idempotency-Key (a UUID where the page is a secure context). */
export function newIdempotencyKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`
  );
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
): Promise<SubmitOutcome> {
  try {
    const { body } = await requestJson(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(request),
      timeout,
    });
    return { kind: 'done', result: parseBookingResult(body) };
  } catch (error) {
    if (error instanceof EndpointError && error.kind === 'http' && error.status! < 500) {
      if (error.status === 409) return { kind: 'conflict', error };
      const errors = fieldErrors(error.body);
      if (errors) return { kind: 'invalid', errors, error };
    }
    return { kind: 'failed', error };
  }
}
