import { preloadMessages } from '../core/i18n.js';

// The strings of a booked appointment opened from its link (a lazy chunk): ZMS or the own contract.
const de = {
  loading: 'Ihr Termin wird geladen …',
  confirmed: 'Ihr Termin ist bestätigt',
  shown: 'Ihr Termin',
  cancelled: 'Ihr Termin ist abgesagt',
  problemTitle: 'Ihr Termin kann gerade nicht angezeigt werden',
  cancelFailed: 'Ihr Termin konnte nicht abgesagt werden',
  notFound:
    'Diesen Termin gibt es nicht (mehr). Vielleicht haben Sie ihn schon abgesagt? Sonst prüfen Sie bitte, ob Sie den ganzen Link aus der E-Mail verwendet haben.',
  linkExpired:
    'Die Frist zur Bestätigung ist leider abgelaufen, der Termin ist verfallen. Bitte vereinbaren Sie ihn neu.',
  wrongLink:
    'Dieser Link passt nicht zu einem Termin. Bitte verwenden Sie den ganzen Link aus der E-Mail.',
  cannotCancel:
    'Dieser Termin kann online nicht mehr abgesagt werden. Bitte sagen Sie ihn telefonisch oder per E-Mail ab.',
  notLoaded:
    'Die Terminvergabe ist gerade nicht erreichbar. Ihr Termin ist davon nicht betroffen. Versuchen Sie es erneut, oder wenden Sie sich an uns:',
  number: 'Vorgangsnummer',
  code: 'Buchungsnummer',
  reserved: 'Ihr Termin ist reserviert – noch nicht verbindlich',
  reservedUntil:
    'Bitte bestätigen Sie die Reservierung bis zum {date} persönlich mit den nötigen Unterlagen, sonst verfällt sie.',
  service: 'Anliegen',
  date: 'Datum',
  time: 'Uhrzeit',
  at: '{time} Uhr',
  place: 'Ort',
  cancel: 'Termin absagen',
  askCancel: 'Möchten Sie diesen Termin wirklich absagen? Er wird dann für andere frei.',
  yesCancel: 'Ja, Termin absagen',
  keep: 'Nein, Termin behalten',
  retry: 'Erneut versuchen',
  bookNew: 'Neuen Termin vereinbaren',
  rebook: 'Anderen Termin wählen',
  askRebook:
    'Möchten Sie einen anderen Termin wählen? Dieser Termin wird dann abgesagt; Ihre Angaben bleiben erhalten.',
  yesRebook: 'Ja, absagen und neu wählen',
};

export type AppointmentMessageKey = keyof typeof de;

export const appointmentMessages = preloadMessages(
  de,
  () => import('./appointment-messages-en.js'),
);
