import { preloadMessages } from '../core/i18n.js';

// What the widget shows before the citizen starts; the later steps' strings are in
// report-flow-messages.ts, loaded with them.
const de = {
  title: 'Mangel melden',
  draftNote: 'Ihre Eingaben werden in diesem Browser gespeichert, bis die Meldung angekommen ist.',
  emergency:
    'Nicht für Notfälle! Bei Gefahr rufen Sie die Polizei unter {110} oder Feuerwehr und Rettungsdienst unter {112}.',
  restored: 'Ihr Entwurf vom {date} wurde wiederhergestellt.',
  restart: 'Neu beginnen',
  progress: 'Schritt {n} von {total}',
  next: 'Weiter',
  back: 'Zurück',
  category: 'Kategorie',
  otherGroup: 'Weitere',
  stepcategory: 'Was möchten Sie melden?',
  filter: 'Kategorie suchen',
  matches: '{n} von {total} Kategorien',
  noMatch: 'Keine Kategorie passt zu Ihrer Eingabe.',
  errCategory: 'Bitte wählen Sie eine Kategorie.',
  send: 'Meldung senden',
  sending: 'Wird gesendet …',
  flowFailed:
    'Dieser Teil des Formulars konnte nicht geladen werden. Ihre Eingaben bleiben gespeichert. Versuchen Sie es erneut, oder melden Sie den Mangel so:',
  fallbackText:
    'Die Meldung kann gerade nicht direkt an die Stadt übermittelt werden. Sie können sie trotzdem unten aufschreiben und per E-Mail senden – oder Sie rufen an:',
  catRoad: 'Straßenschaden / Schlagloch',
  catLight: 'Straßenbeleuchtung defekt',
  catWaste: 'Illegale Müllablagerung',
  catOther: 'Sonstiges',
};

export type DefectMessageKey = keyof typeof de;

export const defectMessages = preloadMessages<DefectMessageKey>({
  de,
  en: () => import('./defect-reporter-messages-en.js').then((m) => m.en),
});
