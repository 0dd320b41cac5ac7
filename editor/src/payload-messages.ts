/**
 * The problems of payload-check.ts in words an editor understands, German and English: the
 * workbench shows them beside the field, `civic-widgets validate` prints them with their path.
 */
import { en as coreEn } from '../../src/core/core-messages-en.js';
import { coreMessages } from '../../src/core/core-messages.js';
import { SERVICE_STATUSES } from '../../src/core/service-health.js';
import type { ServiceStatusValue } from '../../src/core/service-health.js';
import { fromWallClock } from './berlin-time.js';
import type { JsonSyntaxProblem } from './json-syntax.js';
import { isEntryNumber, lacksOffset } from './payload-check.js';
import type { PayloadProblem } from './payload-check.js';

export type EditorLang = 'de' | 'en';

/** The status words the widgets show, as the editor picks them. */
export function statusLabel(status: ServiceStatusValue, lang: EditorLang): string {
  if (status === 'unknown') return lang === 'en' ? 'Status unclear' : 'Status unklar';
  const label = (lang === 'en' ? coreEn : coreMessages.de)[status];
  // Status words have no plural forms; `other` would be their only one.
  return typeof label === 'string' ? label : label.other;
}

/** Field names as the workbench's form labels them. Unknown keys are shown as they are. */
const FIELD_LABELS: Record<string, { de: string; en: string }> = {
  id: { de: 'Kennung (id)', en: 'ID' },
  name: { de: 'Name', en: 'Name' },
  status: { de: 'Status', en: 'Status' },
  message: { de: 'Meldung', en: 'Message' },
  alternatives: { de: 'Alternativen', en: 'Alternatives' },
  label: { de: 'Bezeichnung', en: 'Label' },
  url: { de: 'Link (URL)', en: 'Link (URL)' },
  phone: { de: 'Telefon', en: 'Phone' },
  email: { de: 'E-Mail', en: 'E-mail' },
  hours: { de: 'Erreichbarkeit', en: 'Hours' },
  updated_at: { de: 'Stand', en: 'Updated at' },
  title: { de: 'Titel', en: 'Title' },
  started_at: { de: 'Beginn', en: 'Started at' },
  scheduled_until: { de: 'Geplantes Ende', en: 'Scheduled until' },
  services: { de: 'Dienste', en: 'Services' },
  updates: { de: 'Verlauf', en: 'Updates' },
  at: { de: 'Zeitpunkt', en: 'Time' },
  text: { de: 'Text', en: 'Text' },
  incidents: { de: 'Meldungen', en: 'Incidents' },
  description: { de: 'Beschreibung', en: 'Description' },
  keywords: { de: 'Suchbegriffe', en: 'Keywords' },
  department: { de: 'Fachbereich', en: 'Department' },
  departments: { de: 'Fachbereiche', en: 'Departments' },
  forms: { de: 'Formulare', en: 'Forms' },
  format: { de: 'Dateiformat', en: 'File format' },
  size_bytes: { de: 'Dateigröße (Bytes)', en: 'File size (bytes)' },
  online_url: { de: 'Online-Antrag (URL)', en: 'Online form (URL)' },
  service: { de: 'Dienst', en: 'Service' },
  categories: { de: 'Kategorien', en: 'Categories' },
  group: { de: 'Gruppe', en: 'Group' },
  submit_url: { de: 'Sende-Adresse (submit_url)', en: 'Submit URL' },
  privacy_url: { de: 'Datenschutz-Link', en: 'Privacy link' },
  office: { de: 'Amt', en: 'Office' },
  mode: { de: 'Art', en: 'Mode' },
  notice: { de: 'Hinweis', en: 'Notice' },
  slots: { de: 'Termine', en: 'Slots' },
  start: { de: 'Beginn', en: 'Start' },
  end: { de: 'Ende', en: 'End' },
  available: { de: 'Frei', en: 'Available' },
  max_photos: { de: 'Höchstzahl der Fotos (max_photos)', en: 'Maximum number of photos' },
};

