import { preloadMessages } from '../core/i18n.js';
import type { Translator } from '../core/i18n.js';

const de = {
  widgetName: 'Der Mängelmelder',
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
  matches: { one: '{n} von {count} Kategorie', other: '{n} von {count} Kategorien' },
  noMatch: 'Keine Kategorie passt zu Ihrer Eingabe.',
  errCategory: 'Bitte wählen Sie eine Kategorie.',
  send: 'Meldung senden',
  sending: 'Wird gesendet …',
  fallbackText:
    'Schreiben Sie Ihre Meldung trotzdem unten auf und senden Sie sie per E-Mail, oder rufen Sie an:',
  catRoad: 'Straßenschaden / Schlagloch',
  catLight: 'Straßenbeleuchtung defekt',
  catWaste: 'Illegale Müllablagerung',
  catOther: 'Sonstiges',
  optional: '(optional)',
  change: 'Ändern',
  steplocation: 'Wo ist es?',
  location: 'Ort',
  address: 'Adresse oder Ortsbeschreibung',
  addressHint: 'z.\u00a0B. „Bahnhofstraße 12“ oder „Parkplatz am Freibad“',
  or: 'oder',
  locate: 'Meinen Standort verwenden',
  locating: 'Standort wird ermittelt …',
  position: 'Standort: {coordinates}',
  accuracy: '(auf etwa {m} m genau)',
  unpin: 'Standort entfernen',
  geoFailed:
    'Ihr Standort ist nicht verfügbar oder nicht freigegeben. Bitte geben Sie die Adresse ein.',
  outside:
    'Dieser Ort liegt außerhalb des Stadtgebiets. Bitte wählen Sie einen Ort in der Stadt oder geben Sie die Adresse ein.',
  errLocation: 'Bitte geben Sie eine Adresse an oder verwenden Sie Ihren Standort.',
  mapOpen: 'Ort auf der Karte wählen',
  mapLoading: 'Karte wird geladen …',
  mapFailed:
    'Die Karte konnte nicht geladen werden. Bitte geben Sie die Adresse ein oder verwenden Sie Ihren Standort.',
  stepdescription: 'Beschreibung',
  description: 'Was ist los?',
  descriptionHint: 'Beschreiben Sie den Mangel möglichst genau, z.\u00a0B. Größe und Gefahr.',
  counter: '{n} von {max} Zeichen',
  errDescription: 'Bitte beschreiben Sie den Mangel.',
  stepphotos: 'Fotos',
  photoInput: 'Fotos hinzufügen',
  photosHint: {
    one: 'Höchstens {count} Foto. Es wird vor dem Senden verkleinert; dabei werden Standortdaten und andere Angaben der Kamera entfernt.',
    other:
      'Bis zu {count} Fotos. Sie werden vor dem Senden verkleinert; dabei werden Standortdaten und andere Angaben der Kamera entfernt.',
  },
  photo: 'Foto {n}',
  photoRemove: 'Foto {n} entfernen',
  photoBusy: 'Foto wird verkleinert …',
  photoAdded: { one: '{count} Foto ausgewählt.', other: '{count} Fotos ausgewählt.' },
  errNotImage: '„{name}“ ist kein Bild.',
  errTooMany: {
    one: 'Sie können höchstens {count} Foto hinzufügen.',
    other: 'Sie können höchstens {count} Fotos hinzufügen.',
  },
  errTooBig: '„{name}“ ist auch verkleinert zu groß.',
  errPhoto: '„{name}“ konnte nicht gelesen werden.',
  stepcontact: 'Ihre Kontaktdaten',
  contact: 'Kontakt',
  contactWho:
    'Freiwillig, nur für Rückfragen. Ihre Kontaktdaten sehen nur die Beschäftigten der Stadtverwaltung, die Ihre Meldung bearbeiten; sie werden nicht veröffentlicht und nicht weitergegeben.',
  name: 'Name',
  email: 'E-Mail-Adresse',
  consent:
    'Ich bin einverstanden, dass die Stadt meinen Namen und meine E-Mail-Adresse zur Bearbeitung dieser Meldung speichert.',
  privacy: 'Datenschutzerklärung',
  honeypot: 'Bitte dieses Feld leer lassen',
  errEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse an, z.\u00a0B. name@beispiel.de.',
  errConsent: 'Bitte stimmen Sie zu, oder lassen Sie Name und E-Mail-Adresse leer.',
  stepreview: 'Prüfen und senden',
  anonymous: 'Keine Angaben',
  none: 'Keine',
  refused: 'Die Meldung wurde nicht angenommen:',
  // Open311: a field or question the city's refusal names (`{label}`: its name).
  serverField: 'Die Stadt konnte diese Angabe nicht annehmen. Bitte prüfen Sie sie: {label}',
  phone: 'Telefon',
  sentTitle: 'Vielen Dank! Ihre Meldung ist eingegangen.',
  reference: 'Vorgangsnummer: {id}',
  token: 'Die Vorgangsnummer wird später vergeben. Kennung Ihrer Meldung: {id}',
  another: 'Weiteren Mangel melden',
  queuedTitle: 'Ihre Meldung ist gespeichert',
  queuedText:
    'Der Server der Stadt ist gerade nicht erreichbar. Ihre Meldung ist in diesem Browser gespeichert und wird automatisch gesendet, sobald es wieder geht – auch wenn Sie diese Seite später erneut öffnen. Sie wird nicht doppelt gesendet.',
  // Kept only in this page's memory (no IndexedDB): no promise about later visits.
  queuedTextMemory:
    'Der Server der Stadt ist gerade nicht erreichbar. Ihre Meldung wird automatisch gesendet, sobald es wieder geht. Sie wird nicht doppelt gesendet.',
  queuedMemory:
    'Achtung: Ihr Browser erlaubt kein dauerhaftes Speichern. Bitte lassen Sie diese Seite geöffnet, oder senden Sie die Meldung per E-Mail.',
  outboxTitle: 'Noch nicht gesendete Meldungen',
  outboxItem: '{category}, gespeichert am {date}',
  sendNow: 'Jetzt senden',
  mailInstead: 'Stattdessen per E-Mail senden',
  mailNote:
    'Fotos können nicht automatisch an eine E-Mail angehängt werden; bitte hängen Sie sie selbst an.',
  drop: 'Per E-Mail gesendet – nicht mehr automatisch senden',
  phoneInstead: 'Oder melden Sie den Mangel telefonisch:',
  delivered: 'Ihre gespeicherte Meldung „{category}“ wurde gesendet.',
  fullText: 'Text der Meldung zum Kopieren',
  mailMode: 'Öffnen Sie die Meldung in Ihrem E-Mail-Programm und senden Sie sie von dort ab.',
  mailSend: 'Per E-Mail senden',
  mailDone: 'E-Mail gesendet – Formular leeren',
  noMail: 'Bitte kopieren Sie den Text in eine E-Mail an die Stadtverwaltung, oder rufen Sie an.',
  // Drafts of other reports (one per report being written).
  draftsTitle: 'Angefangene Entwürfe',
  draftOffer: 'Sie haben einen angefangenen Entwurf vom {date}: {summary}',
  draftResume: 'Diesen Entwurf fortsetzen',
  draftDiscard: 'Entwurf löschen',
  draftUntitled: 'ohne Kategorie',
  // A refusal (4xx): what happened and what to do next.
  tooLargeTitle: 'Die Fotos sind zu groß',
  tooLargeText:
    'Der Server der Stadt nimmt die Meldung mit diesen Fotos nicht an. Bitte senden Sie sie mit weniger oder kleineren Fotos, oder ohne Fotos.',
  tooLargeChange: 'Fotos ändern',
  tooLargeWithout: 'Ohne Fotos senden',
  refusedPlain:
    'Der Server der Stadt hat die Meldung nicht angenommen (Fehler {status}). Bitte senden Sie sie per E-Mail oder rufen Sie an.',
  refusedNext: 'Sie können die Meldung auch per E-Mail senden:',
  errHeic:
    '„{name}“ ist ein HEIC-Foto, das dieser Browser nicht lesen kann. Bitte speichern Sie es als JPEG, oder senden Sie ein Bildschirmfoto.',
  // The place in the review.
  mapPlace: 'Auf der Karte gewählt',
  devicePlace: 'Ihr Standort',
  photoCount: { one: '{count} Foto', other: '{count} Fotos' },
  followReport: 'Stand Ihrer Meldung verfolgen',
  sentNext:
    'So geht es weiter: Die zuständige Stelle prüft Ihre Meldung. Bei Rückfragen meldet sie sich, wenn Sie Kontaktdaten angegeben haben.',
  serviceNote: 'Online-Meldungen werden weitergeleitet, die Bearbeitung kann länger dauern.',
  // The mail itself (report-mailto.ts), besides category, stepdescription, location, contact.
  mailSubject: 'Mängelmeldung',
  mailHello: 'Guten Tag,\n\nich möchte folgenden Mangel melden:',
  mailCoords: 'Koordinaten',
  mailMap: 'Karte',
  mailRef: 'Referenz',
};

export type DefectMessageKey = keyof typeof de;

/** A message of the reporter with its `{placeholders}` filled in. */
export type Msg = Translator<DefectMessageKey>;

export const defectMessages = preloadMessages(de, () => import('./defect-reporter-messages-en.js'));
