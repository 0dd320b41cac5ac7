import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { EndpointError } from '../../src/core/endpoint-error.js';
import { requestJson } from '../../src/core/http.js';
import { SERVICE_STATUSES } from '../../src/core/service-health.js';
import { readServiceStatus } from '../../src/core/status-words.js';
import { fromStatuspage } from '../../src/service-status/statuspage-adapter.js';
import { nowIso } from './berlin-time.js';
import { isStatuspageSummary } from '../../src/service-status/service-status-schema.js';
import { checkPayload, detectPayloadType, JsonTextError, parseJsonText } from './payload-check.js';
import type { PayloadProblem } from './payload-check.js';
import { jsonSyntaxText, problemText } from './payload-messages.js';
import type { EditorLang } from './payload-messages.js';
import {
  copyText,
  downloadText,
  exportJson,
  inlineSnippet,
  saveToServer,
  withoutEmpty,
} from './publish.js';
import { fieldId, StatusForm } from './status-form.js';
import { cyberAttackTemplate, emptyStatus } from './status-template.js';
import type { EditableService, EditableStatus } from './status-template.js';
import { say, WORKBENCH_TEXT } from './workbench-text.js';

/** Example data for the notices other widgets show when a service they depend on is down. */
const SAMPLE_CATALOG = {
  departments: [{ id: 'buergerbuero', name: 'Bürgerbüro' }],
  forms: [
    { id: 'beispiel', title: 'Beispielformular', department: 'buergerbuero', url: '/beispiel.pdf' },
  ],
};

/**
 * The other widgets of the preview read their data from addresses (blob URLs), as on a page:
 * what they say about a down service depends on their own endpoint (civic-widget.ts,
 * `renderServiceNotice`). One whose data comes shows a short note; one whose data fails too
 * (here: a file of the wrong shape, as when its back end is down) the editor's message.
 */
let sampleEndpoints: { working: string; failing: string } | undefined;
function sampleEndpoint(which: 'working' | 'failing'): string {
  const json = (value: unknown) =>
    URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
  sampleEndpoints ??= { working: json(SAMPLE_CATALOG), failing: json({}) };
  return sampleEndpoints[which];
}

/**
 * A status as the editor's form holds it: the contract's value. A file written by hand may say
 * "Gestört", "Wartung" or "teilweise  gestört": the select then shows the status the widgets
 * read from it (the same reading, src/core/status-words.ts), not "bitte wählen". Anything else
 * stays as written, and the check says what is wrong with it.
 */
const statusValue = (written: unknown): string =>
  readServiceStatus(written) ?? (typeof written === 'string' ? written : '');

const newest = (first: { at: string }, second: { at: string }): number =>
  (Date.parse(second.at) || 0) - (Date.parse(first.at) || 0);

/**
 * "Störung eintragen": opens the status file (URL, file, empty, template), edits every field of
 * the service-status contract, checks it as the widget does while the editor types, previews it
 * in the real widgets and publishes it (download, clipboard, inline snippet, optional save URL).
 * Invalid data cannot be exported.
 */
export class StatusEditor extends LitElement {
  static override properties = {
    language: { attribute: false },
    saveUrl: { attribute: 'save-url' },
    statusUrl: { attribute: 'status-url' },
  };

  /** Language of the workbench. */
  declare language: EditorLang;
  /** The city's save address (PUT/POST with a token): off when absent. */
  declare saveUrl?: string;
  /** Address the "open" field starts with. */
  declare statusUrl?: string;

  /** The data as edited: the contract's shape, with '' where a field is still empty. */
  data: EditableStatus = emptyStatus();
  /** The problems of the exported form of `data`, as the widget's checks find them. */
  problems: PayloadProblem[] = [];
  #message = '';
  /** The id each service had when its file (or the template) was opened: what pages refer to. */
  #openedIds = new WeakMap<EditableService, string>();
  /** Edits since the data was opened, not yet downloaded, copied or saved. */
  #unsaved = false;
  #checkRun = 0;
  /** The edit being taken is one of the file's date ("Stand der Statusdatei"): keep it. */
  #fileDateTyped = false;
  readonly #form = new StatusForm(this);
  #previewUrl = '';
  #previewWidth: 'phone' | 'desktop' = 'phone';

  constructor() {
    super();
    this.language = 'de';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#previewUrl) URL.revokeObjectURL(this.#previewUrl);
  }

