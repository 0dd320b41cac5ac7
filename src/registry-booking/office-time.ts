/**
 * Calendar maths for <registry-booking> in the registry office's timezone.
 *
 * Hand-written on `Intl.DateTimeFormat` instead of a date library (date-fns-tz, Luxon, Temporal
 * polyfill) to keep the widget under its 25 KB gzip budget. Two rules make it independent of the
 * device's timezone:
 * - Calendar days are plain 'YYYY-MM-DD' keys; arithmetic on them uses the UTC methods of `Date`,
 *   which have no timezone and no DST.
 * - An instant becomes a day or a clock time only through `Intl.DateTimeFormat` with an explicit
 *   `timeZone`; the local-time getters (`getDate()`, `getHours()`, …) are never used.
 * Shown dates and times come from src/core/format.ts, which follows the same rules.
 */
import { CITY_TIME_ZONE, dateParts, dateTimeFormat, parseInstant } from '../core/format.js';
import { localeOf } from '../core/i18n.js';
import type { Instant } from '../core/format.js';
import type { Lang } from '../core/i18n.js';

/** A calendar day, as 'YYYY-MM-DD' (`iso`) with its parts. */
export type CalendarDay = {
  /** 'YYYY-MM-DD', a day in the office's calendar. */
  iso: string;
  /** Day of the month, 1–31. */
  day: number;
  /** False for the leading and trailing days of the adjacent months. */
  inMonth: boolean;
  /** 0 = Monday … 6 = Sunday (German convention). */
  weekday: number;
};

export type YearMonth = { year: number; month: number /* 1–12 */ };

export type Slot = {
  id: string;
  start: string;
  end: string;
  available: boolean;
  /** The place of the slot, when the API has several (ZMS: the office id). */
  place?: string;
};

/** The keys of the WAI-ARIA date picker grid that move the focused day. */
export type FocusKey =
  'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

