/**
 * The link to a booking of the library's own contract on the widget's page,
 * `#/booking/<code>/<token>`: the confirmation and the .ics point there, and the widget opens
 * the booking it names (read from `manage_url`, cancelled at `cancel_url`).
 */
import { isDotSegment } from '../core/safe-url.js';

/** What names a booking in `manage_url` / `cancel_url`: its code, and the token when the answer had one. */
export interface BookingReference {
  code: string;
  token?: string;
}

export const bookingHash = (reference: BookingReference): string =>
  `#/booking/${encodeURIComponent(reference.code)}${reference.token ? `/${encodeURIComponent(reference.token)}` : ''}`;

export function bookingFromHash(hash: string): BookingReference | undefined {
  const match = /^#\/booking\/([^/]+)(?:\/([^/]+))?$/.exec(hash);
  if (!match) return undefined;
  try {
    const code = decodeURIComponent(match[1]!);
    const token = match[2] && decodeURIComponent(match[2]);
    if (isDotSegment(code) || (token && isDotSegment(token))) return undefined;
    return { code, ...(token ? { token } : {}) };
  } catch {
    return undefined; // a broken escape: no booking named
  }
}
