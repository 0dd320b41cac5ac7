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
    return this.#m('widgetName');
  }

  protected parseData(raw: unknown): Promise<ServiceStatusData> {
    return parseServiceStatus(raw, this.format);
  }

  protected override dataDate(data: ServiceStatusData): string | undefined {
    return data.updated_at ?? undefined;
  }

  #m(key: ServiceStatusMessageKey, params?: MessageParams): string {
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
    this.#knownStatuses = new Map(data.services.map((s) => [s.id, s]));
    if (!previous) return;
    const changes = data.services
      .filter((s) => previous.has(s.id) && previous.get(s.id)!.status !== s.status)
      .filter((s) => this.#isShown(s))
      .map((s) => ({ id: s.id, name: s.name, from: previous.get(s.id)!.status, to: s.status }));
    if (changes.length === 0) return;
    this.announce(
      changes
        .map((c) => this.#m('changed', { service: c.name, status: this.statusLabel(c.to) }))
        .join(' '),
    );
    this.dispatchEvent(new ServiceStatusChangeEvent({ changes }));
  }

  #isShown(service: ServiceEntry): boolean {
    const wanted = this.services?.split(/\s+/).filter(Boolean);
    return !wanted?.length || wanted.includes(service.id);
  }

  #shownServices(data: ServiceStatusData): ServiceEntry[] {
    return data.services.filter((s) => this.#isShown(s));
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
    const c = this.contact;
    return html`<p part="fallback" class="notice">
      ${iconInfo}
      <span
        >${this.fallbackTitle()}.
        <slot name="fallback"
          >${c ? this.#renderAlternative({ label: c.name ?? '', ...c, url: undefined }) : ''}</slot
        ></span
      >
    </p>`;
  }

  protected renderReady(data: ServiceStatusData, view: EndpointView<ServiceStatusData>): unknown {
    const services = this.#shownServices(data);
    if (this.variant === 'banner') return this.#renderBanner(services);
    if (this.variant === 'badge') return this.#renderBadge(services, view);
    const ids = new Set(services.map((s) => s.id));
    const incidents = data.incidents
      .filter(isOpenIncident)
      .filter((i) => !this.services || !i.services?.length || i.services.some((id) => ids.has(id)));
    return html`
      ${this.renderHeading(this.heading ?? this.#m('heading'))}
      ${
        data.updated_at
          ? html`<p class="meta">
              ${this.#m('updated', { date: this.formatDateTime(data.updated_at) })}
            </p>`
          : nothing
      }
      ${
        services.length === 0
          ? html`<p>${this.#m('noServices')}</p>`
          : html`<ul part="list" class="services">
              ${services.map((s) => this.#renderService(s))}
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

  #renderService(s: ServiceEntry): TemplateResult {
    return html`<li part="item" class="service s-${s.status}" data-service=${s.id}>
      <div class="service-head">
        <span class="name">${s.name}</span>${this.#renderStatus(s.status)}
      </div>
      ${s.message ? html`<p class="message">${s.message}</p>` : nothing}
      ${
        s.alternatives?.length && isImpaired(s.status)
          ? html`<p class="alternatives-label">${this.#m('alternatives')}</p>
              <ul class="alternatives">
                ${s.alternatives.map((a) => html`<li>${this.#renderAlternative(a)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        s.updated_at
          ? html`<time datetime=${s.updated_at}
              >${this.#m('serviceUpdated', { date: this.formatDateTime(s.updated_at) })}</time
            >`
          : nothing
      }
    </li>`;
  }

  #renderAlternative(a: ServiceAlternative): TemplateResult {
    const url = safeUrl(a.url);
    const tel = a.phone ? telHref(a.phone) : undefined;
    const mail = a.email ? mailtoHref(a.email) : undefined;
    return html`${url ? html`<a href=${url}>${a.label}</a>` : html`<span>${a.label}</span>`}
    ${
      a.phone
        ? html`<span
            >${this.coreMessage('phone')}: ${tel ? html`<a href=${tel}>${a.phone}</a>` : a.phone}</span
          >`
        : nothing
    }
    ${
      a.email
        ? html`<span
            >${this.coreMessage('email')}: ${mail ? html`<a href=${mail}>${a.email}</a>` : a.email}</span
          >`
        : nothing
    }
    ${a.hours ? html`<span class="muted">(${a.hours})</span>` : nothing}`;
  }

  #incidentStatus(status: string): string {
    const key = `inc_${status}` as ServiceStatusMessageKey;
    return key in serviceStatusMessages.de ? this.#m(key) : status;
  }

  #renderIncidents(incidents: Incident[]): TemplateResult {
    return html`<section
      part="incidents"
      class="incidents-section"
      aria-labelledby="incidents-title"
    >
      ${this.renderHeading(this.#m('incidents'), 'incidents-title', 1)}
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
                        >(${this.#m('scheduled', { from: this.formatDateTime(i.started_at), until: this.formatDateTime(i.scheduled_until) })})</span
                      >`
                    : i.started_at
                      ? html`<span class="muted"
                          >(${this.#m('since', { date: this.formatDateTime(i.started_at) })})</span
                        >`
                      : nothing
                }
              </p>
              <ol class="updates" reversed>
                ${[...(i.updates ?? [])]
                  .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
                  .map(
                    (u) =>
                      html`<li>
                        <time datetime=${u.at}>${this.formatDateTime(u.at)}</time>: ${u.text}
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
      .filter((s) => isImpaired(s.status))
      .sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
    if (impaired.length === 0) return nothing;
    return html`<ul part="list" class="banner">
      ${impaired.map(
        (s) =>
          html`<li part="item" class="s-${s.status}" data-service=${s.id}>
            ${STATUS_ICONS[s.status]}
            <p>
              <strong>${s.name}: ${this.statusLabel(s.status)}.</strong>
              ${s.message ?? ''}
              ${
                s.alternatives?.length
                  ? html`<span class="alternatives-inline">
                      ${this.#m('alternatives')}
                      ${s.alternatives.map((a, i) => html`${i ? ' · ' : ''}${this.#renderAlternative(a)}`)}
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
      .filter((s) => isImpaired(s.status))
      .sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
    const worst = impaired[0]?.status ?? 'operational';
    const text = impaired.length
      ? this.#m('impaired', { names: impaired.map((s) => s.name).join(', ') })
      : this.#m('allOperational');
    const stale =
      view.state === 'stale'
        ? ` (${this.coreMessage('staleTextNoDate')} ${view.savedAt ? this.#m('serviceUpdated', { date: this.formatDateTime(view.savedAt) }) : ''})`
        : '';
    return html`<p part="status" class="badge s-${worst}">
      ${STATUS_ICONS[worst]}<span>${text}${stale}</span>
    </p>`;
  }
}
