import { preloadMessages } from '../core/i18n.js';

const de = {
  widgetName: 'Die Formularsuche',
  heading: 'Formular finden',
  label: 'Formular suchen',
  hint: 'Zum Beispiel: Wohngeld, Hund anmelden, Sperrmüll',
  department: 'Fachbereich',
  allDepartments: 'Alle Fachbereiche',
  format: 'Format',
  allFormats: 'Alle Formate',
  found: { one: '{count} Formular gefunden', other: '{count} Formulare gefunden' },
  none: 'Kein Formular gefunden.',
  noneFor: 'Kein Formular zu „{query}“ gefunden.',
  more: { one: 'Ein weiteres Formular anzeigen', other: '{count} weitere Formulare anzeigen' },
  catalog: 'Stand des Formularverzeichnisses: {date}',
  updated: 'Stand: {date}',
  download: 'Herunterladen',
  online: 'Online ausfüllen',
  onlineDown:
    'Online ausfüllen ist zurzeit nicht möglich ({service}: {status}). Sie können die Formulare herunterladen oder per E-Mail anfordern.',
  onlineUnavailable: 'Online ausfüllen: zurzeit nicht möglich',
  request: 'Formular per E-Mail anfordern',
  requestPhone: 'Formular telefonisch anfordern:',
  subject: 'Formular anfordern: {title}',
  body: 'Guten Tag,\n\nbitte senden Sie mir das Formular „{title}“ zu.\n\nMeine Anschrift:\n\n\nMit freundlichen Grüßen\n',
  suggestions: 'Ähnliche Formulare',
  contacts: 'Formular beim Fachbereich anfordern',
  contactsText:
    'Jeder Fachbereich schickt Ihnen seine Formulare per E-Mail oder Post. Rufen Sie an oder schreiben Sie eine E-Mail:',
  fallbackText:
    'Jedes Formular bekommen Sie auch per E-Mail oder Telefon – nennen Sie einfach, was Sie beantragen möchten.',
  requestQuery: 'Formular „{query}“ per E-Mail anfordern',
};

export type FormFinderMessageKey = keyof typeof de;

export const formFinderMessages = preloadMessages(de, () => import('./form-finder-messages-en.js'));
