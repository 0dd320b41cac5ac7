/**
 * The one e-mail address check of every widget: what a citizen types into an e-mail field, and
 * what endpoint data or an editor gives as a contact address before it becomes a `mailto:` link.
 *
 * Deliberately simpler than RFC 5322 (which allows quoted local parts, comments and IP
 * literals no citizen or city uses): one `@`, a dot in the domain, no whitespace, and none of
 * the characters that would add headers or recipients to a `mailto:` link or end it
 * (`? & # % , ; < > "`). A typo such as "name@example" or "name example.org" is caught; the mail
 * server decides the rest.
 */
const EMAIL_ADDRESS = /^[^\s@?&#%,;<>"]+@[^\s@?&#%,;<>".]+(?:\.[^\s@?&#%,;<>".]+)+$/;

/** True for one plain address such as "buergerbuero@stadt.example" (surrounding spaces ignored). */
export function isEmailAddress(text: string): boolean {
  return EMAIL_ADDRESS.test(text.trim());
}
