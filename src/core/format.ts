import type { Lang } from './i18n.js';

/** The city's timezone: dates and times read the same on every device. */
export const CITY_TIME_ZONE = 'Europe/Berlin';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'de-DE');

function toDate(value: string | Date): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "30.10.2023, 09:15" (de) / "30/10/2023, 09:15" (en); empty for an unreadable date. */
export function formatDateTime(
  value: string | Date,
  lang: Lang,
  timeZone = CITY_TIME_ZONE,
): string {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(lang), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

/** "30.10.2023" */
export function formatDate(value: string | Date, lang: Lang, timeZone = CITY_TIME_ZONE): string {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(lang), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone,
  }).format(date);
}
