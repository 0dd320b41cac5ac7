/**
 * When a reservation must be confirmed in person, on a day the office is open, and how many
 * visits that means for the citizen. Plain calendar maths on 'YYYY-MM-DD' day keys in the
 * office's timezone (office-time.ts), so the device's timezone never moves a deadline.
 */
import { addDays, dayKeyInZone, weekdayOf } from './office-time.js';
import type { Instant } from '../core/format.js';

/** ISO 8601 weekday numbers, 1 = Monday … 7 = Sunday: Monday to Friday. */
export const DEFAULT_OPENING_DAYS: readonly number[] = [1, 2, 3, 4, 5];

/** ISO weekday (1 = Monday … 7 = Sunday) of a day key. */
const isoWeekday = (day: string): number => weekdayOf(day) + 1;

/**
 * `day` when the office is open then, else the last open day before it. A deadline on a
 * Sunday ("bis zum Sonntag … persönlich im Standesamt") cannot be met; the Friday before can.
 * Without any opening day the day stays as it is.
 */
export function lastOpenDay(day: string, openingDays: readonly number[]): string {
  for (let daysBack = 0; daysBack < 7; daysBack++) {
    const candidate = addDays(day, -daysBack);
    if (openingDays.includes(isoWeekday(candidate))) return candidate;
  }
  return day;
}

export interface DeadlineInput {
  /** The server's deadline of a made reservation (its `expires_at`), when it sent one. */
  expiresAt?: Instant;
  /** The service's hold time in days, counted from `today`. */
  holdDays?: number;
  /** Today in the office's timezone, 'YYYY-MM-DD'. */
  today: string;
  timezone: string;
  openingDays: readonly number[];
}

/** The last day to confirm in person ('YYYY-MM-DD'), on an open day; undefined when unknown. */
export function reservationDeadline(input: DeadlineInput): string | undefined {
  let day: string | undefined;
  try {
    day = input.expiresAt ? dayKeyInZone(input.expiresAt, input.timezone) : undefined;
  } catch {
    day = undefined; // an unreadable expires_at: fall back to the hold time
  }
  day ??= input.holdDays ? addDays(input.today, input.holdDays) : undefined;
  return day && lastOpenDay(day, input.openingDays);
}

/**
 * How often the citizen comes: once when the appointment is on or before the deadline (the
 * reservation is confirmed there, with the documents), twice when the deadline comes first
 * (a confirmation visit, then the appointment).
 */
export function visitsNeeded(deadline: string, appointmentDay: string): 1 | 2 {
  return appointmentDay <= deadline ? 1 : 2;
}
