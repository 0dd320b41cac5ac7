import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { nowIso } from './berlin-time.js';
import {
  csvTemplate,
  decodeSpreadsheet,
  DEPARTMENT_COLUMNS,
  departmentsFrom,
  FORM_COLUMNS,
  formsFrom,
  guessMapping,
  parseCsv,
} from './csv-import.js';
import type { CatalogColumn, ColumnMapping, CsvTable, SpreadsheetEncoding } from './csv-import.js';
import { checkPayload, JsonTextError, parseJsonText } from './payload-check.js';
import type { PayloadProblem } from './payload-check.js';
import { jsonSyntaxText, problemText } from './payload-messages.js';
import type { EditorLang } from './payload-messages.js';
import { copyText, downloadText, exportJson } from './publish.js';
import { say, WORKBENCH_TEXT } from './workbench-text.js';

interface ImportedTable {
  table: CsvTable;
  encoding: SpreadsheetEncoding;
  mapping: ColumnMapping;
}

const TEMPLATE_EXAMPLE: Record<string, string> = {
  title: 'Antrag auf Wohngeld',
  department: 'Fachbereich Soziales und Wohnen',
  url: 'https://www.stadt.example/formulare/wohngeld.pdf',
  description: 'Zuschuss zur Miete oder zu den Kosten für Wohneigentum',
  keywords: 'Mietzuschuss, Lastenzuschuss',
  format: 'pdf',
  updated_at: '2026-01-15',
};

/**
 * "Formulare": a spreadsheet export (CSV) of the form list, and optionally of the departments,
 * becomes the catalogue of `<form-finder>`: columns mapped to the contract's fields, each row's
 * problems found by the widget's checks, the result tried in a real `<form-finder>`, exported as
 * JSON. A CSV template gives the columns to start from.
 */
export class FormsImport extends LitElement {
  static override properties = { language: { attribute: false } };

  /** Language of the workbench. */
  declare language: EditorLang;

  #forms?: ImportedTable;
  #departments?: ImportedTable;
  /** Departments of an opened catalogue (JSON), used when no department table is imported. */
  #catalogDepartments: Record<string, unknown>[] = [];
  #catalog?: Record<string, unknown>;
  problems: PayloadProblem[] = [];
  #message = '';
  #checkRun = 0;

  constructor() {
    super();
    this.language = 'de';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The catalogue as exported, or undefined before a form list is read. */
  get catalog(): Record<string, unknown> | undefined {
    return this.#catalog;
  }

  get canExport(): boolean {
    return Boolean(this.#catalog) && !this.problems.some((problem) => problem.severity === 'error');
  }

  /** Reads a CSV file's bytes as the form list (`forms`) or the department list. */
  async importCsv(kind: 'forms' | 'departments', bytes: ArrayBuffer | Uint8Array): Promise<void> {
    const { text, encoding } = decodeSpreadsheet(bytes);
    const table = parseCsv(text);
    const columns = kind === 'forms' ? FORM_COLUMNS : DEPARTMENT_COLUMNS;
    const imported = { table, encoding, mapping: guessMapping(table.headers, columns) };
    if (kind === 'forms') this.#forms = imported;
    else this.#departments = imported;
    this.#message = say(this.language, 'read', {
      rows: table.rows.length,
      encoding: encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252',
      delimiter: table.delimiter,
    });
    await this.rebuild();
  }

  /** Builds the catalogue from the tables and checks it as `<form-finder>` does. */
  async rebuild(): Promise<void> {
    const run = ++this.#checkRun;
    const departments = this.#departments
      ? departmentsFrom(this.#departments.table, this.#departments.mapping)
      : this.#catalogDepartments;
    this.#catalog = this.#forms
      ? {
          updated_at: nowIso(),
          departments,
          forms: formsFrom(this.#forms.table, this.#forms.mapping, departments),
        }
      : undefined;
    const report = this.#catalog ? await checkPayload(this.#catalog, 'forms') : undefined;
    if (run !== this.#checkRun) return;
    this.problems = report?.problems ?? [];
    this.requestUpdate();
    await this.updateComplete;
  }

  async #onFile(kind: 'forms' | 'departments' | 'catalog', event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const bytes = await file.arrayBuffer();
    if (kind !== 'catalog') {
      await this.importCsv(kind, bytes);
      return;
    }
    try {
      const raw = parseJsonText(decodeSpreadsheet(bytes).text) as { departments?: unknown };
      this.#catalogDepartments = Array.isArray(raw.departments) ? raw.departments : [];
      await this.rebuild();
    } catch (error) {
      this.#message =
        error instanceof JsonTextError
          ? say(this.language, 'fileNotJson', {
              detail: jsonSyntaxText(error.problem, this.language),
            })
          : say(this.language, 'loadFailed');
      this.requestUpdate();
    }
  }

  async #publish(action: () => Promise<boolean> | boolean): Promise<void> {
    if (!this.canExport) {
      this.#message = say(this.language, 'blocked');
      this.querySelector<HTMLElement>('#ff-problems')?.focus();
    } else {
      this.#message = (await action()) ? say(this.language, 'copied') : '';
    }
    this.requestUpdate();
  }

  /** Row of the spreadsheet for a problem at `forms[i]…` (the header is row 1). */
  #rowOf(problem: PayloadProblem): string {
    const match = /^(forms|departments)\[(\d+)\]/.exec(problem.path);
    if (!match) return '';
    const row = say(this.language, 'row', { row: Number(match[2]) + 2 });
    return match[1] === 'forms' ? row : `${WORKBENCH_TEXT[this.language].departmentsFile}, ${row}`;
  }

