// The last fallback of the widget: when the city's API refuses a report or cannot be reached, the
// citizen can still send it as an e-mail from their own mail program, pre-filled via mailto:.
// The texts are the widget's messages: German, or English on English pages.
import { mailtoHref } from '../core/safe-url.js';
import { formatCoordinate, formatPosition } from './report.js';
import type { DefectMessageKey, Msg } from './defect-reporter-messages.js';
import type { ReportFormExtension } from './report-api-adapters.js';
import type { Report } from './report.js';

/** Several mail clients (and Windows' ShellExecute) cut or refuse mailto URLs beyond ~2,000. */
export const MAILTO_MAX_LENGTH = 1800;

/** What the mail says besides the report itself. */
export interface MailContext {
  message: Msg;
  /** The category's name (the report holds its id). */
  categoryName: string;
  /** The report's Idempotency-Key, so the city can match a mail to a report that arrived. */
  reference?: string;
  /** What the API added to the form, in the mail too (Open311: the answers and the phone). */
  extension?: ReportFormExtension;
}

/**
 * Subject and body of the mail about a report, every citizen-written field cut to at most
 * `maxLength` code points with "…".
 */
function composeMail(report: Report, context: MailContext, maxLength = Infinity) {
  const { message } = context;
  const cut = (text = '', multiline = false) => {
    const normalized = multiline
      ? text.trim().replace(/\r\n?/g, '\n')
      : text.replace(/\s+/g, ' ').trim();
    const characters = [...normalized];
    return characters.length > maxLength
      ? characters.slice(0, maxLength).join('').trimEnd() + '…'
      : normalized;
  };
  const joinGiven = (separator: string, ...parts: unknown[]) =>
    parts.filter(Boolean).join(separator);
  /** "Label: value", nothing without a value. */
  const labelled = (key: DefectMessageKey, value: unknown) => value && `${message(key)}: ${value}`;
  const category = cut(context.categoryName);
  const given = report.location.position;
  const position =
    given && Math.abs(given.lat) <= 90 && Math.abs(given.lng) <= 180 ? given : undefined;
  const latitude = position && formatCoordinate(position.lat);
  const longitude = position && formatCoordinate(position.lng);
  const mapLink =
    position &&
    `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=18/${latitude}/${longitude}`;
  const subject = joinGiven(': ', message('mailSubject'), category);
  const body = joinGiven(
    '\n\n',
    message('mailHello'),
    `${message('category')}: ${category}\n${message('stepdescription')}:\n${cut(report.fields.description, true)}`,
    context.extension?.reportText(report, cut),
    joinGiven(
      '\n',
      labelled('location', cut(report.location.address)),
      labelled('mailCoords', position && formatPosition(position)),
      labelled('mailMap', mapLink),
      labelled('contact', joinGiven(', ', cut(report.contact.name), cut(report.contact.email))),
    ),
    joinGiven(
      '\n',
      report.photos.length && message('mailNote'),
      labelled('mailRef', context.reference),
    ),
  );
  return { subject, body };
}

/** The whole text of the mail, nothing shortened: to copy when the mailto had to be cut. */
export function reportText(report: Report, context: MailContext): string {
  return composeMail(report, context).body;
}

/**
 * The mailto: URL, undefined without a valid address `to` (see mailtoHref). To fit
 * {@link MAILTO_MAX_LENGTH}, every citizen-written field is cut to the same, largest length
 * that fits: only fields longer than that are cut, in practice just the description.
 */
export function reportMailto(
  to: string | undefined,
  report: Report,
  context: MailContext,
): string | undefined {
  const urlWithFieldsCutTo = (maxLength: number) => {
    const { subject, body } = composeMail(report, context, maxLength);
    // RFC 6068: CRLF line breaks in the body; mailtoHref percent-encodes it as UTF-8.
    return mailtoHref(to ?? '', subject, body.replace(/\n/g, '\r\n'));
  };
  // Binary search for the largest cut that fits (percent-encoding makes length non-linear);
  // no field is longer than the whole text.
  let low = 0;
  let high = reportText(report, context).length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((urlWithFieldsCutTo(middle)?.length ?? 0) <= MAILTO_MAX_LENGTH) low = middle;
    else high = middle - 1;
  }
  return urlWithFieldsCutTo(low);
}
