import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { requestJson } from '../../src/core/http.js';
import { SERVICE_STATUSES } from '../../src/core/service-health.js';
import type { ServiceStatusValue } from '../../src/core/service-health.js';
import { en as statusEn } from '../../src/service-status/service-status-messages-en.js';
import { serviceStatusMessages } from '../../src/service-status/service-status-messages.js';
import type { ServiceStatusMessageKey } from '../../src/service-status/service-status-messages.js';
import { fromStatuspage } from '../../src/service-status/statuspage-adapter.js';
import { fromWallClock, nowIso, toWallClock } from './berlin-time.js';
import { slug } from './csv-import.js';
import { isStatuspageSummary } from '../../src/service-status/service-status-schema.js';
import { checkPayload, detectPayloadType, parseJsonText } from './payload-check.js';
import type { PayloadProblem } from './payload-check.js';
import { problemText, statusLabel } from './payload-messages.js';
import type { EditorLang } from './payload-messages.js';
import {
  copyText,
  downloadText,
  exportJson,
  inlineSnippet,
  saveToServer,
  withoutEmpty,
} from './publish.js';
import { cyberAttackTemplate, emptyStatus } from './status-template.js';
import type {
  EditableAlternative,
  EditableIncident,
  EditableService,
  EditableStatus,
} from './status-template.js';
import { say, WORKBENCH_TEXT } from './workbench-text.js';

const INCIDENT_STATES = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'postmortem',
] as const;
const MAINTENANCE_STATES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
const isMaintenance = (incident: EditableIncident): boolean =>
  (MAINTENANCE_STATES as readonly string[]).includes(incident.status);

/** Example data for the notices other widgets show when a service they depend on is down. */
const SAMPLE_DEFECT_CONFIG = {
  categories: [{ id: 'strassenschaden', name: 'Straßenschaden / Schlagloch' }],
  submit_url: 'https://example.invalid/api/reports',
  location: { required: false },
};
const SAMPLE_CATALOG = {
  departments: [{ id: 'buergerbuero', name: 'Bürgerbüro' }],
  forms: [
    { id: 'beispiel', title: 'Beispielformular', department: 'buergerbuero', url: '/beispiel.pdf' },
  ],
};

