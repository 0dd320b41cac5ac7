import { html, nothing } from 'lit';
import { CivicWidget } from '../core/civic-widget.js';
import { baseStyles } from '../core/styles.js';
import { translate } from '../core/i18n.js';
import { iconCheck, iconError, iconInfo, iconWarning } from '../core/icons.js';
import { PollController } from '../core/poll-controller.js';
import { mailtoHref, safeUrl, telHref } from '../core/safe-url.js';
import { isImpaired, STATUS_SEVERITY } from '../core/service-health.js';
import { isOpenIncident, parseServiceStatus } from './service-status-schema.js';
import { serviceStatusMessages } from './service-status-messages.js';
import { serviceStatusStyles } from './service-status-styles.js';
import { ServiceStatusChangeEvent } from './service-status-events.js';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { EndpointView } from '../core/endpoint-controller.js';
import type { MessageParams } from '../core/i18n.js';
import type { ServiceStatusValue } from '../core/service-health.js';
import type {
  Incident,
  ServiceAlternative,
  ServiceEntry,
  ServiceStatusData,
} from './service-status-schema.js';
import type { ServiceStatusMessageKey } from './service-status-messages.js';

const STATUS_ICONS: Record<ServiceStatusValue, TemplateResult> = {
  operational: iconCheck,
  degraded_performance: iconWarning,
  partial_outage: iconWarning,
  major_outage: iconError,
  under_maintenance: iconInfo,
};

/**
 * Which city services work, and what to do instead when one does not.
 *
 * @summary Status of the city’s online services, with alternatives and incident updates.
 * @tagname service-status
 *
 * @event civic-status-change - A poll found changed statuses. `detail.changes`: `{ id, name, from, to }[]`.
 *
 * @csspart list - The list of services (list and banner variants).
 * @csspart item - One service.
 * @csspart status - The status label of a service, or the badge.
 * @csspart incidents - The incidents section.
 *
 * @cssprop --civic-service-status-ok - Colour of "operational".
 * @cssprop --civic-service-status-warning - Colour of degraded and maintenance.
 * @cssprop --civic-service-status-danger - Colour of outages.
 */
export class ServiceStatus extends CivicWidget<ServiceStatusData> {
  static override styles = [baseStyles, serviceStatusStyles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    services: {},
    refresh: { type: Number },
    format: {},
    heading: {},
  };