  /** The payload as it is published: empty optional fields left out. */
  get exportData(): Record<string, unknown> {
    const cleaned = withoutEmpty(this.data) as unknown as Record<string, unknown>;
    return { ...cleaned, services: cleaned.services ?? [] };
  }

  get canExport(): boolean {
    return !this.problems.some((problem) => problem.severity === 'error');
  }

  /** Replaces the data with a status payload (this contract, or Statuspage's summary.json). */
  load(raw: unknown): void {
    const payload = (
      isStatuspageSummary(raw) ? fromStatuspage(raw) : raw
    ) as Partial<EditableStatus>;
    if (detectPayloadType(payload) !== 'status') {
      this.#say(say(this.language, 'notStatus'));
      return;
    }
    const services = (payload.services ?? []).map((service) => ({
      ...service,
      status: statusValue(service.status),
    }));
    const incidents = (payload.incidents ?? []).map((incident) => ({
      ...incident,
      updates: [...(incident.updates ?? [])].sort(newest),
    }));
    const { updated_at, groups } = payload;
    this.#open({ updated_at, services, groups, incidents } as EditableStatus);
    this.#say(
      say(this.language, 'loaded', { count: services.length, incidents: incidents.length }),
    );
    void this.check();
  }

  /** Checks the export with the widget's checks; resolves when the problems are on screen. */
  async check(): Promise<void> {
    const run = ++this.#checkRun;
    const report = await checkPayload(this.exportData, 'status');
    if (run !== this.#checkRun) return;
    this.problems = [...(report?.problems ?? []), ...this.#changedIds()];
    this.#refreshPreviewUrl();
    this.requestUpdate();
    await this.updateComplete;
  }

  /** The id `service` had when its file was opened; undefined for a service added here. */
  openedId(service: EditableService): string | undefined {
    return this.#openedIds.get(service);
  }

  /** Replaces the data, remembering the id of every service it brings. */
  #open(data: EditableStatus): void {
    this.data = data;
    this.#openedIds = new WeakMap(data.services.map((service) => [service, service.id]));
    this.#unsaved = false;
  }

  /**
   * Whether the data may be replaced: yes when nothing was edited since it was opened or
   * published; otherwise the editor is asked (a native dialog: it is modal and announced).
   */
  #mayReplace(): boolean {
    return !this.#unsaved || window.confirm(say(this.language, 'discardEdits'));
  }

  /**
   * A warning for each opened service whose id the editor changed. Not an error: a rename can be
   * intended (the pages' service="…" is changed too), and blocking would keep an outage from
   * being published; the service itself still shows in every list. But a typo here silently
   * takes the notice off the pages that name the old id, so it is said at the field and above.
   */
  #changedIds(): PayloadProblem[] {
    return this.data.services.flatMap((service, index): PayloadProblem[] => {
      const openedId = this.#openedIds.get(service);
      const id = service.id.trim();
      if (openedId === undefined || !id || id === openedId) return [];
      return [
        {
          severity: 'warning',
          kind: 'changed-id',
          path: `services[${index}].id`,
          field: 'id',
          entry: service.name || openedId,
          value: id,
          openedId,
        },
      ];
    });
  }

  #words() {
    return WORKBENCH_TEXT[this.language];
  }

  #say(message: string): void {
    this.#message = message;
    this.requestUpdate();
  }

  /**
   * After every edit: the file's date moves to now (but for an edit of that date itself, which
   * stays as typed until the next edit), and the checks run again.
   */
  changed(service?: EditableService): void {
    const now = nowIso();
    if (!this.#fileDateTyped) this.data.updated_at = now;
    this.#fileDateTyped = false;
    if (service) service.updated_at = now;
    this.#unsaved = true;
    this.requestUpdate();
    void this.check();
  }

  readonly #setFileDate = (value: string): void => {
    this.data.updated_at = value;
    this.#fileDateTyped = true;
  };

  /** `<city-services>` of the preview reads the statuses from an address: a blob URL of the export. */
  #refreshPreviewUrl(): void {
    if (this.#previewUrl) URL.revokeObjectURL(this.#previewUrl);
    this.#previewUrl = URL.createObjectURL(
      new Blob([JSON.stringify(this.exportData)], { type: 'application/json' }),
    );
  }

  async #openUrl(event: Event): Promise<void> {
    event.preventDefault();
    const input = this.querySelector<HTMLInputElement>('#st-open-url');
    const url = input?.value.trim();
    if (!url) return;
    try {
      // The text, not the parsed data: a broken file is said with its line (parseJsonText).
      const { body } = await requestJson(url, { timeout: 10_000, asBlob: true });
      const raw = parseJsonText((await (body as Blob).text()).replace(/^\uFEFF/, ''));
      if (this.#mayReplace()) this.load(raw);
    } catch (error) {
      this.#say(this.#loadFailure(error, url));
    }
  }

  /**
   * Why a status file could not be loaded, in the editor's words (not the error's internals).
   * A request without an answer is said with what the browser may not do, which it does not
   * tell the page apart from a server that is down: load from a workbench opened as a file, or
   * read another server's file that server does not allow (CORS).
   */
  #loadFailure(error: unknown, url?: string): string {
    if (error instanceof JsonTextError) {
      // From an address, a web page (a CMS's page, a login) means the address is wrong; any
      // other broken text is the file's, at the place the scan found.
      if (url && error.problem?.slip === 'unexpected' && error.problem.found === '<')
        return say(this.language, 'loadNotJsonPage');
      const detail = jsonSyntaxText(error.problem, this.language);
      return say(this.language, url ? 'loadNotJson' : 'fileNotJson', { detail });
    }
    if (!(error instanceof EndpointError)) return say(this.language, 'loadFailed');
    const status = error.status ?? 0;
    switch (error.kind) {
      case 'http': {
        const gone = status === 404 || status === 410;
        return say(this.language, gone ? 'loadNotFound' : 'loadHttpError', { status });
      }
      case 'network': {
        if (location.protocol === 'file:') return say(this.language, 'loadFromFile');
        const { origin } = location;
        return url && new URL(url, location.href).origin !== origin
          ? say(this.language, 'loadElsewhere', { origin })
          : say(this.language, 'loadNoAnswer');
      }
      case 'timeout':
        return say(this.language, 'loadTimeout');
      default:
        return say(this.language, 'loadFailed');
    }
  }

  async #openFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const raw = parseJsonText((await file.text()).replace(/^\uFEFF/, ''));
      if (this.#mayReplace()) this.load(raw);
    } catch (error) {
      this.#say(this.#loadFailure(error));
    }
  }

  /** "Leer beginnen" and the template: a fresh start, after asking when edits would be lost. */
  #start(data: EditableStatus, started: 'startedEmpty' | 'templateTaken'): void {
    if (!this.#mayReplace()) return;
    this.#open(data);
    this.#say(
      say(this.language, started, {
        count: data.services.length,
        incidents: data.incidents.length,
      }),
    );
    void this.check();
  }

  /** Runs a publishing action only when the data is valid; otherwise says why and goes to the errors. */
  async #publish(action: () => Promise<string> | string): Promise<void> {
    if (!this.canExport) {
      this.#say(say(this.language, 'blocked'));
      this.querySelector<HTMLElement>('#st-problems')?.focus();
      return;
    }
    this.#say(await action());
  }

  /** The edits left the workbench (downloaded, copied, saved): replacing them loses nothing. */
  #published(message: string): string {
    this.#unsaved = false;
    return message;
  }

  #copy = (text: string) => async () =>
    (await copyText(text))
      ? this.#published(say(this.language, 'copied'))
      : say(this.language, 'copyFailed');

  #snippet(): string {
    return inlineSnippet('service-status', '', this.exportData);
  }

  async #save(): Promise<string> {
    const url = this.querySelector<HTMLInputElement>('#st-save-url')?.value.trim() ?? '';
    const token = this.querySelector<HTMLInputElement>('#st-save-token')?.value ?? '';
    const method = (this.querySelector<HTMLSelectElement>('#st-save-method')?.value ?? 'PUT') as
      'PUT' | 'POST';
    try {
      const status = await saveToServer(url, method, token, exportJson(this.exportData));
      return this.#published(say(this.language, 'saved', { status }));
    } catch (error) {
      return this.#saveFailure(error);
    }
  }

  /** Why saving failed, in the editor's words, with what to do (not the error's internals). */
  #saveFailure(error: unknown): string {
    if (!(error instanceof EndpointError)) return say(this.language, 'saveFailed');
    const status = error.status ?? 0;
    switch (error.kind) {
      case 'http':
        if (status === 401 || status === 403) return say(this.language, 'saveRefused', { status });
        if (status === 404 || status === 405) return say(this.language, 'saveNoTarget', { status });
        return say(this.language, 'saveHttpError', { status });
      case 'network':
        return say(this.language, 'saveNoAnswer');
      case 'timeout':
        return say(this.language, 'saveTimeout');
      default:
        return say(this.language, 'saveFailed');
    }
  }

  /**
   * Below the two columns' width the preview comes after the whole form (at 320 px thousands of
   * pixels down): the link takes the editor there. It scrolls and focuses the heading itself,
   * because the page's hash names the open tab.
   */
  #jumpToPreview = (event: Event): void => {
    event.preventDefault();
    const heading = this.querySelector<HTMLElement>('#st-preview-heading');
    heading?.scrollIntoView();
    heading?.focus();
  };

  protected override render(): TemplateResult {
    const words = this.#words();
    return html`
      <h2>${words.statusHeading}</h2>
      <p class="wb-jump">
        <a href="#st-preview-heading" @click=${this.#jumpToPreview}>${words.jumpToPreview}</a>
      </p>
      <p class="wb-status" role="status">${this.#message}</p>
      <div class="wb-columns">
        <div>
          ${this.#renderOpen()} ${this.#renderProblems()}
          <form @submit=${(event: Event) => event.preventDefault()} novalidate>
            ${this.#form.renderServices()} ${this.#form.renderIncidents(false)}
            ${this.#form.renderIncidents(true)}
            ${this.#form.input('updated_at', words.updatedAt, this.data.updated_at, this.#setFileDate, 'datetime')}
          </form>
          ${this.#renderPublish()}
        </div>
        <div class="wb-sticky">${this.#renderPreview()}</div>
      </div>
    `;
  }

  #renderOpen(): TemplateResult {
    const words = this.#words();
    return html`
      <section aria-labelledby="st-open-heading">
        <h3 id="st-open-heading">${words.openHeading}</h3>
        <form class="wb-actions" novalidate @submit=${this.#openUrl}>
          <div class="wb-field" style="flex: 1 1 16rem">
            <label for="st-open-url">${words.openUrl}</label>
            <input id="st-open-url" type="url" .value=${this.statusUrl ?? ''} autocomplete="url" />
          </div>
          <button class="wb-button secondary" type="submit">${words.openUrlButton}</button>
        </form>
        <div class="wb-field">
          <label for="st-open-file">${words.openFile}</label>
          <input
            id="st-open-file"
            type="file"
            accept=".json,application/json"
            @change=${this.#openFile}
          />
        </div>
        <div class="wb-actions">
          <button
            class="wb-button secondary"
            type="button"
            @click=${() => this.#start(emptyStatus(), 'startedEmpty')}
          >
            ${words.startEmpty}
          </button>
          <button
            class="wb-button"
            type="button"
            @click=${() => this.#start(cyberAttackTemplate(), 'templateTaken')}
          >
            ${words.templateCyber}
          </button>
        </div>
      </section>
    `;
  }

  #renderProblems(): TemplateResult {
    const words = this.#words();
    const errors = this.problems.filter((problem) => problem.severity === 'error');
    const warnings = this.problems.filter((problem) => problem.severity === 'warning');
    return html`
      <div id="st-problems" tabindex="-1" class="wb-problems ${errors.length ? '' : 'ok'}">
        <h3>${errors.length ? words.problemsHeading : words.checkedHeading}</h3>
        <p>
          ${errors.length ? say(this.language, 'problemsCount', { count: errors.length }) : words.problemsNone}
        </p>
        ${
          errors.length
            ? html`<ul>
                ${errors.map((problem) => html`<li><a href="#${fieldId(problem.path)}">${problemText(problem, this.language)}</a></li>`)}
              </ul>`
            : nothing
        }
      </div>
      ${
        warnings.length
          ? html`<div class="wb-warnings">
              <h3>${words.warningsHeading}</h3>
              <ul>
                ${warnings.map((problem) => html`<li><a href="#${fieldId(problem.path)}">${problemText(problem, this.language)}</a></li>`)}
              </ul>
            </div>`
          : nothing
      }
    `;
  }

  #renderPublish(): TemplateResult {
    const words = this.#words();
    const disabled = this.canExport ? 'false' : 'true';
    const json = exportJson(this.exportData);
    return html`
      <section aria-labelledby="st-publish-heading">
        <h3 id="st-publish-heading">${words.publishHeading}</h3>
        ${this.canExport ? nothing : html`<p class="wb-error">${words.blocked}</p>`}
        <div class="wb-actions">
          <button
            class="wb-button"
            type="button"
            id="st-download"
            aria-disabled=${disabled}
            @click=${() =>
              this.#publish(() => {
                downloadText('service-status.json', json);
                return this.#published('');
              })}
          >
            ${words.download}
          </button>
          <button
            class="wb-button secondary"
            type="button"
            aria-disabled=${disabled}
            @click=${() => this.#publish(this.#copy(json))}
          >
            ${words.copyJson}
          </button>
          <button
            class="wb-button secondary"
            type="button"
            aria-disabled=${disabled}
            @click=${() => this.#publish(this.#copy(this.#snippet()))}
          >
            ${words.copySnippet}
          </button>
        </div>
        <p class="wb-hint">${words.snippetHint}</p>
        ${
          this.canExport
            ? html`<div class="wb-field">
                <label for="st-snippet">${words.snippet}</label>
                <textarea id="st-snippet" readonly rows="8" .value=${this.#snippet()}></textarea>
              </div>`
            : nothing
        }
        ${
          this.saveUrl
            ? html`<details>
                <summary>${words.saveButton}</summary>
                <p class="wb-hint">${words.saveHint}</p>
                <div class="wb-field">
                  <label for="st-save-url">${words.saveUrl}</label>
                  <input id="st-save-url" type="url" .value=${this.saveUrl} />
                </div>
                <div class="wb-grid">
                  <div class="wb-field">
                    <label for="st-save-token">${words.saveToken}</label>
                    <input id="st-save-token" type="password" autocomplete="off" />
                  </div>
                  <div class="wb-field">
                    <label for="st-save-method">${words.saveMethod}</label>
                    <select id="st-save-method">
                      <option>PUT</option>
                      <option>POST</option>
                    </select>
                  </div>
                </div>
                <button
                  class="wb-button"
                  type="button"
                  aria-disabled=${disabled}
                  @click=${() => this.#publish(() => this.#save())}
                >
                  ${words.saveButton}
                </button>
              </details>`
            : nothing
        }
      </section>
    `;
  }

  #renderPreview(): TemplateResult {
    const words = this.#words();
    const data = this.exportData;
    const impaired = this.data.services.find(
      (service) =>
        service.id &&
        (SERVICE_STATUSES as readonly string[]).includes(service.status) &&
        service.status !== 'operational',
    );
    // One width at a time: two copies of the widgets would give the page every landmark twice.
    const width = this.#previewWidth;
    const choice = (value: 'phone' | 'desktop', label: string) =>
      html`<label>
        <input
          type="radio"
          name="st-preview-width"
          value=${value}
          .checked=${width === value}
          @change=${() => {
            this.#previewWidth = value;
            this.requestUpdate();
          }}
        />
        ${label}
      </label>`;
    return html`<section aria-labelledby="st-preview-heading" lang=${this.language}>
      <h3 id="st-preview-heading" tabindex="-1">${words.previewHeading}</h3>
      <fieldset>
        <legend>${words.previewWidth}</legend>
        ${choice('phone', words.previewPhone)} ${choice('desktop', words.previewDesktop)}
      </fieldset>
      <div class="wb-frame ${width}" data-preview=${width}>
        <service-status
          variant="banner"
          heading-level="4"
          cache="off"
          refresh="0"
          .data=${data}
        ></service-status>
        <service-status heading-level="4" cache="off" refresh="0" .data=${data}></service-status>
        <service-status
          variant="badge"
          heading-level="4"
          cache="off"
          refresh="0"
          .data=${data}
        ></service-status>
        ${
          impaired
            ? html`<p>
                  <strong>${say(this.language, 'previewNotice', { name: impaired.name })}</strong>
                </p>
                <city-services status-endpoint=${this.#previewUrl} refresh="0">
                  <p>${words.previewNoticeWorking}</p>
                  <form-finder
                    service=${impaired.id}
                    heading-level="4"
                    cache="off"
                    endpoint=${sampleEndpoint('working')}
                  ></form-finder>
                  <p>${words.previewNoticeFailing}</p>
                  <defect-reporter
                    service=${impaired.id}
                    heading-level="4"
                    cache="off"
                    endpoint=${sampleEndpoint('failing')}
                  ></defect-reporter>
                </city-services>`
            : html`<p>${words.previewNoImpaired}</p>`
        }
      </div>
    </section>`;
  }
}
