// Strings of the Open311 chunk (the service's questions and the report status), German inline,
// English loaded on first use like every widget's messages.
import { preloadMessages } from '../core/i18n.js';

const de = {
  optional: '(optional)',
  choose: '– bitte wählen –',
  attributesHeading: 'Angaben für diese Kategorie',
  attributesLoading: 'Die Fragen zu dieser Kategorie werden geladen …',
  definitionFailed:
    'Die Fragen zu dieser Kategorie konnten nicht geladen werden. Sie können die Meldung per E-Mail senden oder anrufen; bitte beschreiben Sie den Mangel dann möglichst genau.',
  problemRequired: 'Bitte beantworten Sie diese Frage: {label}',
  problemNumber: 'Bitte geben Sie eine Zahl ein: {label}',
  problemDatetime: 'Bitte geben Sie Datum und Uhrzeit an: {label}',
  problemChoice: 'Bitte wählen Sie eine der angebotenen Antworten: {label}',
  serverField: 'Die Stadt konnte diese Angabe nicht annehmen. Bitte prüfen Sie sie: {label}',
  serverGeneral:
    'Die Stadt konnte die Meldung nicht annehmen. Bitte melden Sie den Mangel per E-Mail oder Telefon.',
  phone: 'Telefon',
  phoneHint: 'Für Rückfragen der Stadt.',
  statusHeading: 'Was ist aus meiner Meldung geworden?',
  statusNumber: 'Vorgangsnummer',
  statusFormLabel: 'Vorgangsnummer eingeben',
  statusFormHint: 'Die Nummer steht in der Bestätigung Ihrer Meldung.',
  statusCheck: 'Stand abfragen',
  statusChecking: 'Stand wird abgefragt …',
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

export type Open311MessageKey = keyof typeof de;

export const open311Messages = preloadMessages(de, () => import('./open311-messages-en.js'));
