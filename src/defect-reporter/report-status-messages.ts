// Strings of the report status (report-status-panel.ts), German inline, English loaded on
// first use like every widget's messages.
import { preloadMessages } from '../core/i18n.js';

const de = {
  statusHeading: 'Was ist aus meiner Meldung geworden?',
  statusNumber: 'Vorgangsnummer',
  statusFormLabel: 'Vorgangsnummer eingeben',
  statusFormHint: 'Die Nummer steht in der Bestätigung Ihrer Meldung.',
  statusCheck: 'Stand abfragen',
  statusChecking: 'Der Stand der Meldung {id} wird abgefragt …',
  statusEmpty: 'Bitte geben Sie eine Vorgangsnummer ein.',
  statusOpen: 'In Bearbeitung',
  statusClosed: 'Erledigt',
  statusUpdated: 'Stand vom {date}',
  statusAgency: 'Zuständig: {agency}',
  statusNotes: 'Hinweis der Stadt: {notes}',
  statusUnknown:
    'Zur Vorgangsnummer {id} ist keine Meldung bekannt. Bitte prüfen Sie die Nummer oder fragen Sie nach:',
  statusPending:
    'Ihre Meldung ist angekommen; die Stadt hat ihr noch keine Vorgangsnummer gegeben (Kennung {id}). Bitte fragen Sie später noch einmal.',
  statusFailed:
    'Der Stand der Meldung {id} kann gerade nicht abgefragt werden. Bitte versuchen Sie es später erneut, oder fragen Sie nach:',
  sentReports: 'Ihre gesendeten Meldungen auf diesem Gerät',
};

export type StatusMessageKey = keyof typeof de;

export const statusMessages = preloadMessages(de, () => import('./report-status-messages-en.js'));