/** An element id for a JSON path: `services[1].status` → `st-services-1-status`. */
const fieldId = (path: string): string =>
  `st-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

const newest = (a: { at: string }, b: { at: string }): number =>
  (Date.parse(b.at) || 0) - (Date.parse(a.at) || 0);

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
  #checkRun = 0;
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
    const services = (payload.services ?? []).map((service) => ({ ...service }));
    const incidents = (payload.incidents ?? []).map((incident) => ({
      ...incident,
      updates: [...(incident.updates ?? [])].sort(newest),
    }));
    this.data = { updated_at: payload.updated_at, services, incidents } as EditableStatus;
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
    this.problems = report?.problems ?? [];
    this.#refreshPreviewUrl();
    this.requestUpdate();
    await this.updateComplete;
  }

  #t() {
    return WORKBENCH_TEXT[this.language];
  }

  #say(message: string): void {
    this.#message = message;
    this.requestUpdate();
  }

  /** After every edit: the file's date moves to now, and the checks run again. */
  #changed(service?: EditableService): void {
    const now = nowIso();
    this.data.updated_at = now;
    if (service) service.updated_at = now;
    this.requestUpdate();
    void this.check();
  }

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
      const { body } = await requestJson(url, { timeout: 10_000 });
      this.load(body);
    } catch (error) {
      this.#say(
        say(this.language, 'loadFailed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }

  async #openFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      this.load(parseJsonText((await file.text()).replace(/^\uFEFF/, '')));
    } catch (error) {
      this.#say(
        say(this.language, 'loadFailed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }

  #start(data: EditableStatus): void {
    this.data = data;
    this.#say(
      say(this.language, 'loaded', {
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

  #copy = (text: string) => async () =>
    (await copyText(text)) ? say(this.language, 'copied') : say(this.language, 'copyFailed');

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
      return say(this.language, 'saved', { status });
    } catch (error) {
      return say(this.language, 'saveFailed', {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }

  #incidentStateLabel(state: string): string {
    const key = `inc_${state}` as ServiceStatusMessageKey;
    const label = (this.language === 'en' ? statusEn : serviceStatusMessages.de)[key];
    return typeof label === 'string' ? label : state;
  }

  protected override render(): TemplateResult {
    const t = this.#t();
    return html`
      <h2>${t.statusHeading}</h2>
      <p class="wb-status" role="status">${this.#message}</p>
      <div class="wb-columns">
        <div>
          ${this.#renderOpen()} ${this.#renderProblems()}
          <form @submit=${(event: Event) => event.preventDefault()} novalidate>
            ${this.#renderServices()} ${this.#renderIncidents(false)} ${this.#renderIncidents(true)}
            ${this.#input('updated_at', t.updatedAt, this.data.updated_at, (value) => (this.data.updated_at = value), 'datetime')}
          </form>
          ${this.#renderPublish()}
        </div>
        <div class="wb-sticky">${this.#renderPreview()}</div>
      </div>
    `;
  }

  #renderOpen(): TemplateResult {
    const t = this.#t();
    return html`
      <section aria-labelledby="st-open-heading">
        <h3 id="st-open-heading">${t.openHeading}</h3>
        <form class="wb-actions" novalidate @submit=${this.#openUrl}>
          <div class="wb-field" style="flex: 1 1 16rem">
            <label for="st-open-url">${t.openUrl}</label>
            <input id="st-open-url" type="url" .value=${this.statusUrl ?? ''} autocomplete="url" />
          </div>
          <button class="wb-button secondary" type="submit">${t.openUrlButton}</button>
        </form>
        <div class="wb-field">
          <label for="st-open-file">${t.openFile}</label>
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
            @click=${() => this.#start(emptyStatus())}
          >
            ${t.startEmpty}
          </button>
          <button
            class="wb-button"
            type="button"
            @click=${() => this.#start(cyberAttackTemplate())}
          >
            ${t.templateCyber}
          </button>
        </div>
      </section>
    `;
  }

  #renderProblems(): TemplateResult {
    const t = this.#t();
    const errors = this.problems.filter((problem) => problem.severity === 'error');
    const warnings = this.problems.filter((problem) => problem.severity === 'warning');
    return html`
      <div id="st-problems" tabindex="-1" class="wb-problems ${errors.length ? '' : 'ok'}">
        <h3>${t.problemsHeading}</h3>
        <p>
          ${errors.length ? say(this.language, 'problemsCount', { count: errors.length }) : t.problemsNone}
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
              <h3>${t.warningsHeading}</h3>
              <ul>
                ${warnings.map((problem) => html`<li>${problemText(problem, this.language)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
    `;
  }

  /** One labelled field with its problems, bound to `path` of the export. */
  #input(
    path: string,
    label: string,
    value: string | undefined,
    set: (value: string) => void,
    kind: 'text' | 'textarea' | 'datetime' | 'url' | 'tel' | 'email' = 'text',
    service?: EditableService,
  ): TemplateResult {
    const id = fieldId(path);
    const problems = this.problems.filter((problem) => problem.path === path);
    const errorId = `${id}-error`;
    const onInput = (event: Event) => {
      const raw = (event.target as HTMLInputElement).value;
      set(kind === 'datetime' ? fromWallClock(raw) : raw);
      this.#changed(service);
    };
    const invalid = problems.some((problem) => problem.severity === 'error') ? 'true' : 'false';
    const described = problems.length ? errorId : undefined;
    const control =
      kind === 'textarea'
        ? html`<textarea
            id=${id}
            .value=${value ?? ''}
            aria-invalid=${invalid}
            aria-describedby=${described ?? nothing}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${id}
            type=${kind === 'datetime' ? 'datetime-local' : kind}
            .value=${kind === 'datetime' ? toWallClock(value) : (value ?? '')}
            aria-invalid=${invalid}
            aria-describedby=${described ?? nothing}
            @input=${onInput}
            @change=${kind === 'datetime' ? onInput : nothing}
          />`;
    return html`<div class="wb-field">
      <label for=${id}>${label}</label>${control}
      ${
        problems.length
          ? html`<p class="wb-error" id=${errorId}>
              ${problems.map((problem) => problemText(problem, this.language)).join(' ')}
            </p>`
          : nothing
      }
    </div>`;
  }

  #statusSelect(service: EditableService, index: number): TemplateResult {
    const t = this.#t();
    const path = `services[${index}].status`;
    const id = fieldId(path);
    const problems = this.problems.filter((problem) => problem.path === path);
    // A status written as a German word or in another case is shown as the value it means.
    const known = (SERVICE_STATUSES as readonly string[]).includes(service.status)
      ? service.status
      : '';
    return html`<div class="wb-field">
      <label for=${id}>${t.status}</label>
      <select
        id=${id}
        aria-invalid=${problems.some((problem) => problem.severity === 'error') ? 'true' : 'false'}
        aria-describedby=${problems.length ? `${id}-error` : nothing}
        @change=${(event: Event) => {
          service.status = (event.target as HTMLSelectElement).value;
          this.#changed(service);
        }}
      >
        <option value="" ?selected=${known === ''}>${t.chooseStatus}</option>
        ${SERVICE_STATUSES.map(
          (status) =>
            html`<option value=${status} ?selected=${known === status}>
              ${statusLabel(status as ServiceStatusValue, this.language)}
            </option>`,
        )}
      </select>
      ${
        problems.length
          ? html`<p class="wb-error" id="${id}-error">
              ${problems.map((problem) => problemText(problem, this.language)).join(' ')}
            </p>`
          : nothing
      }
    </div>`;
  }

  #renderServices(): TemplateResult {
    const t = this.#t();
    return html`
      <section aria-labelledby="st-services-heading">
        <h3 id="st-services-heading">${t.servicesHeading}</h3>
        ${this.data.services.map((service, index) => this.#renderService(service, index))}
        <div class="wb-actions">
          <button
            class="wb-button secondary"
            type="button"
            @click=${() => {
              this.data.services.push({ id: '', name: '', status: '' });
              this.#changed();
            }}
          >
            ${t.addService}
          </button>
        </div>
      </section>
    `;
  }

  #renderService(service: EditableService, index: number): TemplateResult {
    const t = this.#t();
    const base = `services[${index}]`;
    const name = service.name || `${t.service} ${index + 1}`;
    return html`<fieldset>
      <legend>${name}</legend>
      <div class="wb-grid">
        ${this.#input(
          `${base}.name`,
          t.serviceName,
          service.name,
          (value) => {
            // The id follows the name until the editor sets one: ids are what pages refer to.
            if (!service.id || service.id === slug(service.name))
              service.id = value ? slug(value) : '';
            service.name = value;
          },
          'text',
          service,
        )}
        ${this.#input(`${base}.id`, t.serviceId, service.id, (value) => (service.id = value.trim()), 'text', service)}
      </div>
      ${this.#statusSelect(service, index)}
      ${this.#input(`${base}.message`, t.message, service.message, (value) => (service.message = value), 'textarea', service)}
      <fieldset>
        <legend>${t.alternatives}</legend>
        ${(service.alternatives ?? []).map((alternative, position) =>
          this.#renderAlternative(
            service,
            alternative,
            `${base}.alternatives[${position}]`,
            position,
          ),
        )}
        <button
          class="wb-button secondary"
          type="button"
          @click=${() => {
            (service.alternatives ??= []).push({ label: '' });
            this.#changed(service);
          }}
        >
          ${t.addAlternative}
        </button>
      </fieldset>
      <button
        class="wb-button secondary"
        type="button"
        @click=${() => {
          this.data.services.splice(index, 1);
          this.#changed();
        }}
      >
        ${say(this.language, 'removeService', { name })}
      </button>
    </fieldset>`;
  }

  #renderAlternative(
    service: EditableService,
    alternative: EditableAlternative,
    base: string,
    position: number,
  ): TemplateResult {
    const t = this.#t();
    const field = (
      key: keyof EditableAlternative,
      label: string,
      kind: 'text' | 'url' | 'tel' | 'email',
    ) =>
      this.#input(
        `${base}.${key}`,
        label,
        alternative[key],
        (value) => (alternative[key] = value),
        kind,
        service,
      );
    return html`<fieldset>
      <legend>${t.alternative} ${position + 1}</legend>
      <div class="wb-grid">
        ${field('label', t.label, 'text')} ${field('phone', t.phone, 'tel')}
        ${field('email', t.email, 'email')} ${field('url', t.url, 'url')}
        ${field('hours', t.hours, 'text')}
      </div>
      <button
        class="wb-button secondary"
        type="button"
        @click=${() => {
          service.alternatives?.splice(position, 1);
          this.#changed(service);
        }}
      >
        ${t.removeAlternative} ${position + 1}
      </button>
    </fieldset>`;
  }

  #renderIncidents(maintenance: boolean): TemplateResult {
    const t = this.#t();
    const headingId = maintenance ? 'st-maintenance-heading' : 'st-incidents-heading';
    const entries = this.data.incidents
      .map((incident, index) => ({ incident, index }))
      .filter(({ incident }) => isMaintenance(incident) === maintenance);
    return html`
      <section aria-labelledby=${headingId}>
        <h3 id=${headingId}>${maintenance ? t.maintenanceHeading : t.incidentsHeading}</h3>
        ${entries.map(({ incident, index }) => this.#renderIncident(incident, index, maintenance))}
        <div class="wb-actions">
          <button
            class="wb-button secondary"
            type="button"
            @click=${() => {
              const now = nowIso();
              this.data.incidents.push({
                id: '',
                title: '',
                status: maintenance ? 'scheduled' : 'investigating',
                started_at: now,
                services: [],
                updates: maintenance ? [] : [{ at: now, text: '' }],
              });
              this.#changed();
            }}
          >
            ${maintenance ? t.addMaintenance : t.addIncident}
          </button>
        </div>
      </section>
    `;
  }

  #renderIncident(incident: EditableIncident, index: number, maintenance: boolean): TemplateResult {
    const t = this.#t();
    const base = `incidents[${index}]`;
    const name = incident.title || `${maintenance ? t.maintenance : t.incident} ${index + 1}`;
    const states: readonly string[] = maintenance ? MAINTENANCE_STATES : INCIDENT_STATES;
    const statusId = fieldId(`${base}.status`);
    const serviceIds = this.data.services.map((service) => service.id).filter(Boolean);
    return html`<fieldset>
      <legend>${name}</legend>
      ${this.#input(`${base}.title`, t.incidentTitle, incident.title, (value) => {
        if (!incident.id || incident.id === slug(incident.title))
          incident.id = value ? slug(value) : '';
        incident.title = value;
      })}
      <div class="wb-grid">
        <div class="wb-field">
          <label for=${statusId}>${t.incidentStatus}</label>
          <select
            id=${statusId}
            @change=${(event: Event) => {
              incident.status = (event.target as HTMLSelectElement).value;
              this.#changed();
            }}
          >
            ${(states.includes(incident.status) ? states : [incident.status, ...states]).map(
              (state) =>
                html`<option value=${state} ?selected=${incident.status === state}>
                  ${this.#incidentStateLabel(state)}
                </option>`,
            )}
          </select>
        </div>
        ${this.#input(`${base}.started_at`, t.startedAt, incident.started_at, (value) => (incident.started_at = value), 'datetime')}
        ${
          maintenance
            ? this.#input(
                `${base}.scheduled_until`,
                t.scheduledUntil,
                incident.scheduled_until,
                (value) => (incident.scheduled_until = value),
                'datetime',
              )
            : nothing
        }
      </div>
      ${
        serviceIds.length
          ? html`<fieldset>
              <legend>${t.affected}</legend>
              ${serviceIds.map((id) => {
                const checkboxId = fieldId(`${base}.services.${id}`);
                return html`<div>
                  <input
                    type="checkbox"
                    id=${checkboxId}
                    .checked=${(incident.services ?? []).includes(id)}
                    @change=${(event: Event) => {
                      const checked = (event.target as HTMLInputElement).checked;
                      const others = (incident.services ?? []).filter((other) => other !== id);
                      incident.services = checked ? [...others, id] : others;
                      this.#changed();
                    }}
                  />
                  <label for=${checkboxId}
                    >${this.data.services.find((service) => service.id === id)?.name || id}</label
                  >
                </div>`;
              })}
            </fieldset>`
          : nothing
      }
      <fieldset>
        <legend>${t.updates}</legend>
        <button
          class="wb-button secondary"
          type="button"
          @click=${() => {
            (incident.updates ??= []).unshift({ at: nowIso(), text: '' });
            this.#changed();
          }}
        >
          ${t.addUpdate}
        </button>
        ${(incident.updates ?? []).map(
          (update, position) =>
            html`<div class="wb-grid">
              ${this.#input(`${base}.updates[${position}].at`, t.updateAt, update.at, (value) => (update.at = value), 'datetime')}
              ${this.#input(`${base}.updates[${position}].text`, t.updateText, update.text, (value) => (update.text = value), 'textarea')}
              <div class="wb-actions">
                <button
                  class="wb-button secondary"
                  type="button"
                  @click=${() => {
                    incident.updates?.splice(position, 1);
                    this.#changed();
                  }}
                >
                  ${t.removeUpdate}
                </button>
              </div>
            </div>`,
        )}
      </fieldset>
      <button
        class="wb-button secondary"
        type="button"
        @click=${() => {
          this.data.incidents.splice(index, 1);
          this.#changed();
        }}
      >
        ${say(this.language, 'removeIncident', { name })}
      </button>
    </fieldset>`;
  }

  #renderPublish(): TemplateResult {
    const t = this.#t();
    const disabled = this.canExport ? 'false' : 'true';
    const json = exportJson(this.exportData);
    return html`
      <section aria-labelledby="st-publish-heading">
        <h3 id="st-publish-heading">${t.publishHeading}</h3>
        ${this.canExport ? nothing : html`<p class="wb-error">${t.blocked}</p>`}
        <div class="wb-actions">
          <button
            class="wb-button"
            type="button"
            id="st-download"
            aria-disabled=${disabled}
            @click=${() =>
              this.#publish(() => {
                downloadText('service-status.json', json);
                return '';
              })}
          >
            ${t.download}
          </button>
          <button
            class="wb-button secondary"
            type="button"
            aria-disabled=${disabled}
            @click=${() => this.#publish(this.#copy(json))}
          >
            ${t.copyJson}
          </button>
          <button
            class="wb-button secondary"
            type="button"
            aria-disabled=${disabled}
            @click=${() => this.#publish(this.#copy(this.#snippet()))}
          >
            ${t.copySnippet}
          </button>
        </div>
        <p class="wb-hint">${t.snippetHint}</p>
        ${
          this.canExport
            ? html`<div class="wb-field">
                <label for="st-snippet">${t.snippet}</label>
                <textarea id="st-snippet" readonly rows="8" .value=${this.#snippet()}></textarea>
              </div>`
            : nothing
        }
        ${
          this.saveUrl
            ? html`<details>
                <summary>${t.saveButton}</summary>
                <p class="wb-hint">${t.saveHint}</p>
                <div class="wb-field">
                  <label for="st-save-url">${t.saveUrl}</label>
                  <input id="st-save-url" type="url" .value=${this.saveUrl} />
                </div>
                <div class="wb-grid">
                  <div class="wb-field">
                    <label for="st-save-token">${t.saveToken}</label>
                    <input id="st-save-token" type="password" autocomplete="off" />
                  </div>
                  <div class="wb-field">
                    <label for="st-save-method">${t.saveMethod}</label>
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
                  ${t.saveButton}
                </button>
              </details>`
            : nothing
        }
      </section>
    `;
  }

  #renderPreview(): TemplateResult {
    const t = this.#t();
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
      <h3 id="st-preview-heading">${t.previewHeading}</h3>
      <fieldset>
        <legend>${t.previewWidth}</legend>
        ${choice('phone', t.previewPhone)} ${choice('desktop', t.previewDesktop)}
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
                  <form-finder
                    service=${impaired.id}
                    heading-level="4"
                    cache="off"
                    .data=${SAMPLE_CATALOG}
                  ></form-finder>
                  <defect-reporter
                    service=${impaired.id}
                    heading-level="4"
                    cache="off"
                    .data=${SAMPLE_DEFECT_CONFIG}
                  ></defect-reporter>
                </city-services>`
            : html`<p>${t.previewNoImpaired}</p>`
        }
      </div>
    </section>`;
  }
}
