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
  donePending: 'Fast geschafft: Bitte bestätigen Sie Ihren Termin',
  zmsCheckMail:
    'Wir haben Ihnen eine E-Mail an {email} geschickt. Bitte bestätigen Sie den Termin über den Link darin, sonst verfällt er.',
  zmsCheckMailWithin:
    'Wir haben Ihnen eine E-Mail an {email} geschickt. Bitte bestätigen Sie den Termin innerhalb von {minutes} Minuten über den Link darin, sonst verfällt er.',
  zmsExpired:
    'Ihre Reservierung ist abgelaufen, der Termin wurde nicht gebucht. Bitte wählen Sie erneut eine Uhrzeit; Ihre Angaben bleiben erhalten.',
  zmsRateLimited:
    'Gerade kommen sehr viele Anfragen an. Bitte warten Sie einen Moment und senden Sie dann erneut; Ihre Angaben bleiben erhalten.',
  zmsMaintenance:
    'Die Terminvergabe wird gerade gewartet. Bitte versuchen Sie es später erneut, oder vereinbaren Sie Ihren Termin telefonisch oder per E-Mail.',
  zmsSameMail:
    'Mit dieser E-Mail-Adresse sind schon so viele Termine gebucht, wie möglich sind. Bitte sagen Sie zuerst einen anderen Termin ab.',
  zmsCaptcha:
    'Die Sicherheitsabfrage der Terminvergabe hat nicht geklappt. Bitte laden Sie die Seite neu, oder vereinbaren Sie Ihren Termin telefonisch oder per E-Mail.',
  zmsPhone: 'Bitte geben Sie eine Telefonnummer aus 7 bis 15 Ziffern an.',
};

export type RegistryFormMessageKey = keyof typeof de;

export const registryFormMessages = preloadMessages(
  de,
  () => import('./registry-booking-form-messages-en.js'),
);