export const fieldLabel = (field: string | undefined, lang: EditorLang): string =>
  field ? (FIELD_LABELS[field]?.[lang] ?? field) : lang === 'de' ? 'Datei' : 'File';

/**
 * What the checks expected as a sentence of its own: „Erlaubt sind: „a“, „b“.“ for a choice,
 * „Erwartet ist ein Text.“ otherwise (one colon per sentence, not two in a row).
 */
function expectedSentence(expected: string, field: string | undefined, lang: EditorLang): string {
  const values = expectedText(expected, field, lang);
  const numbers = expected.split(' | ').map(Number);
  // `0 | 1 | … | 10` (max_photos): a number, which "3" in quotes is not.
  if (expected.includes(' | ') && numbers.every(Number.isInteger)) {
    const lowest = Math.min(...numbers);
    const highest = Math.max(...numbers);
    const range = numbers.length === highest - lowest + 1;
    if (lang === 'de')
      return range
        ? `Erlaubt ist eine Zahl von ${lowest} bis ${highest}, ohne Anführungszeichen.`
        : `Erlaubt sind die Zahlen ${numbers.join(', ')}, ohne Anführungszeichen.`;
    return range
      ? `Allowed: a number from ${lowest} to ${highest}, without quotes.`
      : `Allowed: the numbers ${numbers.join(', ')}, without quotes.`;
  }
  if (expected.includes(' | '))
    return lang === 'de' ? `Erlaubt sind: ${values}.` : `Allowed: ${values}.`;
  return lang === 'de' ? `Erwartet ist ${values}.` : `Expected: ${values}.`;
}

/** What a date-time field takes: one example for the time zone in winter, one in summer. */
const DATE_TIME_WORDS = {
  de: 'ein Zeitpunkt mit Zeitzone in der Form JJJJ-MM-TTThh:mm:ss+01:00, z.\u00a0B. 2026-12-01T09:15:00+01:00 (im Sommer +02:00, z.\u00a0B. 2026-06-01T09:15:00+02:00)',
  en: 'a date and time with its UTC offset, as YYYY-MM-DDThh:mm:ss+01:00, e.g. 2026-12-01T09:15:00+01:00 (in summer +02:00, e.g. 2026-06-01T09:15:00+02:00)',
};

/**
 * The checks' words (src/core/schema.ts and the widgets' schemas) in the editor's: each kind of
 * value a check expects, with an example where the form matters.
 */
const EXPECTED_WORDS: Record<string, { de: string; en: string }> = {
  text: { de: 'ein Text', en: 'a text' },
  'non-empty text': { de: 'ein nicht leerer Text', en: 'a non-empty text' },
  number: { de: 'eine Zahl', en: 'a number' },
  'number >= 0': { de: 'eine Zahl ab 0', en: 'a number of 0 or more' },
  'true or false': { de: 'true oder false', en: 'true or false' },
  object: { de: 'ein Objekt { … }', en: 'an object { … }' },
  list: { de: 'eine Liste [ … ]', en: 'a list [ … ]' },
  'date-time with offset (2023-10-30T09:15:00+01:00)': DATE_TIME_WORDS,
  'date (2023-10-30)': {
    de: 'ein Datum in der Form JJJJ-MM-TT, z.\u00a0B. 2026-01-15',
    en: 'a date as YYYY-MM-DD, e.g. 2026-01-15',
  },
  'URL (http, https)': {
    de: 'ein Link, der mit https:// oder / beginnt',
    en: 'a link that starts with https:// or /',
  },
  'URL (http, https, mailto, tel)': {
    de: 'ein Link, der mit https://, /, mailto: oder tel: beginnt',
    en: 'a link that starts with https://, /, mailto: or tel:',
  },
  '[lat, lng]': {
    de: 'eine Position [Breite, Länge], z.\u00a0B. [51.48, 7.22]',
    en: 'a position [latitude, longitude], e.g. [51.48, 7.22]',
  },
  '[lat, lng] pairs': {
    de: 'zwei Positionen [[Süd, West], [Nord, Ost]], z.\u00a0B. [[51.35, 7.1], [51.44, 7.26]]',
    en: 'two positions [[south, west], [north, east]], e.g. [[51.35, 7.1], [51.44, 7.26]]',
  },
};

