// Strings of the Open311 chunk (a service's questions, the refusals read for the citizen, the phone field),
// English loaded on first use like every widget's messages.
import { preloadMessages } from '../core/i18n.js';

const de = {
  optional: '(optional)',
  choose: '– bitte wählen –',
  attributesHeading: 'Angaben für diese Kategorie',
  attributesLoading: 'Die Fragen zu dieser Kategorie werden geladen …',
  definitionFailed:
    'Die Fragen zu dieser Kategorie konnten nicht geladen werden. Sie können die Meldung per E-Mail senden oder anrufen; bitte beschreiben Sie den Mangel dann möglichst genau.',
  definitionRetry: 'Fragen erneut laden',
  problemRequired: 'Bitte beantworten Sie diese Frage: {label}',
  problemNumber: 'Bitte geben Sie eine Zahl ein: {label}',
  problemDatetime: 'Bitte geben Sie Datum und Uhrzeit an: {label}',
  problemChoice: 'Bitte wählen Sie eine der angebotenen Antworten: {label}',
  serverField: 'Die Stadt konnte diese Angabe nicht annehmen. Bitte prüfen Sie sie: {label}',
  phone: 'Telefon',
  phoneHint: 'Für Rückfragen der Stadt.',
};

export type Open311MessageKey = keyof typeof de;

export const open311Messages = preloadMessages(de, () => import('./open311-messages-en.js'));