const FOCUS_KEYS: ReadonlySet<string> = new Set<FocusKey>([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

export function isFocusKey(key: string): key is FocusKey {
  return FOCUS_KEYS.has(key);
}

// ---------------------------------------------------------------------------------------------
// Instants

function requireInstant(instant: Instant): Date {
  const date = parseInstant(instant);
  if (!date) throw new RangeError(`Not an instant with a timezone offset: ${String(instant)}`);
  return date;
}

/** 'YYYY-MM-DD' of the instant in `timeZone`. Throws a RangeError for an unreadable instant. */
export function dayKeyInZone(instant: Instant, timeZone: string = CITY_TIME_ZONE): string {
  const parts = dateParts(
    dateTimeFormat('en-US', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }),
    requireInstant(instant),
  );
  return `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}`;
}

/** Today's 'YYYY-MM-DD' in `timeZone` (`now` for tests). */
export function todayInZone(timeZone: string = CITY_TIME_ZONE, now: Date = new Date()): string {
  return dayKeyInZone(now, timeZone);
}

/** Today in `timeZone`: its month, and its 'YYYY-MM-DD' as `iso` (`now` for tests). */
export function todayMonth(
  timeZone: string = CITY_TIME_ZONE,
  now: Date = new Date(),
): YearMonth & { iso: string } {
  const iso = todayInZone(timeZone, now);
  const { year, month } = parseDayKey(iso);
  return { year, month, iso };
}

/**
 * The month a calendar shows when the citizen asks for "the next free time": the month of the
 * server's next free slot (`next`, an instant, in the office's `timeZone`) when it named one,
 * else the month after `current`.
 */
export function nextSlotMonth(
  current: YearMonth,
  next: Instant | undefined,
  timeZone: string = CITY_TIME_ZONE,
): YearMonth {
  const at = next && parseInstant(next);
  if (!at) return addMonths(current.year, current.month, 1);
  const { year, month } = parseDayKey(dayKeyInZone(at, timeZone));
  return { year, month };
}

// ---------------------------------------------------------------------------------------------
// Day keys

const DAY_KEY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDayKey(value: string): boolean {
  const match = DAY_KEY_RE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** The parts of a 'YYYY-MM-DD' key. Throws a RangeError for anything else. */
export function parseDayKey(iso: string): { year: number; month: number; day: number } {
  if (!isDayKey(iso)) throw new RangeError(`Not a YYYY-MM-DD day: ${iso}`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function toDayKey(year: number, month: number, day: number): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Midnight UTC of a civil date: a timezone-free carrier for day arithmetic.
// setUTCFullYear rather than Date.UTC, which maps years 0–99 to 1900–1999.
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function fromUtcDate(date: Date): string {
  return toDayKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function checkMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Not a month: ${year}-${month}`);
  }
}

export function daysInMonth(year: number, month: number): number {
  return utcDate(year, month + 1, 0).getUTCDate();
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(iso: string): number {
  const { year, month, day } = parseDayKey(iso);
  return (utcDate(year, month, day).getUTCDay() + 6) % 7;
}

export function addDays(iso: string, days: number): string {
  const { year, month, day } = parseDayKey(iso);
  return fromUtcDate(utcDate(year, month, day + days));
}

export function addMonths(year: number, month: number, delta: number): YearMonth {
  checkMonth(year, month);
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** First and last day of the month, for the slots query (`?from=…&to=…`, both inclusive). */
export function monthRange(year: number, month: number): { from: string; to: string } {
  checkMonth(year, month);
  return { from: toDayKey(year, month, 1), to: toDayKey(year, month, daysInMonth(year, month)) };
}

/**
 * The month as weeks of 7 days, Monday first, padded with the days of the adjacent months so
 * every week is full (4–6 weeks).
 */
export function monthGrid(year: number, month: number): CalendarDay[][] {
  const { from, to } = monthRange(year, month);
  const first = addDays(from, -weekdayOf(from));
  const last = addDays(to, 6 - weekdayOf(to));
  const weeks: CalendarDay[][] = [];
  for (let iso = first; iso <= last; iso = addDays(iso, 1)) {
    const parts = parseDayKey(iso);
    const weekday = weekdayOf(iso);
    if (weekday === 0) weeks.push([]);
    weeks[weeks.length - 1]!.push({
      iso,
      day: parts.day,
      inMonth: parts.year === year && parts.month === month,
      weekday,
    });
  }
  return weeks;
}

/**
 * The day the grid focus moves to, per the WAI-ARIA APG date picker dialog: arrows ±1 day / ±1
 * week, Home/End the week's Monday/Sunday, PageUp/PageDown ±1 month (Shift: ±1 year) with the day
 * clamped to the target month's length (31 January → 28/29 February). Other keys: unchanged.
 */
export function moveFocusDate(iso: string, key: FocusKey, shift = false): string {
  switch (key) {
    case 'ArrowLeft':
      return addDays(iso, -1);
    case 'ArrowRight':
      return addDays(iso, 1);
    case 'ArrowUp':
      return addDays(iso, -7);
    case 'ArrowDown':
      return addDays(iso, 7);
    case 'Home':
      return addDays(iso, -weekdayOf(iso));
    case 'End':
      return addDays(iso, 6 - weekdayOf(iso));
    case 'PageUp':
    case 'PageDown': {
      const { year, month, day } = parseDayKey(iso);
      const delta = (key === 'PageUp' ? -1 : 1) * (shift ? 12 : 1);
      const target = addMonths(year, month, delta);
      return toDayKey(
        target.year,
        target.month,
        Math.min(day, daysInMonth(target.year, target.month)),
      );
    }
    default:
      return iso;
  }
}

// ---------------------------------------------------------------------------------------------
// Slots

/**
 * The available slots per office day ('YYYY-MM-DD' in `timeZone`), each day's slots sorted by
 * start; the map iterates the days in order. Slots with an unreadable start are left out, and
 * with `startsAfter` (milliseconds since the epoch, e.g. `Date.now()`) those that start at or
 * before it: a time that has passed cannot be booked.
 */
export function groupSlotsByDay<T extends Slot>(
  slots: readonly T[],
  timeZone: string = CITY_TIME_ZONE,
  startsAfter = -Infinity,
): Map<string, T[]> {
  const timed: { slot: T; start: number; end: number }[] = [];
  for (const slot of slots) {
    if (!slot || slot.available !== true) continue;
    const start = parseInstant(slot.start);
    if (!start || start.getTime() <= startsAfter) continue;
    const end = parseInstant(slot.end)?.getTime() ?? start.getTime();
    timed.push({ slot, start: start.getTime(), end });
  }
  // Compare instants, not strings: the feed may mix 'Z' and '+01:00'.
  timed.sort((first, second) => first.start - second.start || first.end - second.end);
  const days = new Map<string, T[]>();
  for (const { slot } of timed) {
    const day = dayKeyInZone(slot.start, timeZone);
    const list = days.get(day);
    if (list) list.push(slot);
    else days.set(day, [slot]);
  }
  return days;
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** "November 2023" (both languages, month name translated). */
export function formatMonth(year: number, month: number, lang: Lang = 'de'): string {
  checkMonth(year, month);
  const parts = dateParts(
    dateTimeFormat(localeOf(lang), 'UTC', { month: 'long', year: 'numeric' }),
    utcDate(year, month, 15),
  );
  return `${parts.month} ${parts.year}`;
}

/** The weekday names Monday … Sunday, for the grid's column headers. */
export function weekdayNames(lang: Lang = 'de', style: 'long' | 'short' = 'long'): string[] {
  const format = dateTimeFormat(localeOf(lang), 'UTC', { weekday: style });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => format.format(utcDate(2024, 1, 1 + index)));
}
