/**
 * The ZMS reservation of the booking on its way, kept in the tab's sessionStorage (this tab only,
 * gone when it closes) until a definite answer: a reload between reserving the time and
 * preconfirming it lost the process, the page reserved the time again (a second process, or
 * "no longer available" for the citizen's own time) and an activation e-mail of the first may
 * already have gone out. After the reload the form sends again (kept-form.ts) and continues
 * this process instead. One per booking URL, for one service and time.
 */
import { number, object, string } from '../core/schema.js';
import type { ZmsProcessKey } from './zms-citizen-api.js';

const keptReservation = object({
  service: string,
  slot: string,
  processId: number,
  authKey: string,
});

const KEPT_RESERVATION = 'civic-widgets:registry-booking:zms-reservation:';

/** The process reserved for this service and time of `bookingUrl`, if one is kept. */
export function readKeptReservation(
  bookingUrl: string,
  service: string,
  slot: string,
): ZmsProcessKey | undefined {
  try {
    const kept = keptReservation(
      JSON.parse(sessionStorage.getItem(KEPT_RESERVATION + bookingUrl)!),
    );
    return kept.service === service && kept.slot === slot
      ? { processId: kept.processId, authKey: kept.authKey }
      : undefined;
  } catch {
    // None kept, not readable, or storage blocked.
    return undefined;
  }
}

/** Keeps the process reserved for this service and time; without one, forgets the kept one. */
export function keepReservation(
  bookingUrl: string,
  reserved?: { service: string; slot: string; process: ZmsProcessKey },
): void {
  try {
    if (!reserved) return sessionStorage.removeItem(KEPT_RESERVATION + bookingUrl);
    const { service, slot, process } = reserved;
    sessionStorage.setItem(
      KEPT_RESERVATION + bookingUrl,
      JSON.stringify({ service, slot, processId: process.processId, authKey: process.authKey }),
    );
  } catch {
    // Blocked or full storage: a reload reserves again, as before.
  }
}
