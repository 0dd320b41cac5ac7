// The addresses the e-mail check and the mailto: links are tested with: one list, so that
// isEmailAddress (email-address.test.ts) and mailtoHref (safe-url.test.ts) agree on every one.

/** Plain addresses as citizens and cities write them. */
export const EMAIL_ADDRESSES = [
  'amt@example.org',
  ' buergerbuero.hattingen@stadt.example ',
  'vorname.nachname+formular@mail.stadt-hattingen.de',
  'müller@beispiel.de',
];

/** Typos, and anything that could add headers or recipients to a mailto: link or end it. */
export const NOT_EMAIL_ADDRESSES = [
  '',
  'amt',
  'amt@example',
  'amt example.org',
  'amt@ example.org',
  'a@b@example.org',
  'amt@example..org',
  'amt@example.org.',
  'amt@example.org?bcc=x@evil.example',
  'amt@example.org&cc=x@evil.example',
  'amt@example.org, x@evil.example',
  'amt@example.org;x@evil.example',
  'amt#1@example.org',
  'amt%40x@example.org',
  '<amt@example.org>',
  '"amt"@example.org',
];
