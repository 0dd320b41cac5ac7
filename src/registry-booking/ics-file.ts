/**
 * The .ics file of a booked appointment (RFC 5545), so it can go into any calendar app.
 *
 * Hand-written rather than a library (ical.js alone is ~23 KB gzip; the tests use it to read the
 * result back): one event with UTC times needs only escaping and line folding. Times are written
 * in UTC (`…Z`) so the file needs no VTIMEZONE block and no app can misread the office's zone.
 */
import { parseInstant } from '../core/format.js';
import { wellFormed } from '../core/normalize-json.js';
import type { Instant } from '../core/format.js';

export type IcsEvent = {
  /** Globally unique and stable for the booking, e.g. "booking-4711@standesamt.example.de". */
  uid: string;
  start: Instant;
  end: Instant;
  summary: string;
  location?: string;
  description?: string;
  /** Absolute URL, e.g. the page to cancel or change the booking. */
  url?: string;
  /** When the file was created (DTSTAMP); now unless given. */
  stamp?: Date;
};

export const ICS_PRODID = '-//civic-widgets//registry-booking//DE';

export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** 'YYYYMMDDTHHMMSSZ' (RFC 5545 §3.3.5, form 2: UTC). Throws a RangeError when unreadable. */
export function formatIcsUtc(instant: Instant): string {
  const date = parseInstant(instant);
  if (!date) throw new RangeError(`Not an instant with a timezone offset: ${String(instant)}`);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break
 * (CRLF, CR, LF) as `\n`; other control characters, which TEXT does not allow, are dropped; a
 * lone UTF-16 surrogate (not UTF-8) becomes U+FFFD.
 */
export function escapeIcsText(value: string): string {
  return (
    wellFormed(value)
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x08\x0B-\x1F\x7F]/g, '')
      .replace(/[\\;,]/g, (character) => `\\${character}`)
      .replace(/\n/g, '\\n')
  );
}

/**
 * A URI value has no escaping: percent-encode controls and spaces so it stays one property (a
 * lone surrogate first becomes U+FFFD: `encodeURIComponent` throws a URIError on it).
 */
function sanitizeUri(value: string): string {
  // eslint-disable-next-line no-control-regex
  return wellFormed(value.trim()).replace(/[\x00-\x20\x7F]/g, (character) =>
    encodeURIComponent(character),
  );
}

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD: 3 octets). */
function utf8Length(char: string): number {
  const cp = char.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line (RFC 5545 §3.1): at most 75 octets per line, CRLF excluded, continuation
 * lines start with one space (counted). Counts UTF-8 octets, not UTF-16 units, and breaks only
 * between code points, so "ä" or an emoji is never cut in half.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  // for…of walks code points, keeping surrogate pairs together.
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** The whole VCALENDAR with one VEVENT, CRLF line ends (also after the last line). */
export function buildIcs(event: IcsEvent): string {
  if (!event.uid || !event.uid.trim()) throw new RangeError('An .ics event needs a UID');
  const start = formatIcsUtc(event.start);
  const end = formatIcsUtc(event.end);
  // Same fixed-width format, so the strings compare like the instants.
  if (end <= start) throw new RangeError('An .ics event must end after it starts');
  const stamp = formatIcsUtc(event.stamp ?? new Date());

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid.trim())}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${start}`,
    `DTEND:${end}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.url && event.url.trim()) lines.push(`URL:${sanitizeUri(event.url)}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/**
 * A `data:` URL for `<a href download="termin.ics">`: works without revoking anything. Never
 * throws: a lone surrogate (in a file not built by {@link buildIcs}) is written as U+FFFD.
 */
export function icsDataUrl(ics: string): string {
  return `data:${ICS_MIME_TYPE},${encodeURIComponent(wellFormed(ics))}`;
}

/** A Blob for `URL.createObjectURL`; the caller revokes the URL when done. */
export function icsBlob(ics: string): Blob {
  return new Blob([ics], { type: ICS_MIME_TYPE });
}