  readonly #poll = new PollController(
    this,
    () => (this.endpoint ? this.refresh : 0),
    () => this.endpointController.poll(),
  );

  /** `list` (every service with details), `banner` (one line per impaired service; nothing when all work) or `badge` (one overall status). */
  variant: 'list' | 'banner' | 'badge' = 'list';

  /** Space-separated service ids to show (default: all). */
  declare services?: string;

  /** Seconds between checks of the endpoint; 0 turns polling off. Paused while the tab is hidden. */
  refresh = 60;

  /** `statuspage` reads Atlassian Statuspage's summary.json; `auto` detects it. */
  format: 'auto' | 'civic' | 'statuspage' = 'auto';

  /** Heading text of the list variant (default: "Status der städtischen Online-Dienste"). */
  declare heading?: string;

  #knownStatuses?: Map<string, ServiceEntry>;
  #lastData?: ServiceStatusData;

  protected widgetName(): string {
    return this.#message('widgetName');
  }

  protected parseData(raw: unknown): Promise<ServiceStatusData> {
    return parseServiceStatus(raw, this.format);
  }

  protected override dataDate(data: ServiceStatusData): string | undefined {
    return data.updated_at ?? undefined;
  }

  #message(key: ServiceStatusMessageKey, params?: MessageParams): string {
    return translate(serviceStatusMessages, this.language, key, params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('refresh') || changed.has('endpoint')) this.#poll.restart();
    const data = this.endpointController.view.data;
    if (data && data !== this.#lastData) {
      this.#lastData = data;
      this.#noticeChanges(data);
    }
  }

  /** Announces changed statuses once, politely; an unchanged poll says nothing. */
  #noticeChanges(data: ServiceStatusData): void {
    const previous = this.#knownStatuses;
    this.#knownStatuses = new Map(data.services.map((service) => [service.id, service]));
    if (!previous) return;
    const changes = data.services
      .filter(
        (service) =>
          previous.has(service.id) && previous.get(service.id)!.status !== service.status,
      )
      .filter((service) => this.#isShown(service))
      .map((service) => ({
        id: service.id,
        name: service.name,
        from: previous.get(service.id)!.status,
        to: service.status,
      }));
    if (changes.length === 0) return;
    this.announce(
      changes
        .map((change) =>
          this.#message('changed', { service: change.name, status: this.statusLabel(change.to) }),
        )
        .join(' '),
    );
    this.dispatchEvent(new ServiceStatusChangeEvent({ changes }));
  }

  #isShown(service: ServiceEntry): boolean {
    const wanted = this.services?.split(/\s+/).filter(Boolean);
    return !wanted?.length || wanted.includes(service.id);
  }

  #shownServices(data: ServiceStatusData): ServiceEntry[] {
    return data.services.filter((service) => this.#isShown(service));
  }

  protected override renderState(view: EndpointView<ServiceStatusData>): unknown {
    if (this.variant === 'badge' && view.state === 'stale' && view.data) {
      // A badge has no room for the full notice: the date goes into the badge itself.
      return this.renderReady(view.data, view);
    }
    return super.renderState(view);
  }

  protected override renderFallback(view: EndpointView<ServiceStatusData>): unknown {
    if (this.variant === 'list') return super.renderFallback(view);
    // A banner or a badge has one line: say so, give phone and e-mail; polling retries.
    const contact = this.contact;
    return html`<p part="fallback" class="notice">
      ${iconInfo}
      <span
        >${this.fallbackTitle()}.
        <slot name="fallback"
          >${contact ? this.#renderAlternative({ label: contact.name ?? '', ...contact, url: undefined }) : ''}</slot
        ></span
      >
    </p>`;
  }

  protected renderReady(data: ServiceStatusData, view: EndpointView<ServiceStatusData>): unknown {
    const services = this.#shownServices(data);
    if (this.variant === 'banner') return this.#renderBanner(services);
    if (this.variant === 'badge') return this.#renderBadge(services, view);
    const ids = new Set(services.map((service) => service.id));
    const incidents = data.incidents
      .filter(isOpenIncident)
      .filter((i) => !this.services || !i.services?.length || i.services.some((id) => ids.has(id)));
    return html`
      ${this.renderHeading(this.heading ?? this.#message('heading'))}
      ${
        data.updated_at
          ? html`<p class="meta">
              ${this.#message('updated', { date: this.formatDateTime(data.updated_at) })}
            </p>`
          : nothing
      }
      ${
        services.length === 0
          ? html`<p>${this.#message('noServices')}</p>`
          : html`<ul part="list" class="services">
              ${services.map((service) => this.#renderService(service))}
            </ul>`
      }
      ${incidents.length ? this.#renderIncidents(incidents) : nothing}
    `;
  }

  #renderStatus(status: ServiceStatusValue): TemplateResult {
    return html`<span part="status" class="status"
      >${STATUS_ICONS[status]}<span>${this.statusLabel(status)}</span></span
    >`;
  }

  #renderService(service: ServiceEntry): TemplateResult {
    return html`<li part="item" class="service s-${service.status}" data-service=${service.id}>
      <div class="service-head">
        <span class="name">${service.name}</span>${this.#renderStatus(service.status)}
      </div>
      ${service.message ? html`<p class="message">${service.message}</p>` : nothing}
      ${
        service.alternatives?.length && isImpaired(service.status)
          ? html`<p class="alternatives-label">${this.#message('alternatives')}</p>
              <ul class="alternatives">
                ${service.alternatives.map((alternative) => html`<li>${this.#renderAlternative(alternative)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        service.updated_at
          ? html`<time datetime=${service.updated_at}
              >${this.#message('serviceUpdated', { date: this.formatDateTime(service.updated_at) })}</time
            >`
          : nothing
      }
    </li>`;
  }

  #renderAlternative(alternative: ServiceAlternative): TemplateResult {
    const url = safeUrl(alternative.url);
    const tel = alternative.phone ? telHref(alternative.phone) : undefined;
    const mail = alternative.email ? mailtoHref(alternative.email) : undefined;
    return html`${url ? html`<a href=${url}>${alternative.label}</a>` : html`<span>${alternative.label}</span>`}
    ${
      alternative.phone
        ? html`<span
            >${this.coreMessage('phone')}:
            ${tel ? html`<a href=${tel}>${alternative.phone}</a>` : alternative.phone}</span
          >`
        : nothing
    }
    ${
      alternative.email
        ? html`<span
            >${this.coreMessage('email')}:
            ${mail ? html`<a href=${mail}>${alternative.email}</a>` : alternative.email}</span
          >`
        : nothing
    }
    ${alternative.hours ? html`<span class="muted">(${alternative.hours})</span>` : nothing}`;
  }

  #incidentStatus(status: string): string {
    const key = `inc_${status}` as ServiceStatusMessageKey;
    return key in serviceStatusMessages.de ? this.#message(key) : status;
  }

  #renderIncidents(incidents: Incident[]): TemplateResult {
    return html`<section
      part="incidents"
      class="incidents-section"
      aria-labelledby="incidents-title"
    >
      ${this.renderHeading(this.#message('incidents'), 'incidents-title', 1)}
      <ul class="incidents">
        ${incidents.map(
          (i) =>
            html`<li class="incident">
              <p>
                <span class="incident-title">${i.title}</span> –
                <span>${this.#incidentStatus(i.status)}</span>
                ${
                  i.started_at && i.scheduled_until
                    ? html`<span class="muted"
                        >(${this.#message('scheduled', { from: this.formatDateTime(i.started_at), until: this.formatDateTime(i.scheduled_until) })})</span
                      >`
                    : i.started_at
                      ? html`<span class="muted"
                          >(${this.#message('since', { date: this.formatDateTime(i.started_at) })})</span
                        >`
                      : nothing
                }
              </p>
              <ol class="updates" reversed>
                ${[...(i.updates ?? [])]
                  .sort((first, second) => Date.parse(second.at) - Date.parse(first.at))
                  .map(
                    (update) =>
                      html`<li>
                        <time datetime=${update.at}>${this.formatDateTime(update.at)}</time>:
                        ${update.text}
                      </li>`,
                  )}
              </ol>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderBanner(services: ServiceEntry[]): unknown {
    const impaired = services
      .filter((service) => isImpaired(service.status))
      .sort((first, second) => STATUS_SEVERITY[second.status] - STATUS_SEVERITY[first.status]);
    if (impaired.length === 0) return nothing;
    return html`<ul part="list" class="banner">
      ${impaired.map(
        (service) =>
          html`<li part="item" class="s-${service.status}" data-service=${service.id}>
            ${STATUS_ICONS[service.status]}
            <p>
              <strong>${service.name}: ${this.statusLabel(service.status)}.</strong>
              ${service.message ?? ''}
              ${
                service.alternatives?.length
                  ? html`<span class="alternatives-inline">
                      ${this.#message('alternatives')}
                      ${service.alternatives.map((alternative, i) => html`${i ? ' · ' : ''}${this.#renderAlternative(alternative)}`)}
                    </span>`
                  : nothing
              }
            </p>
          </li>`,
      )}
    </ul>`;
  }

  #renderBadge(services: ServiceEntry[], view: EndpointView<ServiceStatusData>): unknown {
    const impaired = services
      .filter((service) => isImpaired(service.status))
      .sort((first, second) => STATUS_SEVERITY[second.status] - STATUS_SEVERITY[first.status]);
    const worst = impaired[0]?.status ?? 'operational';
    const text = impaired.length
      ? this.#message('impaired', { names: impaired.map((service) => service.name).join(', ') })
      : this.#message('allOperational');
    const stale =
      view.state === 'stale'
        ? ` (${this.coreMessage('staleTextNoDate')} ${view.savedAt ? this.#message('serviceUpdated', { date: this.formatDateTime(view.savedAt) }) : ''})`
        : '';
    return html`<p part="status" class="badge s-${worst}">
      ${STATUS_ICONS[worst]}<span>${text}${stale}</span>
    </p>`;
  }
}