  protected override render(): TemplateResult {
    const words = WORKBENCH_TEXT[this.language];
    return html`
      <h2>${words.formsHeading}</h2>
      <p>${words.formsIntro}</p>
      <p class="wb-status" role="status">${this.#message}</p>
      <div class="wb-grid">
        <div class="wb-field">
          <label for="ff-forms-file">${words.formsFile}</label>
          <input
            id="ff-forms-file"
            type="file"
            accept=".csv,text/csv"
            @change=${(event: Event) => this.#onFile('forms', event)}
          />
        </div>
        <div class="wb-field">
          <label for="ff-departments-file">${words.departmentsFile}</label>
          <input
            id="ff-departments-file"
            type="file"
            accept=".csv,text/csv"
            @change=${(event: Event) => this.#onFile('departments', event)}
          />
        </div>
        <div class="wb-field">
          <label for="ff-catalog-file">${words.catalogFile}</label>
          <input
            id="ff-catalog-file"
            type="file"
            accept=".json,application/json"
            @change=${(event: Event) => this.#onFile('catalog', event)}
          />
        </div>
      </div>
      <div class="wb-actions">
        <button
          class="wb-button secondary"
          type="button"
          @click=${() => downloadText('formulare-vorlage.csv', csvTemplate(FORM_COLUMNS, TEMPLATE_EXAMPLE), 'text/csv')}
        >
          ${words.template}
        </button>
      </div>
      ${this.#forms ? this.#renderMapping('forms', this.#forms, FORM_COLUMNS) : html`<p>${words.noForms}</p>`}
      ${this.#departments ? this.#renderMapping('departments', this.#departments, DEPARTMENT_COLUMNS) : nothing}
      ${this.#catalog ? this.#renderResult(this.#catalog) : nothing}
    `;
  }

  #renderMapping(
    kind: 'forms' | 'departments',
    imported: ImportedTable,
    columns: CatalogColumn[],
  ): TemplateResult {
    const words = WORKBENCH_TEXT[this.language];
    return html`<fieldset>
      <legend>
        ${words.mappingHeading}: ${kind === 'forms' ? words.formsFile : words.departmentsFile}
      </legend>
      <p class="wb-hint">${words.mappingHint}</p>
      <div class="wb-grid">
        ${columns.map((column) => {
          const id = `ff-map-${kind}-${column.field}`;
          return html`<div class="wb-field">
            <label for=${id}
              >${words.fields[column.field] ?? column.field}
              ${column.required ? '' : words.optional}</label
            >
            <select
              id=${id}
              @change=${(event: Event) => {
                imported.mapping[column.field] = Number((event.target as HTMLSelectElement).value);
                void this.rebuild();
              }}
            >
              <option value="-1" ?selected=${imported.mapping[column.field] < 0}>
                ${words.notMapped}
              </option>
              ${imported.table.headers.map(
                (header, index) =>
                  html`<option value=${index} ?selected=${imported.mapping[column.field] === index}>
                    ${header}
                  </option>`,
              )}
            </select>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  #renderResult(catalog: Record<string, unknown>): TemplateResult {
    const words = WORKBENCH_TEXT[this.language];
    const errors = this.problems.filter((problem) => problem.severity === 'error');
    const count = (catalog.forms as unknown[]).length;
    const disabled = this.canExport ? 'false' : 'true';
    const json = exportJson(catalog);
    return html`
      <section aria-labelledby="ff-problems-heading">
        <div id="ff-problems" tabindex="-1" class="wb-problems ${errors.length ? '' : 'ok'}">
          <h3 id="ff-problems-heading">${words.rowProblems}</h3>
          ${
            this.problems.length
              ? html`<table>
                  <thead>
                    <tr>
                      <th scope="col">${say(this.language, 'row', { row: '' }).trim()}</th>
                      <th scope="col">${words.problemsHeading}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this.problems.map(
                      (problem) =>
                        html`<tr data-severity=${problem.severity}>
                          <td>${this.#rowOf(problem)}</td>
                          <td>${problemText(problem, this.language)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
              : html`<p>${say(this.language, 'rowsOk', { count })}</p>`
          }
          ${errors.length ? html`<p>${say(this.language, 'problemsCount', { count: errors.length })}</p>` : nothing}
        </div>
      </section>
      <section aria-labelledby="ff-try-heading">
        <h3 id="ff-try-heading">${words.tryHeading}</h3>
        <form-finder heading-level="4" cache="off" .data=${catalog}></form-finder>
      </section>
      <section aria-labelledby="ff-export-heading">
        <h3 id="ff-export-heading">${words.exportHeading}</h3>
        <div class="wb-actions">
          <button
            class="wb-button"
            type="button"
            aria-disabled=${disabled}
            @click=${() =>
              this.#publish(() => {
                downloadText('form-finder.json', json);
                return false;
              })}
          >
            ${words.downloadCatalog}
          </button>
          <button
            class="wb-button secondary"
            type="button"
            aria-disabled=${disabled}
            @click=${() => this.#publish(() => copyText(json))}
          >
            ${words.copyCatalog}
          </button>
        </div>
      </section>
    `;
  }
}
