/** Every visible string of the workbench, German first, English too. */
import type { EditorLang } from './payload-messages.js';

const de = {
  title: 'Redaktions-Werkbank',
  intro:
    'Statusmeldungen eintragen, Formularlisten übernehmen und Bausteine einbinden – ohne Programmierung. Alles bleibt in Ihrem Browser, bis Sie es veröffentlichen.',
  guide: 'Leitfaden für Redaktionen (Deutsch)',
  language: 'Sprache',
  tools: 'Werkzeuge',
  tabStatus: 'Störung eintragen',
  tabForms: 'Formulare',
  tabEmbed: 'Einbettungscode',
  // Status
  statusHeading: 'Störung eintragen: Statusmeldungen',
  openHeading: '1. Aktuellen Stand öffnen',
  openUrl: 'Adresse der Statusdatei',
  openUrlButton: 'Von Adresse laden',
  openFile: 'Datei öffnen (service-status.json)',
  startEmpty: 'Leer beginnen',
  templateCyber: 'Vorlage Cyberangriff',
  loaded: 'Geladen: {count|Dienst|Dienste}, {incidents|Meldung|Meldungen}.',
  templateTaken:
    'Vorlage übernommen: {count|Dienst|Dienste}, {incidents|Meldung|Meldungen}. Bitte ersetzen Sie die Beispielwerte (Telefon, E-Mail, Links) durch die Ihrer Stadt.',
  startedEmpty: 'Leer begonnen: Fügen Sie mit „Dienst hinzufügen“ die Dienste hinzu.',
  discardEdits:
    'Ihre Änderungen sind noch nicht veröffentlicht (weder heruntergeladen noch kopiert noch gespeichert) und gehen dabei verloren. Trotzdem fortfahren?',
  loadFailed: 'Die Datei konnte nicht geladen werden. Bitte versuchen Sie es noch einmal.',
  loadNotFound:
    'Unter dieser Adresse gibt es keine Datei (HTTP {status}). Bitte prüfen Sie die Adresse.',
  loadHttpError:
    'Der Server hat die Datei nicht herausgegeben (HTTP {status}). Bitte versuchen Sie es später noch einmal oder fragen Sie Ihre IT.',
  loadNoAnswer:
    'Der Server unter dieser Adresse antwortet nicht. Bitte prüfen Sie die Adresse und Ihre Internetverbindung.',
  loadFromFile:
    'Die Werkbank ist als Datei auf diesem Rechner geöffnet: So darf der Browser keine Adresse laden. Öffnen Sie die Statusdatei mit „Datei öffnen“, oder öffnen Sie die Werkbank auf dem Server der Stadt.',
  loadElsewhere:
    'Keine Antwort von dieser Adresse. Entweder ist der Server nicht erreichbar, oder er erlaubt Seiten anderer Server nicht, die Datei zu lesen (CORS; die Werkbank liegt auf {origin}). Öffnen Sie die Statusdatei mit „Datei öffnen“, oder öffnen Sie die Werkbank auf demselben Server wie die Statusdatei.',
  loadTimeout:
    'Der Server unter dieser Adresse antwortet nicht (nach 10 Sekunden abgebrochen). Bitte versuchen Sie es später noch einmal.',
  loadNotJson:
    'Die Datei unter dieser Adresse ist kein gültiges JSON, vermutlich von Hand bearbeitet. {detail} Korrigieren Sie die Datei auf dem Server (oder bitten Sie Ihre IT darum) und laden Sie sie noch einmal – oder beginnen Sie mit „Leer beginnen“ oder der Vorlage neu.',
  loadNotJsonPage:
    'Unter dieser Adresse liegt eine Webseite, keine Statusdatei. Bitte prüfen Sie die Adresse.',
  fileNotJson:
    'Diese Datei ist kein gültiges JSON, vermutlich von Hand bearbeitet. {detail} Korrigieren Sie sie in einem Texteditor (nicht in Word) und öffnen Sie sie noch einmal.',
  notStatus: 'Das ist keine Statusdatei (es fehlt die Liste „services“).',
  servicesHeading: '2. Dienste und ihr Status',
  service: 'Dienst',
  serviceName: 'Name des Dienstes',
  serviceId: 'Kennung (id), z.\u00a0B. serviceportal',
  status: 'Status',
  chooseStatus: '– bitte wählen –',
  message: 'Meldung an die Bürgerinnen und Bürger',
  alternatives: 'So geht es trotzdem (Alternativen)',
  alternative: 'Alternative',
  label: 'Bezeichnung',
  url: 'Link (URL)',
  phone: 'Telefon',
  email: 'E-Mail',
  hours: 'Erreichbarkeit',
  addAlternative: 'Alternative hinzufügen',
  removeAlternative: 'Alternative {number} entfernen',
  addService: 'Dienst hinzufügen',
  removeService: 'Dienst „{name}“ entfernen',
  incidentsHeading: '3. Meldungen (Störungen)',
  maintenanceHeading: '4. Geplante Wartungsarbeiten',
  incident: 'Meldung',
  maintenance: 'Wartung',
  incidentTitle: 'Titel',
  incidentStatus: 'Stand der Bearbeitung',
  startedAt: 'Beginn',
  scheduledUntil: 'Geplantes Ende',
  affected: 'Betroffene Dienste',
  updates: 'Verlauf (neueste zuerst)',
  updateAt: 'Zeitpunkt',
  updateText: 'Text',
  addUpdate: 'Eintrag im Verlauf hinzufügen',
  removeUpdate: 'Eintrag entfernen',
  addIncident: 'Meldung hinzufügen',
  addMaintenance: 'Wartung hinzufügen',
  removeIncident: 'Meldung „{name}“ entfernen',
  now: 'Jetzt',
  updatedAt: 'Stand der Statusdatei',
  problemsHeading: 'Noch zu korrigieren',
  checkedHeading: 'Prüfung',
  problemsNone: 'Keine Fehler: Die Daten können veröffentlicht werden.',
  problemsCount: '{count} Fehler – Veröffentlichen ist erst nach der Korrektur möglich.',
  warningsHeading: 'Hinweise',
  previewHeading: 'Vorschau mit den echten Bausteinen',
  jumpToPreview: 'Zur Vorschau springen',
  previewWidth: 'Breite der Vorschau',
  previewPhone: 'Telefon (320 px)',
  previewDesktop: 'Desktop',
  previewList: 'Liste',
  previewBanner: 'Banner',
  previewBadge: 'Gesamtstatus',
  previewNotice: 'Hinweis in anderen Bausteinen (Dienst „{name}“ ist gestört)',
  previewNoImpaired: 'Kein Dienst ist gestört: Die anderen Bausteine zeigen keinen Hinweis.',
  previewNoticeWorking:
    'Kommen die eigenen Daten eines Bausteins (hier die Formularsuche), zeigt er nur einen kurzen Hinweis:',
  previewNoticeFailing:
    'Fallen auch seine eigenen Daten aus (hier der Mängelmelder), zeigt er Ihre Meldung und darunter den Kontakt, den die Seite angibt:',
  publishHeading: '5. Veröffentlichen',
  download: 'service-status.json herunterladen',
  copyJson: 'JSON kopieren',
  copySnippet: 'Schnipsel für das CMS kopieren',
  snippetHint:
    'Der Schnipsel enthält die Daten direkt in der Seite: Fügen Sie ihn in ein HTML-Element Ihres CMS ein, an Stelle des bisherigen Statusbausteins. Der Baustein zeigt dann genau diese Daten, auch wenn die Statusadresse nicht erreichbar ist. (Bleibt der bisherige Baustein mit seiner Adresse stehen, sehen Besucher, deren Browser einen früheren Stand kennt, diesen.)',
  copied: 'In die Zwischenablage kopiert.',
  copyFailed: 'Kopieren nicht möglich – bitte den Text unten markieren und kopieren.',
  blocked: 'Erst die Fehler oben korrigieren, dann veröffentlichen.',
  saveUrl: 'Speicher-Adresse (optional, von Ihrer IT eingerichtet)',
  saveToken: 'Zugangsschlüssel (Token)',
  saveMethod: 'Methode',
  saveButton: 'Auf dem Server speichern',
  saved: 'Gespeichert (HTTP {status}).',
  saveFailed:
    'Nicht gespeichert. Bitte versuchen Sie es noch einmal oder laden Sie die Datei herunter und laden Sie sie im CMS hoch.',
  saveRefused:
    'Nicht gespeichert: Der Server hat den Zugangsschlüssel abgelehnt (HTTP {status}). Bitte prüfen Sie den Schlüssel oder fragen Sie Ihre IT.',
  saveNoTarget:
    'Nicht gespeichert: Unter dieser Adresse nimmt der Server keine Datei an (HTTP {status}). Bitte prüfen Sie die Speicher-Adresse und die Methode.',
  saveHttpError:
    'Nicht gespeichert: Der Server hat einen Fehler gemeldet (HTTP {status}). Bitte laden Sie die Datei herunter und laden Sie sie im CMS hoch, oder fragen Sie Ihre IT.',
  saveNoAnswer:
    'Der Server unter dieser Adresse antwortet nicht. Bitte prüfen Sie die Speicher-Adresse und Ihre Internetverbindung und speichern Sie noch einmal, oder laden Sie die Datei herunter.',
  saveTimeout:
    'Der Server hat nach 15 Sekunden nicht geantwortet. Ob gespeichert wurde, ist unklar: Bitte speichern Sie noch einmal.',
  saveHint:
    'Nur wenn Ihre IT eine Speicher-Adresse eingerichtet hat. Sonst laden Sie die Datei herunter und laden sie im CMS hoch.',
  // Forms
  formsHeading: 'Formulare aus einer Tabelle übernehmen',
  formsIntro:
    'Speichern Sie Ihre Tabelle als CSV (Excel: „Speichern unter“ → „CSV (Trennzeichen-getrennt)“). Erste Zeile: Spaltennamen.',
  formsFile: 'Formularliste (CSV)',
  departmentsFile: 'Fachbereiche (CSV, optional)',
  catalogFile: 'Vorhandenen Katalog öffnen (JSON, optional)',
  template: 'CSV-Vorlage herunterladen',
  read: '{rows|Zeile|Zeilen} gelesen ({encoding}, Trennzeichen „{delimiter}“).',
  mappingHeading: 'Spalten zuordnen',
  mappingHint: 'Welche Spalte Ihrer Tabelle enthält welches Feld?',
  notMapped: '– keine Spalte –',
  optional: '(optional)',
  rowProblems: 'Probleme je Zeile',
  row: 'Zeile {row}',
  rowsOk: '{count|Formular ist|Formulare sind} in Ordnung.',
  tryHeading: 'Ausprobieren: die Formularsuche mit Ihrem Katalog',
  exportHeading: 'Katalog veröffentlichen',
  downloadCatalog: 'form-finder.json herunterladen',
  copyCatalog: 'JSON kopieren',
  noForms: 'Noch keine Formulare geladen.',
  fields: {
    title: 'Titel',
    department: 'Fachbereich',
    url: 'Link (URL)',
    description: 'Beschreibung',
    keywords: 'Suchbegriffe',
    format: 'Dateiformat',
    size_bytes: 'Größe (Bytes)',
    updated_at: 'Stand',
    online_url: 'Online-Antrag (URL)',
    service: 'Dienst',
    id: 'Kennung (id)',
    name: 'Name',
    email: 'E-Mail',
    phone: 'Telefon',
    hours: 'Erreichbarkeit',
  } as Record<string, string>,
  // Embed
  embedHeading: 'Einbettungscode erzeugen',
  widget: 'Baustein',
  widgets: {
    'service-status': 'Statusmeldungen (<service-status>)',
    'form-finder': 'Formularsuche (<form-finder>)',
    'defect-reporter': 'Mängelmelder (<defect-reporter>)',
    'registry-booking': 'Standesamt-Termine (<registry-booking>)',
  } as Record<string, string>,
  variant: 'Darstellung',
  variants: { list: 'Liste', banner: 'Banner', badge: 'Gesamtstatus' } as Record<string, string>,
  endpoint: 'Adresse der Daten (endpoint)',
  scriptUrl: 'Adresse des Skripts',
  integrity: 'Prüfsumme (integrity), wenn das Skript von einem anderen Server kommt',
  integrityHint:
    'Erhalten Sie von Ihrer IT (siehe Leitfaden). Leer lassen, wenn die Stadt das Skript selbst bereitstellt.',
  contactName: 'Kontakt: Stelle',
  contactPhone: 'Kontakt: Telefon',
  contactEmail: 'Kontakt: E-Mail',
  contactHours: 'Kontakt: Erreichbarkeit',
  serviceIdField: 'Dienst (service), z.\u00a0B. maengelmelder',
  statusEndpoint: 'Adresse der Statusdatei (status-endpoint)',
  statusEndpointHint:
    'Dieselbe Adresse wie bei den Statusmeldungen. Mit ihr weist der Baustein oben darauf hin, wenn sein Dienst gestört ist.',
  serviceWithoutStatus:
    'Ohne Adresse der Statusdatei weist der Baustein nicht auf Störungen dieses Dienstes hin.',
  serviceUnknown: 'In der Statusdatei gibt es keinen Dienst „{service}“. Dort stehen: {ids}.',
  integrityMissing:
    'Das Skript kommt von einem anderen Server: Tragen Sie die Prüfsumme ein, damit der Browser nur die geprüfte Datei ausführt.',
  headingLevel: 'Überschriften-Ebene',
  lang: 'Sprache des Bausteins',
  snippet: 'HTML für Ihr CMS',
  copyCode: 'Code kopieren',
  copyBlocked: 'Erst die markierten Kontaktdaten korrigieren, dann den Code kopieren.',
  livePreview: 'Vorschau',
  previewWithoutData:
    'Die Vorschau lädt die Daten von der angegebenen Adresse; ohne erreichbare Adresse zeigt sie den Notfall-Text – so, wie ihn auch Bürgerinnen und Bürger sehen würden. Ist die Werkbank als Datei geöffnet oder liegt sie auf einem anderen Server als die Daten, kann sie die Adresse oft nicht lesen, auch wenn die Seiten der Stadt es können.',
};

