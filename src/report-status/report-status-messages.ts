// Strings of <report-status> ("Meldung verfolgen"), German inline, English loaded on first use
// like every widget's messages.
import { preloadMessages } from '../core/i18n.js';

const de = {
  widgetName: 'Die Abfrage des Bearbeitungsstands',
  heading: 'Meldung verfolgen',
  fallbackText:
    'Ihre Vorgangsnummer bleibt gültig. Den Stand Ihrer Meldung erfahren Sie auch telefonisch oder per E-Mail; halten Sie dafür bitte die Nummer bereit:',
  statusNumber: 'Vorgangsnummer',
  statusFormLabel: 'Vorgangsnummer eingeben',
  statusFormHint: 'Die Nummer steht in der Bestätigung Ihrer Meldung.',
  statusCheck: 'Stand abfragen',
  statusRecheck: 'Erneut abfragen',
  statusChecking: 'Der Stand der Meldung {id} wird abgefragt …',
  statusEmpty: 'Bitte geben Sie eine Vorgangsnummer ein.',
  statusMalformed:
    'Eine Vorgangsnummer besteht aus Buchstaben, Ziffern und Bindestrichen. Bitte prüfen Sie die Eingabe.',
  statusOpen: 'In Bearbeitung',
  statusClosed: 'Erledigt',
  statusUpdated: 'Stand vom {date}',
  statusAgency: 'Zuständig: {agency}',
  statusNotes: 'Hinweis der Stadt: {notes}',
  statusUnknown: 'Zur Vorgangsnummer {id} ist keine Meldung bekannt. Bitte prüfen Sie die Nummer.',
  statusPending:
    'Ihre Meldung ist angekommen; die Stadt hat ihr noch keine Vorgangsnummer gegeben (Kennung {id}). Bitte fragen Sie später noch einmal.',
  statusFailed: 'Der Stand der Meldung {id} kann gerade nicht abgefragt werden.',
  statusNoLookup:
    'Den Stand einer Meldung kann diese Seite nicht abfragen. Bitte fragen Sie nach und nennen Sie Ihre Vorgangsnummer:',
  askContact: 'Bitte versuchen Sie es später erneut, oder fragen Sie nach:',
  askContactUnknown: 'Sie erreichen uns auch so:',
  sentReports: 'Ihre gesendeten Meldungen auf diesem Gerät',
  sentAt: 'Gesendet am {date}',
  sentWithCategory: '{category}, gesendet am {date}',
  savedNumbers: 'Ihre Vorgangsnummern: {ids}',
};

export type StatusMessageKey = keyof typeof de;

export const statusMessages = preloadMessages(de, () => import('./report-status-messages-en.js'));
