/**
 * Dates and times as citizens read them, the same on every device: every instant is shown in the
 * city's time zone (or an office's configured one), never in the device's. Every function takes
 * `(value, lang, timeZone)` in this order.
 */
import { localeOf } from './i18n.js';
import type { Lang } from './i18n.js';

/** The city's time zone, and its offices' unless one is configured otherwise. */
export const CITY_TIME_ZONE = 'Europe/Berlin';

/** `short`: "30.10.2023"; `long`: "Montag, 30. Oktober 2023". */
export type DateStyle = 'short' | 'long';

// Building an Intl.DateTimeFormat costs far more than using one; a booking calendar formats
// hundreds of slots and a form list hundreds of dates. One cache for every widget.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached `Intl.DateTimeFormat` for `locale` in `timeZone`, always with the Gregorian calendar
 * and Latin digits whatever the user's locale extensions say.
 */
export function dateTimeFormat(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...options,
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(key, format);
  }
  return format;
}

/** The parts of `date` by type (`day`, `month`, `weekday`, `hour` …). */
export function dateParts(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/** An instant: a `Date` or an ISO 8601 date-time with `Z` or a `±HH:MM` offset. */
export type Instant = string | Date;

// Only forms every engine parses the same way. A date-time without an offset is rejected: `Date`
// would read it in the device's time zone, which is exactly what these helpers must not depend on.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The `Date` of an instant, or undefined when unreadable or without an offset. */
export function parseInstant(instant: Instant): Date | undefined {
  let date: Date;
  if (instant instanceof Date) {
    date = instant;
  } else {
    if (typeof instant !== 'string' || !INSTANT.test(instant.trim())) return undefined;
    // The ECMAScript format has exactly 3 fraction digits; normalise so no engine has to guess.
    const text = instant
      .trim()
      .replace(/\.(\d+)/, (_, fraction: string) => `.${fraction.padEnd(3, '0').slice(0, 3)}`);
    date = new Date(text);
  }
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What to format: a 'YYYY-MM-DD' day is a civil date (shown as is, in UTC, so no zone moves it
 * to the day before); anything else is an instant with an offset. Undefined when unreadable
 * (also 2023-02-30 and a date-time without an offset).
 */
function toFormattable(value: Instant, timeZone: string): [Date, string] | undefined {
  if (typeof value === 'string') {
    const day = DAY_KEY.exec(value.trim());
    if (day) {
      const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
      const civil = new Date(Date.UTC(year, month - 1, date));
      // Date.UTC rolls 30 February over to March: such a day does not exist.
      return civil.getUTCMonth() === month - 1 && civil.getUTCDate() === date
        ? [civil, 'UTC']
        : undefined;
    }
  }
  const instant = parseInstant(value);
  return instant ? [instant, timeZone] : undefined;
}

/**
 * "30.10.2023" / "30/10/2023" (`short`), "Montag, 30. Oktober 2023" / "Monday, 30 October 2023"
 * (`long`). Takes an instant (shown as its day in `timeZone`) or a 'YYYY-MM-DD' day (shown as
 * is); '' when unreadable.
 */
export function formatDate(
  value: Instant,
  lang: Lang,
  timeZone: string = CITY_TIME_ZONE,
  style: DateStyle = 'short',
): string {
  const formattable = toFormattable(value, timeZone);
  if (!formattable) return '';
  const [date, zone] = formattable;
  if (style === 'short') {
    return dateTimeFormat(localeOf(lang), zone, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(date);
  }
  const parts = dateParts(
    dateTimeFormat(localeOf(lang), zone, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
    date,
  );
  // Assembled from parts: CLDR versions differ on the English comma ("Tuesday 14 November").
  return lang === 'en'
    ? `${parts.weekday}, ${parts.day} ${parts.month} ${parts.year}`
    : `${parts.weekday}, ${parts.day}. ${parts.month} ${parts.year}`;
}

/** "30.10.2023, 09:15" (de) / "30/10/2023, 09:15" (en); '' when unreadable. */
export function formatDateTime(
  value: Instant,
  lang: Lang,
  timeZone: string = CITY_TIME_ZONE,
): string {
  const formattable = toFormattable(value, timeZone);
  if (!formattable) return '';
  const [date, zone] = formattable;
  return dateTimeFormat(localeOf(lang), zone, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** "09:00" (24-hour in both languages) of the instant in `timeZone`; '' when unreadable. */
export function formatTime(value: Instant, lang: Lang, timeZone: string = CITY_TIME_ZONE): string {
  const formattable = toFormattable(value, timeZone);
  if (!formattable) return '';
  const [date, zone] = formattable;
  const parts = dateParts(
    dateTimeFormat(localeOf(lang), zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    date,
  );
  return `${parts.hour}:${parts.minute}`;
}