/** The checks' words for what they expected, in German: a list of choices, or a kind of value. */
function expectedText(expected: string, field: string | undefined, lang: EditorLang): string {
  if (expected.includes(' | ')) {
    const values = expected.split(' | ');
    const isStatus =
      field === 'status' &&
      values.every((value) => (SERVICE_STATUSES as readonly string[]).includes(value));
    const named = isStatus
      ? values.map(
          (value) => `${quote(statusLabel(value as ServiceStatusValue, lang), lang)} (${value})`,
        )
      : values.map((value) => quote(value, lang));
    return named.join(', ');
  }
  return EXPECTED_WORDS[expected]?.[lang] ?? expected;
}

/**
 * What a field expected, with the value as meant where a German way of writing it gives it
 * away: a time without its offset, a date as `15.01.2026` („Gemeint ist wohl „2026-01-15““).
 */
function expectedHint(
  expected: string,
  field: string | undefined,
  value: string,
  lang: EditorLang,
): string {
  const de = lang === 'de';
  const dateTime = expected.startsWith('date-time');
  if (dateTime && lacksOffset(value)) {
    const meant = withGermanOffset(value);
    return de
      ? `Es fehlt die Zeitzone, für deutsche Zeit: ${quote(meant, lang)}.`
      : `Its UTC offset is missing; in German time: ${quote(meant, lang)}.`;
  }
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$/.exec(value.trim());
  const day = german && `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}`;
  const time = german?.[4] && `${german[4].padStart(2, '0')}:${german[5]}`;
  const meant = !day
    ? ''
    : dateTime
      ? time && withGermanOffset(`${day}T${time}`)
      : expected.startsWith('date') && !time
        ? day
        : '';
  const sentence = expectedSentence(expected, field, lang);
  if (!meant) return sentence;
  return de
    ? `${sentence} Gemeint ist wohl ${quote(meant, lang)}.`
    : `${sentence} Presumably meant: ${quote(meant, lang)}.`;
}

/** `2026-12-01T09:00:00` with the offset German time has then (`+01:00`); '' when it is no time. */
function withGermanOffset(value: string): string {
  const local = value.trim();
  const withOffset = fromWallClock(local.slice(0, 16));
  return withOffset
    ? `${local.slice(0, 16)}${local.slice(16) || ':00'}${withOffset.slice(-6)}`
    : '';
}

const quote = (text: string, lang: EditorLang) => (lang === 'de' ? `„${text}“` : `"${text}"`);

