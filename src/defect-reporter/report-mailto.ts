// The last fallback of the widget: when the city's API refuses a report or cannot be reached, the
// citizen can still send it as an e-mail from their own mail program, pre-filled via mailto:.
// The texts are the widget's messages: German, or English on English pages.
import { mailtoHref } from '../core/safe-url.js';
import type { Fields, MessageKey, Msg } from './defect-reporter-steps.js';

/** Several mail clients (and Windows' ShellExecute) cut or refuse mailto URLs beyond ~2,000. */
export const MAILTO_MAX_LENGTH = 1800;

/**
 * Subject and body of the mail about a report (`_cat` is the category's name), every
 * citizen-written field cut to at most `max` code points with "…".
 */
function mail(f: Fields, m: Msg, photos: number, reference = '', max = Infinity) {
  const cut = (text = '', multiline?: boolean) => {
    const chars = [
      ...(multiline ? text.trim().replace(/\r\n?/g, '\n') : text.replace(/\s+/g, ' ').trim()),
    ];
    return chars.length > max ? chars.slice(0, max).join('').trimEnd() + '…' : chars.join('');
  };
  const lines = (sep: string, ...parts: unknown[]) => parts.filter(Boolean).join(sep);
  /** "Label: value", nothing without a value. */
  const line = (key: MessageKey, value: unknown) => value && `${m(key)}: ${value}`;
  const category = cut(f._cat);
  // Six decimals are ~10 cm: precise enough, without false precision from the GPS chip.
  const [lat, lng] = [f.lat, f.lng].map((v) => +(v || NaN)) as [number, number];
  const [y, x] = [lat.toFixed(6), lng.toFixed(6)];
  const coords = Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  return [
    lines(': ', m('mailSubject'), category),
    lines(
      '\n\n',
      m('mailHello'),
      `${m('category')}: ${category}\n${m('stepdescription')}:\n${cut(f.description, true)}`,
      lines(
        '\n',
        line('location', cut(f.address)),
        line('mailCoords', coords && `${y}, ${x}`),
        line(
          'mailMap',
          coords && `https://www.openstreetmap.org/?mlat=${y}&mlon=${x}#map=18/${y}/${x}`,
        ),
        line('contact', lines(', ', cut(f.name), cut(f.email))),
      ),
      lines('\n', photos && m('mailNote'), line('mailRef', reference)),
    ),
  ] as const;
}

/** The whole text of the mail, nothing shortened: to copy when the mailto had to be cut. */
export const reportText = (f: Fields, m: Msg, photos = 0, reference?: string) =>
  mail(f, m, photos, reference)[1];

/**
 * The mailto: URL, undefined without a valid address `to` (see mailtoHref). To fit
 * {@link MAILTO_MAX_LENGTH}, every citizen-written field is cut to the same, largest length
 * that fits: only fields longer than that are cut, in practice just the description.
 */
export function reportMailto(to = '', f: Fields, m: Msg, photos = 0, reference?: string) {
  const url = (max: number) => {
    const [subject, body] = mail(f, m, photos, reference, max);
    // RFC 6068: CRLF line breaks in the body; mailtoHref percent-encodes it as UTF-8.
    return mailtoHref(to, subject, body.replace(/\n/g, '\r\n'));
  };
  // Binary search for the largest cut that fits (percent-encoding makes length non-linear);
  // no field is longer than the whole text.
  let lo = 0;
  let hi = reportText(f, m).length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((url(mid)?.length ?? 0) <= MAILTO_MAX_LENGTH) lo = mid;
    else hi = mid - 1;
  }
  return url(lo);
}