export type WorkbenchText = typeof de;

const en: WorkbenchText = {
  title: 'Editors’ workbench',
  intro:
    'Publish service status, import form lists and embed widgets – no programming. Everything stays in your browser until you publish it.',
  guide: 'Guide for editors (German)',
  language: 'Language',
  tools: 'Tools',
  tabStatus: 'Report an outage',
  tabForms: 'Forms',
  tabEmbed: 'Embed code',
  statusHeading: 'Report an outage: service status',
  openHeading: '1. Open the current status',
  openUrl: 'Address of the status file',
  openUrlButton: 'Load from address',
  openFile: 'Open file (service-status.json)',
  startEmpty: 'Start empty',
  templateCyber: 'Cyber attack template',
  loaded: 'Loaded: {count|service|services}, {incidents|incident|incidents}.',
  templateTaken:
    'Template applied: {count|service|services}, {incidents|incident|incidents}. Please replace the sample values (phone, e-mail, links) with your city’s.',
  startedEmpty: 'Started empty: add the services with "Add service".',
  discardEdits:
    'Your changes are not published yet (not downloaded, copied or saved) and will be lost. Continue anyway?',
  loadFailed: 'The file could not be loaded. Please try again.',
  loadNotFound: 'There is no file at this address (HTTP {status}). Please check the address.',
  loadHttpError:
    'The server did not hand out the file (HTTP {status}). Please try again later or ask your IT.',
  loadNoAnswer:
    'The server at this address does not answer. Please check the address and your connection.',
  loadFromFile:
    'The workbench is open as a file on this computer: the browser may not load addresses from here. Open the status file with "Open file", or open the workbench on the city’s server.',
  loadElsewhere:
    'No answer from this address. Either the server cannot be reached, or it does not let pages of other servers read the file (CORS; the workbench is on {origin}). Open the status file with "Open file", or open the workbench on the same server as the status file.',
  loadTimeout:
    'The server at this address does not answer (given up after 10 seconds). Please try again later.',
  loadNotJson:
    'The file at this address is not valid JSON; perhaps it was edited by hand. {detail} Correct the file on the server (or ask your IT to) and load it again – or start anew with "Start empty" or the template.',
  loadNotJsonPage:
    'There is a web page at this address, not a status file. Please check the address.',
  fileNotJson:
    'This file is not valid JSON; perhaps it was edited by hand. {detail} Correct it in a text editor (not in Word) and open it again.',
  notStatus: 'This is not a status file (the "services" list is missing).',
  servicesHeading: '2. Services and their status',
  service: 'Service',
  serviceName: 'Name of the service',
  serviceId: 'ID, e.g. serviceportal',
  status: 'Status',
  chooseStatus: '– please choose –',
  message: 'Message to citizens',
  alternatives: 'What to do instead (alternatives)',
  alternative: 'Alternative',
  label: 'Label',
  url: 'Link (URL)',
  phone: 'Phone',
  email: 'E-mail',
  hours: 'Hours',
  addAlternative: 'Add alternative',
  removeAlternative: 'Remove alternative {number}',
  addService: 'Add service',
  removeService: 'Remove service "{name}"',
  incidentsHeading: '3. Incidents',
  maintenanceHeading: '4. Scheduled maintenance',
  incident: 'Incident',
  maintenance: 'Maintenance',
  incidentTitle: 'Title',
  incidentStatus: 'Progress',
  startedAt: 'Start',
  scheduledUntil: 'Scheduled end',
  affected: 'Affected services',
  updates: 'Updates (newest first)',
  updateAt: 'Time',
  updateText: 'Text',
  addUpdate: 'Add update',
  removeUpdate: 'Remove update',
  addIncident: 'Add incident',
  addMaintenance: 'Add maintenance',
  removeIncident: 'Remove incident "{name}"',
  now: 'Now',
  updatedAt: 'Status file updated at',
  problemsHeading: 'To correct',
  checkedHeading: 'Check',
  problemsNone: 'No errors: the data can be published.',
  problemsCount: '{count|error|errors} – you can publish once everything is corrected.',
  warningsHeading: 'Notes',
  previewHeading: 'Preview with the real widgets',
  jumpToPreview: 'Skip to the preview',
  previewWidth: 'Preview width',
  previewPhone: 'Phone (320 px)',
  previewDesktop: 'Desktop',
  previewList: 'List',
  previewBanner: 'Banner',
  previewBadge: 'Overall status',
  previewNotice: 'Notice in other widgets (service "{name}" is down)',
  previewNoImpaired: 'No service is impaired: the other widgets show no notice.',
  previewNoticeWorking:
    'If a widget’s own data still loads (here the form finder), it shows only a short note:',
  previewNoticeFailing:
    'If its own data fails too (here the defect reporter), it shows your message, and below it the contact the page gives:',
  publishHeading: '5. Publish',
  download: 'Download service-status.json',
  copyJson: 'Copy JSON',
  copySnippet: 'Copy snippet for the CMS',
  snippetHint:
    'The snippet holds the data in the page itself: paste it into an HTML element of your CMS, in place of the status widget there. The widget then shows exactly this data, even when the status address cannot be reached. (Where the widget with its address stays, visitors whose browser knows an earlier status see that one.)',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Cannot copy – please select the text below and copy it.',
  blocked: 'Correct the errors above first, then publish.',
  saveUrl: 'Save address (optional, set up by your IT)',
  saveToken: 'Access token',
  saveMethod: 'Method',
  saveButton: 'Save on the server',
  saved: 'Saved (HTTP {status}).',
  saveFailed: 'Not saved. Please try again, or download the file and upload it in the CMS.',
  saveRefused:
    'Not saved: the server refused the access token (HTTP {status}). Please check the token or ask your IT.',
  saveNoTarget:
    'Not saved: the server does not accept files at this address (HTTP {status}). Please check the save address and the method.',
  saveHttpError:
    'Not saved: the server reported an error (HTTP {status}). Please download the file and upload it in the CMS, or ask your IT.',
  saveNoAnswer:
    'The server at this address does not answer. Please check the save address and your connection and save again, or download the file.',
  saveTimeout:
    'The server did not answer within 15 seconds. It is unclear whether the file was saved; please save again.',
  saveHint:
    'Only when your IT has set up a save address. Otherwise download the file and upload it in the CMS.',
  formsHeading: 'Import forms from a spreadsheet',
  formsIntro:
    'Save your spreadsheet as CSV (Excel: "Save as" → "CSV (comma delimited)"). First row: column names.',
  formsFile: 'Form list (CSV)',
  departmentsFile: 'Departments (CSV, optional)',
  catalogFile: 'Open an existing catalogue (JSON, optional)',
  template: 'Download CSV template',
  read: '{rows|row|rows} read ({encoding}, delimiter "{delimiter}").',
  mappingHeading: 'Map columns',
  mappingHint: 'Which column of your spreadsheet holds which field?',
  notMapped: '– no column –',
  optional: '(optional)',
  rowProblems: 'Problems per row',
  row: 'Row {row}',
  rowsOk: '{count|form is|forms are} fine.',
  tryHeading: 'Try it: the form finder with your catalogue',
  exportHeading: 'Publish the catalogue',
  downloadCatalog: 'Download form-finder.json',
  copyCatalog: 'Copy JSON',
  noForms: 'No forms loaded yet.',
  fields: {
    title: 'Title',
    department: 'Department',
    url: 'Link (URL)',
    description: 'Description',
    keywords: 'Keywords',
    format: 'File format',
    size_bytes: 'Size (bytes)',
    updated_at: 'Updated',
    online_url: 'Online form (URL)',
    service: 'Service',
    id: 'ID',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    hours: 'Hours',
  },
  embedHeading: 'Create embed code',
  widget: 'Widget',
  widgets: {
    'service-status': 'Service status (<service-status>)',
    'form-finder': 'Form finder (<form-finder>)',
    'defect-reporter': 'Defect reporter (<defect-reporter>)',
    'registry-booking': 'Registry office appointments (<registry-booking>)',
  },
  variant: 'Variant',
  variants: { list: 'List', banner: 'Banner', badge: 'Overall status' },
  endpoint: 'Address of the data (endpoint)',
  scriptUrl: 'Address of the script',
  integrity: 'Checksum (integrity), when the script comes from another server',
  integrityHint:
    'Your IT provides it (see the guide). Leave empty when the city hosts the script itself.',
  contactName: 'Contact: office',
  contactPhone: 'Contact: phone',
  contactEmail: 'Contact: e-mail',
  contactHours: 'Contact: hours',
  serviceIdField: 'Service id, e.g. maengelmelder',
  statusEndpoint: 'Address of the status file (status-endpoint)',
  statusEndpointHint:
    'The same address as for the service status. With it, the widget says at its top when its service is down.',
  serviceWithoutStatus:
    'Without the address of the status file, the widget does not say when this service is down.',
  serviceUnknown: 'The status file has no service “{service}”. It lists: {ids}.',
  integrityMissing:
    'The script comes from another server: enter its checksum, so that the browser runs only the checked file.',
  headingLevel: 'Heading level',
  lang: 'Widget language',
  snippet: 'HTML for your CMS',
  copyCode: 'Copy code',
  copyBlocked: 'Correct the marked contact details first, then copy the code.',
  livePreview: 'Preview',
  previewWithoutData:
    'The preview loads the data from the given address; without a reachable address it shows the fallback – as citizens would see it. Opened as a file, or on another server than the data, the workbench often cannot read the address even where the city’s pages can.',
};

export const WORKBENCH_TEXT: Record<EditorLang, WorkbenchText> = { de, en };

type TextKey = {
  [K in keyof WorkbenchText]: WorkbenchText[K] extends string ? K : never;
}[keyof WorkbenchText];

/**
 * A string with its placeholders filled: `{name}` by the parameter, `{count|one|other}` by the
 * number and the word in its plural form (Intl.PluralRules: "1 Zeile", "3 Zeilen").
 */
export function say(
  lang: EditorLang,
  key: TextKey,
  params: Record<string, string | number> = {},
): string {
  const plural = new Intl.PluralRules(lang);
  return WORKBENCH_TEXT[lang][key].replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (placeholder, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      if (one === undefined) return String(value);
      return `${value} ${plural.select(Number(value)) === 'one' ? one : other}`;
    },
  );
}