/** One sentence per problem: what is wrong, where, and what the widget does about it. */
export function problemText(problem: PayloadProblem, lang: EditorLang): string {
  const de = lang === 'de';
  const field = fieldLabel(problem.field, lang);
  const entry = problem.entry ?? '';
  const at = !entry
    ? ''
    : isEntryNumber(entry)
      ? de
        ? ` bei Eintrag ${entry.slice(1)}`
        : ` in entry ${entry.slice(1)}`
      : de
        ? ` bei ${quote(entry, lang)}`
        : ` in ${quote(entry, lang)}`;
  const consequence = problem.shownAsUnclear
    ? de
      ? ' Der Dienst erscheint mit „Status unklar“.'
      : ' The service is shown with "Status unclear".'
    : problem.inEntry
      ? de
        ? ' Der Eintrag wird nicht angezeigt.'
        : ' The entry is left out.'
      : problem.inEntry === false
        ? de
          ? ' Der Baustein zeigt stattdessen den Notfall-Text mit Ihren Kontaktdaten.'
          : ' The widget shows its fallback contact instead.'
        : '';
  const value = problem.value ?? '';
  switch (problem.kind) {
    case 'missing':
      return (de ? `${field} fehlt${at}.` : `${field} is missing${at}.`) + consequence;
    case 'wrong': {
      const found =
        problem.value !== undefined
          ? de
            ? ` (gefunden: ${quote(value, lang)})`
            : ` (found ${quote(value, lang)})`
          : '';
      const expected = expectedHint(problem.expected ?? '', problem.field, value, lang);
      return (
        (de
          ? `${field}${at} ist ungültig${found}. ${expected}`
          : `${field}${at} is invalid${found}. ${expected}`) + consequence
      );
    }
    case 'rejected':
      return de
        ? `Der Baustein lehnt die Daten ab (${problem.detail}).${consequence}`
        : `The widget refuses the data (${problem.detail}).${consequence}`;
    case 'left-out': {
      const leftOut = de
        ? `${field}${at} ist ungültig (${quote(value, lang)}) und wird nicht angezeigt.`
        : `${field}${at} is invalid (${quote(value, lang)}) and is not shown.`;
      return problem.expected
        ? `${leftOut} ${expectedHint(problem.expected, problem.field, value, lang)}`
        : leftOut;
    }
    case 'unknown-field':
      return de
        ? `Unbekanntes Feld ${quote(problem.field ?? '', lang)}${at}: wird nicht angezeigt.`
        : `Unknown field ${quote(problem.field ?? '', lang)}${at}: ignored.`;
    case 'unknown-department':
      return de
        ? `Fachbereich ${quote(value, lang)}${at} steht nicht in der Liste der Fachbereiche: Das Formular erscheint ohne Kontakt des Fachbereichs.`
        : `Department ${quote(value, lang)}${at} is not in the department list: the form is shown without a department contact.`;
    case 'bad-url': {
      // `www.stadt.example/x`: a host without its scheme, the most common slip.
      const withScheme = /^[\w-]+(?:\.[\w-]+)+(?:[/?#]|$)/.test(value.trim())
        ? `https://${value.trim()}`
        : '';
      const suggestion = !withScheme
        ? ''
        : de
          ? ` Bitte mit https:// beginnen: ${quote(withScheme, lang)}.`
          : ` Please start with https://: ${quote(withScheme, lang)}.`;
      return (
        (de
          ? `${field}${at} ist keine gültige Adresse (${quote(value, lang)}): Ein Link beginnt mit https:// oder / (für Seiten dieser Website).`
          : `${field}${at} is not a valid address (${quote(value, lang)}): a link starts with https:// or / (for pages of this site).`) +
        suggestion +
        consequence
      );
    }
    case 'bad-email':
      return de
        ? `${field}${at} ist keine gültige E-Mail-Adresse (${quote(value, lang)}): Bitte in der Form name@stadt.de schreiben, ohne Leerzeichen und Kommas${value.includes(',') ? ' (ein Komma statt eines Punkts?)' : ''}.`
        : `${field}${at} is not a valid e-mail address (${quote(value, lang)}): please write it as name@city.org, without spaces or commas${value.includes(',') ? ' (a comma instead of a dot?)' : ''}.`;
    case 'bad-phone':
      return de
        ? `${field}${at} ist keine gültige Telefonnummer (${quote(value, lang)}): Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden${/[oOlI]/.test(value) ? ' (ein Buchstabe O oder l statt 0 oder 1?)' : ''}.`
        : `${field}${at} is not a valid phone number (${quote(value, lang)}): please use only digits, spaces and + ( ) / -${/[oOlI]/.test(value) ? ' (a letter O or l instead of 0 or 1?)' : ''}.`;
    case 'placeholder':
      return de
        ? `${field}${at} ist noch ein Beispielwert der Vorlage (${quote(value, lang)}): Bitte durch die echte Angabe Ihrer Stadt ersetzen.`
        : `${field}${at} is still a sample value of the template (${quote(value, lang)}): please replace it with your city’s real details.`;
    case 'duplicate-id':
      return de
        ? `Die Kennung ${quote(value, lang)} kommt mehrfach vor${at}.`
        : `The ID ${quote(value, lang)} occurs more than once${at}.`;
    case 'duplicate-form-id':
      return de
        ? `Die Kennung ${quote(value, lang)}${at} gehört schon einem Formular davor: Die Suche findet nur das erste. Bitte geben Sie jedem Formular eine eigene Kennung.`
        : `The ID ${quote(value, lang)}${at} already belongs to a form before it: the search finds only the first. Please give each form an ID of its own.`;
    case 'duplicate-service-id':
      return de
        ? `Die Kennung ${quote(value, lang)}${at} gehört schon einem Dienst davor: Der Dienst stünde zweimal auf der Seite, womöglich einmal ${quote(statusLabel('operational', lang), lang)} und einmal ${quote(statusLabel('major_outage', lang), lang)}. Bitte führen Sie jeden Dienst nur einmal auf: Löschen Sie den doppelten Eintrag oder geben Sie ihm eine eigene Kennung.`
        : `The ID ${quote(value, lang)}${at} already belongs to a service before it: the service would show twice, perhaps once ${quote(statusLabel('operational', lang), lang)} and once ${quote(statusLabel('major_outage', lang), lang)}. Please list each service once: remove the second entry or give it an ID of its own.`;
    case 'duplicate-choice-id':
      return de
        ? `Die Kennung ${quote(value, lang)}${at} gehört schon einem Eintrag davor: Wer diesen Eintrag wählt, sendet den davor. Bitte geben Sie jedem Eintrag eine eigene Kennung.`
        : `The ID ${quote(value, lang)}${at} already belongs to an entry before it: whoever chooses this entry sends the one before. Please give each entry an ID of its own.`;
    case 'unknown-service':
      return de
        ? `Meldung${at} nennt den Dienst ${quote(value, lang)}, den es in der Liste der Dienste nicht gibt.`
        : `Incident${at} names the service ${quote(value, lang)}, which is not in the service list.`;
    case 'no-offset': {
      // The time as meant in the city (German time, +01:00 or +02:00 on that day).
      const meant = withGermanOffset(value) || '2026-12-01T09:00:00+01:00';
      return (
        (de
          ? `${field}${at} hat keine Zeitzone (${quote(value, lang)}). Bitte mit Zeitzone schreiben, für deutsche Zeit: ${quote(meant, lang)}.`
          : `${field}${at} has no UTC offset (${quote(value, lang)}). Please write it with one; in German time: ${quote(meant, lang)}.`) +
        consequence
      );
    }
    case 'unknown-status':
      return de
        ? `Status${at} ist unbekannt (${quote(value, lang)}). ${expectedSentence(SERVICE_STATUSES.join(' | '), 'status', lang)}${consequence}`
        : `Status${at} is unknown (${quote(value, lang)}). ${expectedSentence(SERVICE_STATUSES.join(' | '), 'status', lang)}${consequence}`;
    case 'changed-id':
      return de
        ? `Die Kennung ${quote(value, lang)} ist neu. Bausteine, die ${quote(problem.openedId ?? '', lang)} anzeigen (service="${problem.openedId}"), finden diesen Dienst dann nicht mehr.`
        : `The ID ${quote(value, lang)} is new. Widgets that show ${quote(problem.openedId ?? '', lang)} (service="${problem.openedId}") will no longer find this service.`;
    case 'no-services':
      return de
        ? 'Die Liste der Dienste ist leer: Veröffentlicht würde der Baustein die Datei ablehnen und weiter den zuletzt bekannten Stand zeigen, beim ersten Besuch nur den Notfall-Text mit Ihren Kontaktdaten – keine Störung, die Sie jetzt melden. Bitte laden Sie den aktuellen Stand oder fügen Sie mit „Dienst hinzufügen“ mindestens einen Dienst hinzu.'
        : 'The service list is empty: if published, the widget would refuse the file and keep showing the last known status, on a first visit only its fallback contact – no outage you report now. Please load the current status or add at least one service with "Add service".';
    case 'no-forms':
      return de
        ? 'Die Liste der Formulare enthält kein gültiges Formular: Veröffentlicht würde der Baustein das Verzeichnis ablehnen und weiter den zuletzt bekannten Stand zeigen, beim ersten Besuch nur den Notfall-Text mit Ihren Kontaktdaten. Bitte tragen Sie mindestens ein Formular mit Kennung (id), Titel, Fachbereich und Link (URL) ein.'
        : 'The form list holds no valid form: if published, the widget would refuse the catalogue and keep showing the last known one, on a first visit only its fallback contact. Please add at least one form with ID, title, department and link (URL).';
  }
}

/**
 * Where a JSON text breaks and what to do, for the CLI and the workbench: „Zeile 23, Spalte 6:
 * ein Komma vor „]“. …“; without a place (the scan found none), the usual causes.
 */
export function jsonSyntaxText(problem: JsonSyntaxProblem | undefined, lang: EditorLang): string {
  const de = lang === 'de';
  const usualCauses = de
    ? 'Häufige Ursachen: ein Komma vor ] oder }, typografische Anführungszeichen „ “ aus einem Textprogramm statt gerader ("), ein fehlendes Komma zwischen zwei Einträgen.'
    : 'Usual causes: a comma before ] or }, typographic quotes “ ” from a word processor instead of straight ones ("), a missing comma between two entries.';
  if (!problem) return usualCauses;
  const at = de
    ? `Zeile ${problem.line}, Spalte ${problem.column}: `
    : `Line ${problem.line}, column ${problem.column}: `;
  const found = quote(problem.found ?? '', lang);
  switch (problem.slip) {
    case 'empty':
      return de ? 'Die Datei ist leer.' : 'The file is empty.';
    case 'comma-before-end':
      return de
        ? `${at}ein Komma vor ${found}. Nach dem letzten Eintrag einer Liste [ … ] oder eines Objekts { … } steht kein Komma: Bitte löschen Sie es.`
        : `${at}a comma before ${found}. No comma follows the last entry of a list [ … ] or an object { … }: please delete it.`;
    case 'typographic-quote':
      return de
        ? `${at}ein typografisches Anführungszeichen (${problem.found}), wie Word oder ein anderes Textprogramm es setzt. JSON braucht gerade Anführungszeichen (") am Anfang und am Ende jedes Textes: Bitte ersetzen Sie es und sein Gegenstück, am besten in einem Texteditor.`
        : `${at}a typographic quote (${problem.found}), as Word or another word processor writes it. JSON needs straight quotes (") at the start and the end of every text: please replace it and its counterpart, best in a text editor.`;
    case 'single-quote':
      return de
        ? `${at}ein einfaches Anführungszeichen ('). JSON braucht doppelte gerade Anführungszeichen ("): Bitte ersetzen Sie es.`
        : `${at}a single quote ('). JSON needs straight double quotes ("): please replace it.`;
    case 'missing-comma':
      return de
        ? `${at}Vor diesem Eintrag fehlt ein Komma: Zwischen zwei Einträgen einer Liste oder eines Objekts steht immer eines.`
        : `${at}a comma is missing before this entry: two entries of a list or an object are always separated by one.`;
    case 'line-break-in-text':
      return de
        ? `${at}ein Zeilenumbruch in einem Text in Anführungszeichen. Bitte schreiben Sie den Text in eine Zeile – oder fehlt davor das schließende Anführungszeichen (")?`
        : `${at}a line break in a quoted text. Please write the text on one line – or is its closing quote (") missing?`;
    case 'unexpected-end':
      return de
        ? `Die Datei endet mitten in den Daten (Zeile ${problem.line}): Es fehlt ein schließendes „}“ oder „]“ – vielleicht wurde sie nicht vollständig kopiert oder gespeichert.`
        : `The file ends in the middle of the data (line ${problem.line}): a closing "}" or "]" is missing – perhaps it was not copied or saved completely.`;
    case 'after-end':
      return de
        ? `${at}Nach dem Ende der Daten steht noch etwas (${found}), vielleicht ein „}“ oder „]“ zu viel.`
        : `${at}something follows the end of the data (${found}), perhaps a "}" or "]" too many.`;
    case 'unexpected':
      // `<`: an HTML page (a CMS's, an error page) where the JSON file was expected.
      if (problem.found === '<' && problem.line === 1)
        return de
          ? 'Der Inhalt ist eine Webseite (HTML), keine JSON-Datei.'
          : 'The content is a web page (HTML), not a JSON file.';
      return de
        ? `${at}Unerwartetes Zeichen ${found}. ${usualCauses}`
        : `${at}unexpected character ${found}. ${usualCauses}`;
  }
}
