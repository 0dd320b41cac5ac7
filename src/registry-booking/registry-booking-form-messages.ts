import { preloadMessages } from '../core/i18n.js';

// The strings of the form step and the confirmation, which are loaded with that step
// (booking-step.ts): pages that only show the calendar do not download them.
const de = {
  details: 'Ihre Angaben',
  summary: 'Ihr Termin',
  service: 'Anliegen',
  date: 'Datum',
  time: 'Uhrzeit',
  place: 'Ort',
  code: 'Buchungsnummer',
  name: 'Vor- und Nachname',
  email: 'E-Mail-Adresse',
  phone: 'Telefonnummer',
  notes: 'Anmerkungen',
  consent:
    'Ich bin einverstanden, dass meine Angaben zur Vergabe dieses Termins gespeichert und verarbeitet werden.',
  optional: '(optional)',
  errName: 'Bitte geben Sie Ihren Vor- und Nachnamen an.',
  errEmail: 'Bitte geben Sie Ihre E-Mail-Adresse an, zum Beispiel name@beispiel.de.',
  errConsent: 'Bitte stimmen Sie zu, sonst können wir den Termin nicht vergeben.',
  errSlot: 'Bitte wählen Sie eine Uhrzeit.',
  errFields: 'Bitte prüfen Sie die markierten Angaben.',
  submitBooking: 'Termin verbindlich buchen',
  submitReservation: 'Termin unverbindlich reservieren',
  sending: 'Wird gesendet …',
  sendFailed:
    'Ihre Anfrage konnte gerade nicht übermittelt werden. Ihre Angaben sind nicht verloren: Bitte senden Sie sie erneut, oder schreiben Sie uns Ihren Terminwunsch.',
  sendRefused:
    'Die Terminvergabe hat Ihre Anfrage nicht angenommen (Fehler {status}). Ihre Angaben sind nicht verloren: Schreiben Sie uns Ihren Terminwunsch per E-Mail (der Text ist schon vorbereitet), oder rufen Sie uns an.',
  serverSaid: 'Die Terminvergabe meldet: „{message}“.',
  resend: 'Erneut senden',
  doneConfirmed: 'Ihr Termin ist gebucht',
  doneReserved: 'Ihr Termin ist reserviert – noch nicht verbindlich',
  ics: 'In den Kalender eintragen (.ics)',
  print: 'Drucken',
  cancel: 'Termin absagen',
  again: 'Weiteren Termin vereinbaren',
  icsReserved: 'Unverbindliche Reservierung',
};

export type RegistryFormMessageKey = keyof typeof de;

export const registryFormMessages = preloadMessages<RegistryFormMessageKey>({
  de,
  en: () => import('./registry-booking-form-messages-en.js').then((module) => module.en),
});
