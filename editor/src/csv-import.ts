/**
 * A spreadsheet export (CSV) turned into the form catalogue of `<form-finder>`: German Excel's
 * Windows-1252 with `;`, LibreOffice's UTF-8 with `,`, a byte-order mark, quoted cells with `;`
 * and line breaks inside. Parsing is papaparse's (a well-kept parser: quoting rules and
 * delimiter detection are easy to get wrong by hand); the decoding is the browser's TextDecoder.
 */
import Papa from 'papaparse';

export type SpreadsheetEncoding = 'utf-8' | 'windows-1252';

/**
 * Text of a CSV file. UTF-8 when the bytes are valid UTF-8 (with or without a byte-order mark),
 * otherwise Windows-1252, which German Excel writes ("Speichern unter: CSV (Trennzeichen-
 * getrennt)"): its umlauts are single bytes that are never valid UTF-8.
 */
export function decodeSpreadsheet(bytes: ArrayBuffer | Uint8Array): {
  text: string;
  encoding: SpreadsheetEncoding;
} {
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export interface CsvTable {
  /** The first row: column names as the spreadsheet has them. */
  headers: string[];
  /** The other rows, each as long as `headers` (missing cells are ''). */
  rows: string[][];
  delimiter: string;
}

/** Parses CSV text; the delimiter (`;`, `,` or tab) is detected. Empty lines are skipped. */
export function parseCsv(text: string): CsvTable {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  const [headers = [], ...rows] = result.data;
  const width = headers.length;
  return {
    headers: headers.map((header) => header.trim()),
    rows: rows.map((row) => Array.from({ length: width }, (_, index) => (row[index] ?? '').trim())),
    delimiter: result.meta.delimiter,
  };
}

/** A column of the catalogue: the contract's field and the names a spreadsheet may give it. */
export interface CatalogColumn {
  field: string;
  /** German name first: used for the CSV template. */
  names: string[];
  required?: boolean;
}

/** The form fields of the contract (src/form-finder/form-finder-contract.ts). */
export const FORM_COLUMNS: CatalogColumn[] = [
  { field: 'title', names: ['Titel', 'title', 'Formular', 'Bezeichnung', 'Name'], required: true },
  { field: 'department', names: ['Fachbereich', 'department', 'Amt', 'Zuständig'], required: true },
  { field: 'url', names: ['Link', 'url', 'Adresse', 'Download', 'PDF'], required: true },
  { field: 'description', names: ['Beschreibung', 'description'] },
  { field: 'keywords', names: ['Suchbegriffe', 'keywords', 'Stichworte', 'Schlagworte'] },
  { field: 'format', names: ['Format', 'Dateiformat'] },
  { field: 'size_bytes', names: ['Größe (Bytes)', 'size_bytes', 'Dateigröße', 'Größe'] },
  { field: 'updated_at', names: ['Stand', 'updated_at', 'Aktualisiert', 'Datum'] },
  { field: 'online_url', names: ['Online-Antrag', 'online_url', 'Online'] },
  { field: 'service', names: ['Dienst', 'service'] },
  { field: 'id', names: ['Kennung', 'id', 'Nr', 'Nummer'] },
];

/** The department fields of the contract. */
export const DEPARTMENT_COLUMNS: CatalogColumn[] = [
  { field: 'name', names: ['Name', 'name', 'Fachbereich', 'Bezeichnung'], required: true },
  { field: 'id', names: ['Kennung', 'id', 'Kürzel'] },
  { field: 'email', names: ['E-Mail', 'email', 'Mail'] },
  { field: 'phone', names: ['Telefon', 'phone', 'Tel'] },
  { field: 'hours', names: ['Erreichbarkeit', 'hours', 'Öffnungszeiten', 'Sprechzeiten'] },
  { field: 'url', names: ['Internet', 'url', 'Link', 'Webseite'] },
];

const fold = (name: string): string =>
  name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');

/** Which column of the table holds which field: index into `headers`, or -1. */
export type ColumnMapping = Record<string, number>;

/** Maps each field to the first column whose name is one of the field's names (case, spaces, umlauts folded). */
export function guessMapping(headers: string[], columns: CatalogColumn[]): ColumnMapping {
  const folded = headers.map(fold);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const column of columns) {
    const index = folded.findIndex(
      (header, position) =>
        !taken.has(position) && column.names.some((name) => fold(name) === header),
    );
    mapping[column.field] = index;
    if (index >= 0) taken.add(index);
  }
  return mapping;
}

/** A stable id from a title: "Antrag auf Wohngeld" → "antrag-auf-wohngeld". */
export function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'eintrag'
  );
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let counter = 2; used.has(id); counter++) id = `${base}-${counter}`;
  used.add(id);
  return id;
}

/** A number of bytes as a spreadsheet writes it ("12345", "12.345"); undefined when it is none. */
function readBytes(cell: string): number | undefined {
  const digits = cell.replace(/[\s.]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

const cellOf = (row: string[], mapping: ColumnMapping, field: string): string =>
  mapping[field] >= 0 ? (row[mapping[field]] ?? '') : '';

/**
 * Departments from their table. A department without an id gets one from its name, so that a
 * form can name its department either way.
 */
export function departmentsFrom(
  table: CsvTable,
  mapping: ColumnMapping,
): Record<string, unknown>[] {
  const used = new Set<string>();
  return table.rows.map((row) => {
    const department: Record<string, unknown> = {};
    for (const column of DEPARTMENT_COLUMNS) {
      const value = cellOf(row, mapping, column.field);
      if (value) department[column.field] = value;
    }
    department.id = uniqueId(String(department.id ?? slug(String(department.name ?? ''))), used);
    return department;
  });
}

/**
 * Forms from their table, in the contract's shape. What a cell cannot be is left for the
 * widget's checks to report (payload-check.ts); here only the spreadsheet's conventions are
 * read: keywords separated by `,` `;` or `|`, a department named by its id or its name, an id
 * made from the title when there is no id column.
 */
export function formsFrom(
  table: CsvTable,
  mapping: ColumnMapping,
  departments: readonly Record<string, unknown>[] = [],
): Record<string, unknown>[] {
  const byName = new Map(
    departments.map((department) => [fold(String(department.name ?? '')), department.id]),
  );
  const used = new Set<string>();
  return table.rows.map((row, index) => {
    const form: Record<string, unknown> = {};
    for (const column of FORM_COLUMNS) {
      const value = cellOf(row, mapping, column.field);
      if (value === '') continue;
      if (column.field === 'keywords') {
        form.keywords = value
          .split(/[,;|]/)
          .map((keyword) => keyword.trim())
          .filter(Boolean);
      } else if (column.field === 'size_bytes') {
        form.size_bytes = readBytes(value) ?? value;
      } else if (column.field === 'department') {
        form.department = byName.get(fold(value)) ?? value;
      } else {
        form[column.field] = value;
      }
    }
    // Without a title the id names the row (the header is row 1), so the editor finds it.
    const fallbackId = form.title ? slug(String(form.title)) : `zeile-${index + 2}`;
    form.id = uniqueId(String(form.id ?? fallbackId), used);
    return form;
  });
}

/** Header and one example row, `;`-separated with a byte-order mark: German Excel opens it as it is. */
export function csvTemplate(columns: CatalogColumn[], example: Record<string, string>): string {
  const rows = [
    columns.map((column) => column.names[0]),
    columns.map((column) => example[column.field] ?? ''),
  ];
  return `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}\r\n`;
}
