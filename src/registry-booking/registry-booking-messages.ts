import { preloadMessages } from '../core/i18n.js';

const de = {
  widgetName: 'Die Terminbuchung',
  heading: 'Termin vereinbaren: {office}',
  services: 'Ihr Anliegen',
  mode_booking: 'Verbindlicher Termin',
  mode_reservation: 'Nur unverbindliche Reservierung',
  mode_unavailable: 'Zurzeit nicht möglich',
  duration: { one: 'Dauer: etwa {count} Minute.', other: 'Dauer: etwa {count} Minuten.' },
  documents: 'Bitte bringen Sie mit:',
  holdNoDays:
    'Eine Reservierung ist keine verbindliche Anmeldung. Sie müssen sie persönlich im {office} bestätigen, sonst verfällt sie.',
  holdUntil:
    'Eine Reservierung ist keine verbindliche Anmeldung. Bitte bestätigen Sie sie bis zum {date} persönlich im {office}, sonst verfällt sie.',
  visitOnce:
    'Ihr Termin liegt vor dieser Frist: Sie kommen nur einmal, zu Ihrem Termin, und bestätigen die Reservierung dort mit den Unterlagen.',
  visitTwice:
    'Sie kommen also zweimal: bis zu dieser Frist zur Bestätigung und am {appointment} zu Ihrem Termin.',
  unavailable: 'Diesen Termin können Sie zurzeit nicht online vereinbaren. So erreichen Sie uns:',
  noOnline: 'Diesen Termin können Sie nicht online vereinbaren. So erreichen Sie uns:',
  staleNoBooking:
    'Termine können nur mit aktuellen Daten vergeben werden, darum ist die Buchung gerade nicht möglich. So erreichen Sie uns:',
  chooseDay: 'Tag wählen',
  prevMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  slotsLoading: 'Freie Termine werden geladen …',
  slotsFailed:
    'Die freien Termine konnten gerade nicht geladen werden. Versuchen Sie es erneut, oder vereinbaren Sie Ihren Termin telefonisch oder per E-Mail:',
  emptyMonth: 'Keine freien Termine in diesem Monat.',
  nextFree: 'Nächster freier Termin am {date}.',
  showMonth: '{month} anzeigen',
  free: {
    '=0': 'keine freien Termine',
    one: '{count} freier Termin',
    other: '{count} freie Termine',
  },
  freeSome: 'freie Termine',
  places: 'Ort',
  anyPlace: 'Alle Orte (frühester freier Termin)',
  times: 'Freie Uhrzeiten am {date}',
  noTimes: 'An diesem Tag ist keine Uhrzeit mehr frei. Bitte wählen Sie einen anderen Tag.',
  timeRange: '{from} bis {to} Uhr',
  conflict:
    'Diese Uhrzeit wurde gerade vergeben. Bitte wählen Sie eine andere Uhrzeit; die freien Termine sind neu geladen. Ihre Angaben bleiben erhalten.',
  formFailed:
    'Das Buchungsformular konnte nicht geladen werden. Versuchen Sie es erneut, oder schreiben Sie uns Ihren Terminwunsch.',
  mailLink: 'E-Mail mit Ihrem Terminwunsch schreiben',
  mailSubject: 'Terminwunsch: {service} am {date} um {time} Uhr',
  mailBody:
    'Guten Tag,\n\nich möchte folgenden Termin vereinbaren:\n{service}\n{date}, {time} Uhr\n\nName: {name}\nE-Mail: {email}\nTelefon: {phone}\n{notes}\n\nMit freundlichen Grüßen',
  fallback: 'Ihren Termin können Sie telefonisch oder per E-Mail vereinbaren:',
};

export type RegistryMessageKey = keyof typeof de;

export const registryMessages = preloadMessages(
  de,
  () => import('./registry-booking-messages-en.js'),
);
