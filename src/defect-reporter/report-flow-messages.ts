import { preloadMessages } from '../core/i18n.js';

// The strings of the steps after the category, of sending and of the outbox (German; English
// in report-flow-messages-en.ts, loaded on first use).
const de = {
  optional: '(freiwillig)',
  change: 'Ändern',
  steplocation: 'Wo ist es?',
  location: 'Ort',
  address: 'Adresse oder Ortsbeschreibung',
  addressHint: 'z. B. „Bahnhofstraße 12“ oder „Parkplatz am Freibad“',
  or: 'oder',
  locate: 'Meinen Standort verwenden',
  locating: 'Standort wird ermittelt …',
  position: 'Standort: {lat}, {lng}',
  accuracy: '(auf etwa {m} m genau)',
  unpin: 'Standort entfernen',
  geoFailed:
    'Ihr Standort konnte nicht ermittelt werden (oder der Zugriff wurde nicht erlaubt). Bitte geben Sie die Adresse ein.',
  outside:
    'Dieser Ort liegt außerhalb des Stadtgebiets. Bitte wählen Sie einen Ort in der Stadt oder geben Sie die Adresse ein.',
  errLocation: 'Bitte geben Sie eine Adresse an oder verwenden Sie Ihren Standort.',
  mapOpen: 'Ort auf der Karte wählen',
  mapClose: 'Karte schließen',
  mapSkip: 'Karte überspringen',
  mapLabel: 'Karte',
  mapHelp:
    'Klicken Sie auf die Stelle, oder verschieben Sie die Karte mit den Pfeiltasten (zoomen mit + und −) und übernehmen Sie die Kartenmitte.',
  mapCenter: 'Kartenmitte als Ort übernehmen',
  zoomIn: 'Karte vergrößern',
  zoomOut: 'Karte verkleinern',
  mapLoading: 'Karte wird geladen …',
  mapFailed:
    'Die Karte konnte nicht geladen werden. Bitte geben Sie die Adresse ein oder verwenden Sie Ihren Standort.',
  stepdescription: 'Beschreibung',
  description: 'Was ist los?',
  descriptionHint: 'Beschreiben Sie den Mangel möglichst genau, z. B. Größe und Gefahr.',
  counter: '{n} von {max} Zeichen',
  errDescription: 'Bitte beschreiben Sie den Mangel.',
  stepphotos: 'Fotos',
  photoInput: 'Fotos hinzufügen',
  photosHint:
    'Bis zu {max} Bilder. Sie werden vor dem Senden verkleinert; Standortdaten und andere Angaben der Kamera werden dabei entfernt.',
  photo: 'Foto {n}',
  photoRemove: 'Foto {n} entfernen',
  photoBusy: 'Foto wird verkleinert …',
  photoAdded: '{n} Foto(s) ausgewählt.',
  errNotImage: '„{name}“ ist kein Bild.',
  errTooMany: 'Höchstens {max} Fotos.',
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
  errEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@example.org.',
  errConsent: 'Bitte stimmen Sie zu, oder lassen Sie Name und E-Mail-Adresse leer.',
  stepreview: 'Prüfen und senden',
  anonymous: 'Keine Angaben',
  none: 'Keine',
  refused: 'Die Meldung wurde nicht angenommen:',
  sentTitle: 'Vielen Dank! Ihre Meldung ist eingegangen.',
  reference: 'Vorgangsnummer: {id}',
  token: 'Die Vorgangsnummer wird später vergeben. Kennung Ihrer Meldung: {id}',
  another: 'Weitere Meldung erfassen',
  queuedTitle: 'Ihre Meldung ist gespeichert',
  queuedText:
    'Der Server der Stadt ist gerade nicht erreichbar. Ihre Meldung ist in diesem Browser gespeichert und wird automatisch gesendet, sobald es wieder geht – auch wenn Sie diese Seite später erneut öffnen. Sie wird nicht doppelt gesendet.',
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
  delivered: 'Ihre gespeicherte Meldung „{category}“ wurde gesendet. Vorgangsnummer: {id}',
  fullText: 'Text der Meldung zum Kopieren',
  mailMode: 'Öffnen Sie die Meldung in Ihrem E-Mail-Programm und senden Sie sie von dort ab.',
  mailSend: 'Per E-Mail senden',
  mailDone: 'E-Mail ist gesendet – Formular leeren',
  noMail: 'Bitte kopieren Sie den Text in eine E-Mail an die Stadtverwaltung, oder rufen Sie an.',
};

export type FlowMessageKey = keyof typeof de;

export const flowMessages = preloadMessages<FlowMessageKey>({
  de,
  en: () => import('./report-flow-messages-en.js').then((m) => m.en),
});
