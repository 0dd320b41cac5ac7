import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { SERVICE_STATUSES } from '../../src/core/service-health.js';
import type { ServiceStatusValue } from '../../src/core/service-health.js';
import { en as statusEn } from '../../src/service-status/service-status-messages-en.js';
import { serviceStatusMessages } from '../../src/service-status/service-status-messages.js';
import type { ServiceStatusMessageKey } from '../../src/service-status/service-status-messages.js';
import { fromWallClock, nowIso, toWallClock } from './berlin-time.js';
import { slug } from './csv-import.js';
import type { PayloadProblem } from './payload-check.js';
import { problemText, statusLabel } from './payload-messages.js';
import type { EditorLang } from './payload-messages.js';
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

/** An element id for a JSON path: `services[1].status` → `st-services-1-status`. */
export const fieldId = (path: string): string =>
  `st-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

/** What the form reads from and reports to the element that holds the data. */
export interface StatusFormHost {
  readonly language: EditorLang;
  readonly data: EditableStatus;
  /** The problems of the export, each at its JSON path. */
  readonly problems: PayloadProblem[];
  /**
   * The id `service` had in the file that was opened (or the template), which pages may refer
   * to with `service="…"`; undefined for a service the editor added.
   */
  openedId(service: EditableService): string | undefined;
  /** After every edit; `service` is the service the edit belongs to. */
  changed(service?: EditableService): void;
}

/**
 * The fields of the service-status contract as a form: services with their status, message and
 * alternatives; incidents and scheduled maintenance with their updates, newest first. Each field
 * shows the problems the widget's checks find at its path, linked by `aria-describedby`.
 */
export class StatusForm {
  readonly #host: StatusFormHost;

  constructor(host: StatusFormHost) {
    this.#host = host;
  }

  #incidentStateLabel(state: string): string {
    const key = `inc_${state}` as ServiceStatusMessageKey;
    const label = (this.#host.language === 'en' ? statusEn : serviceStatusMessages.de)[key];
    return typeof label === 'string' ? label : state;
  }

  /** One labelled field with its problems, bound to `path` of the export. */
  input(
    path: string,
    label: string,
    value: string | undefined,
    set: (value: string) => void,
    kind: 'text' | 'textarea' | 'datetime' | 'url' | 'tel' | 'email' = 'text',
    service?: EditableService,
  ): TemplateResult {
    const id = fieldId(path);
    const problems = this.#host.problems.filter((problem) => problem.path === path);
    const errorId = `${id}-error`;
    const onInput = (event: Event) => {
      const raw = (event.target as HTMLInputElement).value;
      set(kind === 'datetime' ? fromWallClock(raw) : raw);
      this.#host.changed(service);
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
          ? html`<p class=${invalid === 'true' ? 'wb-error' : 'wb-warning'} id=${errorId}>
              ${problems.map((problem) => problemText(problem, this.#host.language)).join(' ')}
            </p>`
          : nothing
      }
    </div>`;
  }

  #statusSelect(service: EditableService, index: number): TemplateResult {
    const words = WORKBENCH_TEXT[this.#host.language];
    const path = `services[${index}].status`;
    const id = fieldId(path);
    const problems = this.#host.problems.filter((problem) => problem.path === path);
    // A status written as a German word or in another case is shown as the value it means.
    const known = (SERVICE_STATUSES as readonly string[]).includes(service.status)
      ? service.status
      : '';
    return html`<div class="wb-field">
      <label for=${id}>${words.status}</label>
      <select
        id=${id}
        aria-invalid=${problems.some((problem) => problem.severity === 'error') ? 'true' : 'false'}
        aria-describedby=${problems.length ? `${id}-error` : nothing}
        @change=${(event: Event) => {
          service.status = (event.target as HTMLSelectElement).value;
          this.#host.changed(service);
        }}
      >
        <option value="" ?selected=${known === ''}>${words.chooseStatus}</option>
        ${SERVICE_STATUSES.map(
          (status) =>
            html`<option value=${status} ?selected=${known === status}>
              ${statusLabel(status as ServiceStatusValue, this.#host.language)}
            </option>`,
        )}
      </select>
      ${
        problems.length
          ? html`<p class="wb-error" id="${id}-error">
              ${problems.map((problem) => problemText(problem, this.#host.language)).join(' ')}
            </p>`
          : nothing
      }
    </div>`;
  }

  renderServices(): TemplateResult {
    const words = WORKBENCH_TEXT[this.#host.language];
    return html`
      <section aria-labelledby="st-services-heading" id=${fieldId('services')} tabindex="-1">
        <h3 id="st-services-heading">${words.servicesHeading}</h3>
        ${this.#host.data.services.map((service, index) => this.#renderService(service, index))}
        ${this.#host.problems
          .filter((problem) => problem.path === 'services')
          .map(
            (problem) => html`<p class="wb-error">${problemText(problem, this.#host.language)}</p>`,
          )}
        <div class="wb-actions">
          <button
            class="wb-button secondary"
            type="button"
            @click=${() => {
              this.#host.data.services.push({ id: '', name: '', status: '' });
              this.#host.changed();
            }}
          >
            ${words.addService}
          </button>
        </div>
      </section>
    `;
  }

  #renderService(service: EditableService, index: number): TemplateResult {
    const words = WORKBENCH_TEXT[this.#host.language];
    const base = `services[${index}]`;
    const name = service.name || `${words.service} ${index + 1}`;
    return html`<fieldset>
      <legend>${name}</legend>
      <div class="wb-grid">
        ${this.input(
          `${base}.name`,
          words.serviceName,
          service.name,
          (value) => {
            // The id follows the name only for a new service until the editor sets one: ids are
            // what pages refer to (service="…"), so an opened service keeps its id when renamed.
            const opened = this.#host.openedId(service) !== undefined;
            if (!opened && (!service.id || service.id === slug(service.name)))
              service.id = value ? slug(value) : '';
            service.name = value;
          },
          'text',
          service,
        )}
        ${this.input(`${base}.id`, words.serviceId, service.id, (value) => (service.id = value.trim()), 'text', service)}
      </div>
      ${this.#statusSelect(service, index)}
      ${this.input(`${base}.message`, words.message, service.message, (value) => (service.message = value), 'textarea', service)}
      <fieldset>
        <legend>${words.alternatives}</legend>
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
            this.#host.changed(service);
          }}
        >
          ${words.addAlternative}
        </button>
      </fieldset>
      <button
        class="wb-button secondary"
        type="button"
        @click=${() => {
          this.#host.data.services.splice(index, 1);
          this.#host.changed();
        }}
      >
        ${say(this.#host.language, 'removeService', { name })}
      </button>
    </fieldset>`;
  }

  #renderAlternative(
    service: EditableService,
    alternative: EditableAlternative,
    base: string,
    position: number,
  ): TemplateResult {
    const words = WORKBENCH_TEXT[this.#host.language];
    const field = (
      key: keyof EditableAlternative,
      label: string,
      kind: 'text' | 'url' | 'tel' | 'email',
    ) =>
      this.input(
        `${base}.${key}`,
        label,
        alternative[key],
        (value) => (alternative[key] = value),
        kind,
        service,
      );
    return html`<fieldset>
      <legend>${words.alternative} ${position + 1}</legend>
      <div class="wb-grid">
        ${field('label', words.label, 'text')} ${field('phone', words.phone, 'tel')}
        ${field('email', words.email, 'email')} ${field('url', words.url, 'url')}
        ${field('hours', words.hours, 'text')}
      </div>
      <button
        class="wb-button secondary"
        type="button"
        @click=${() => {
          service.alternatives?.splice(position, 1);
          this.#host.changed(service);
        }}
      >
        ${say(this.#host.language, 'removeAlternative', { number: position + 1 })}
      </button>
    </fieldset>`;
  }

  renderIncidents(maintenance: boolean): TemplateResult {
    const words = WORKBENCH_TEXT[this.#host.language];
    const headingId = maintenance ? 'st-maintenance-heading' : 'st-incidents-heading';
    const entries = this.#host.data.incidents
      .map((incident, index) => ({ incident, index }))
      .filter(({ incident }) => isMaintenance(incident) === maintenance);
    return html`
      <section aria-labelledby=${headingId}>
        <h3 id=${headingId}>${maintenance ? words.maintenanceHeading : words.incidentsHeading}</h3>
        ${entries.map(({ incident, index }) => this.#renderIncident(incident, index, maintenance))}
        <div class="wb-actions">
          <button
            class="wb-button secondary"
            type="button"
            @click=${() => {
              const now = nowIso();
              this.#host.data.incidents.push({
                id: '',
                title: '',
                status: maintenance ? 'scheduled' : 'investigating',
                started_at: now,
                services: [],
                updates: maintenance ? [] : [{ at: now, text: '' }],
              });
              this.#host.changed();
            }}
          >
            ${maintenance ? words.addMaintenance : words.addIncident}
          </button>
        </div>
      </section>
    `;
  }

  #renderIncident(incident: EditableIncident, index: number, maintenance: boolean): TemplateResult {
    const words = WORKBENCH_TEXT[this.#host.language];
    const base = `incidents[${index}]`;
    const name =
      incident.title || `${maintenance ? words.maintenance : words.incident} ${index + 1}`;
    const states: readonly string[] = maintenance ? MAINTENANCE_STATES : INCIDENT_STATES;
    const statusId = fieldId(`${base}.status`);
    const serviceIds = this.#host.data.services.map((service) => service.id).filter(Boolean);
    return html`<fieldset>
      <legend>${name}</legend>
      ${this.input(`${base}.title`, words.incidentTitle, incident.title, (value) => {
        if (!incident.id || incident.id === slug(incident.title))
          incident.id = value ? slug(value) : '';
        incident.title = value;
      })}
      <div class="wb-grid">
        <div class="wb-field">
          <label for=${statusId}>${words.incidentStatus}</label>
          <select
            id=${statusId}
            @change=${(event: Event) => {
              incident.status = (event.target as HTMLSelectElement).value;
              this.#host.changed();
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
        ${this.input(`${base}.started_at`, words.startedAt, incident.started_at, (value) => (incident.started_at = value), 'datetime')}
        ${
          maintenance
            ? this.input(
                `${base}.scheduled_until`,
                words.scheduledUntil,
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
              <legend>${words.affected}</legend>
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
                      this.#host.changed();
                    }}
                  />
                  <label for=${checkboxId}
                    >${this.#host.data.services.find((service) => service.id === id)?.name || id}</label
                  >
                </div>`;
              })}
            </fieldset>`
          : nothing
      }
      <fieldset>
        <legend>${words.updates}</legend>
        <button
          class="wb-button secondary"
          type="button"
          @click=${() => {
            (incident.updates ??= []).unshift({ at: nowIso(), text: '' });
            this.#host.changed();
          }}
        >
          ${words.addUpdate}
        </button>
        ${(incident.updates ?? []).map(
          (update, position) =>
            html`<div class="wb-grid">
              ${this.input(`${base}.updates[${position}].at`, words.updateAt, update.at, (value) => (update.at = value), 'datetime')}
              ${this.input(`${base}.updates[${position}].text`, words.updateText, update.text, (value) => (update.text = value), 'textarea')}
              <div class="wb-actions">
                <button
                  class="wb-button secondary"
                  type="button"
                  @click=${() => {
                    incident.updates?.splice(position, 1);
                    this.#host.changed();
                  }}
                >
                  ${words.removeUpdate}
                </button>
              </div>
            </div>`,
        )}
      </fieldset>
      <button
        class="wb-button secondary"
        type="button"
        @click=${() => {
          this.#host.data.incidents.splice(index, 1);
          this.#host.changed();
        }}
      >
        ${say(this.#host.language, 'removeIncident', { name })}
      </button>
    </fieldset>`;
  }
}
