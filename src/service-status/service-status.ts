import { html, nothing } from 'lit';
import { CivicWidget } from '../core/civic-widget.js';
import { baseStyles } from '../core/styles.js';
import { translate } from '../core/i18n.js';
import { iconInfo, statusIcon } from '../core/icons.js';
import { warmUpIntl } from '../core/intl-warm-up.js';
import { nextMessage } from '../core/next-task.js';
import { PollController } from '../core/poll-controller.js';
import { rememberBannerHeight, rememberedBannerHeights } from '../core/reserved-space.js';
import { mailtoHref, safeUrl, telHref } from '../core/safe-url.js';
import { isImpaired } from '../core/service-health.js';
import { claimStatusAnnouncement, noteShownStatus } from '../core/status-announcements.js';
import {
  isOpenIncident,
  parseServiceStatus,
  unattributedIncidents,
} from './service-status-schema.js';
import {
  impairedCounts,
  impairedWorstFirst,
  isOutage,
  listRows,
  worstStatus,
} from './service-groups.js';
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
import type { ServiceGroupBlock } from './service-groups.js';
import type { ServiceStatusMessageKey } from './service-status-messages.js';

/** Below this width (px) the banner is one summary line instead of one line per impaired service. */
const NARROW_BANNER_WIDTH = 600;

/** Does `id` (from `services`) name the service, or its group? */
const names = (id: string, service: ServiceEntry): boolean =>
  service.id === id || service.group === id;

const namesOf = (services: ServiceEntry[]): string =>
  services.map((service) => service.name).join(', ');

/**
 * Which city services work, and what to do instead when one does not.
 *
 * @summary Status of the city’s online services, with alternatives and incident updates.
 * @tagname service-status
 *
 * @event civic-status-change - A poll found changed statuses. `detail.changes`: `{ id, name, from, to }[]`.
 *
 * @attr heading - Heading text of the list variant (default: "Status der städtischen Online-Dienste").
 *
 * @csspart list - The list of services (list and banner variants).
 * @csspart item - One service.
 * @csspart group - A group of services (Statuspage component groups), with its heading.
 * @csspart status - The status label of a service or group, or the badge.
 * @csspart summary - The summary line: on top of the list; the banner's one line.
 * @csspart incidents - The incidents section.
 *
 * @cssprop --civic-service-status-ok - Colour of "operational".
 * @cssprop --civic-service-status-warning - Colour of degraded, maintenance and unclear statuses.
 * @cssprop --civic-service-status-danger - Colour of outages.
 */
export class ServiceStatus extends CivicWidget<ServiceStatusData> {
  static override styles = [baseStyles, serviceStatusStyles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    services: {},
    refresh: { type: Number },
    format: {},
    detailsHref: { attribute: 'details-href' },
    narrow: { state: true },
    openGroups: { state: true },
    bannerOpen: { state: true },
  };

  readonly #poll = new PollController(
    this,
    () => (this.endpoint ? this.refresh : 0),
    () => this.endpointController.poll(),
    () => this.endpointController.lastLoadAt,
  );

  /** `list` (every service with details), `banner` (one line per impaired service, on a narrow container one summary line that unfolds them; nothing when all work, or one line saying so where it has already taken room) or `badge` (one overall status). */
  variant: 'list' | 'banner' | 'badge' = 'list';

  /** Space-separated ids of services or groups to show (default: all; an id that names none shows all, with a console warning). */
  declare services?: string;

  /** Seconds between checks of the endpoint; 0 turns polling off. Paused while the tab is hidden. */
  refresh = 60;

  /** `statuspage` reads Atlassian Statuspage's summary.json; `auto` detects it. */
  format: 'auto' | 'civic' | 'statuspage' = 'auto';

  /** Banner on a narrow container: link its summary line here (the page with the full list) instead of unfolding in place. */
  declare detailsHref?: string;

  /** The widget is narrower than {@link NARROW_BANNER_WIDTH}: the banner is one summary line. */
  protected narrow = false;

  /** The citizen unfolded the banner. */
  protected bannerOpen = false;

  /** Groups the citizen opened or closed, by id (otherwise impaired groups are open). */
  protected openGroups = new Map<string, boolean>();

  #knownStatuses?: Map<string, ServiceEntry>;
  #lastData?: ServiceStatusData;
  /**
   * The banner has taken room on this page (its loading line on a first visit, or lines with
   * data): when all services work it keeps one line saying so instead of collapsing, so the page
   * below does not move up (layout shift, issue 14 §3).
   */
  #tookRoom = false;

  protected widgetName(): string {
    return this.#message('widgetName');
  }

  // Follows the widget's own width, not the window's: the banner may sit in a narrow column.
  readonly #resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(([entry]) => {
          const narrow = entry.contentRect.width < NARROW_BANNER_WIDTH;
          // Re-rendering changes the widget's height: in the next frame, not inside the
          // observer's callback (that would be a "ResizeObserver loop").
          if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
        });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
  }

  /** Builds the formats of the first date and count on screen while the data is on its way. */
  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    warmUpIntl(
      () => this.formatDateTime(new Date()),
      () => this.#message('servicesCount', { count: 2 }),
    );
  }

  /**
   * The render with the first data waits for a task of its own, after the one that read and
   * checked the answer (issue 14 §3: no long task after load): together they were 50–52 ms of
   * CPU at 4× on a page with only this element, about half of it Lit preparing the templates
   * of the data for the first time. Here, not in CivicWidget: measured on this element's page
   * only, and every byte in the base class lands in `<defect-reporter>` and
   * `<registry-booking>`, which are within 16 B of their 32 KB.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.state === 'loading' && this.endpointController.view.state !== 'loading') {
      await nextMessage();
    }
    return super.scheduleUpdate();
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
      // The banner's first line with data is drawn at the right width at once (the resize
      // observer reports a frame later): switching its text afterwards could move the page.
      if (!this.#lastData && this.variant === 'banner') {
        this.narrow = this.getBoundingClientRect().width < NARROW_BANNER_WIDTH;
      }
      this.#lastData = data;
      const unknown = this.#unknownIds(data);
      if (unknown.length) {
        console.warn(
          `civic-widgets: services: no service or group "${unknown.join('", "')}", every service shown`,
        );
      }
      this.#noticeChanges(data);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.variant !== 'banner' || !this.endpoint) return;
    if (this.getBoundingClientRect().height > 0) this.#tookRoom = true;
    if (this.state === 'loading') {
      // Through the CSSOM, not a style attribute: a page's CSP without 'unsafe-inline' allows it.
      const height = rememberedBannerHeights().get(this.endpoint);
      const line = this.renderRoot.querySelector<HTMLElement>('.loading');
      if (line && height) line.style.minHeight = `${height}px`;
    } else if (this.state !== 'fallback' && !this.bannerOpen && this.cache !== 'off') {
      // The height with data, folded as it is drawn first: what the next visit reserves. When
      // all work, nothing (this page's line saying so is for the room it had already taken).
      const allWork = this.renderRoot.querySelector('.banner-all-work') !== null;
      rememberBannerHeight(
        this.endpoint,
        allWork ? 0 : Math.round(this.getBoundingClientRect().height * 100) / 100,
      );
    }
  }

  /**
   * Tells the page's scripts about changed statuses, and says them politely, once per page: a
   * change another widget on the page has already announced is not said again. An unchanged
   * poll says nothing.
   */
  #noticeChanges(data: ServiceStatusData): void {
    const previous = this.#knownStatuses;
    this.#knownStatuses = new Map(data.services.map((service) => [service.id, service]));
    const changes = this.#shownServices(data).flatMap((service) => {
      const before = previous?.get(service.id);
      if (!before) noteShownStatus(service.id, service.status);
      return before && before.status !== service.status
        ? [{ id: service.id, name: service.name, from: before.status, to: service.status }]
        : [];
    });
    if (changes.length === 0) return;
    const news = changes.filter((change) => claimStatusAnnouncement(change.id, change.to));
    if (news.length) {
      this.announce(
        news
          .map((change) =>
            this.#message('changed', { service: change.name, status: this.statusLabel(change.to) }),
          )
          .join(' '),
      );
    }
    this.dispatchEvent(new ServiceStatusChangeEvent({ changes }));
  }

  #wantedIds(): string[] {
    return this.services?.split(/\s+/).filter(Boolean) ?? [];
  }

  /** The ids in `services` that name no service and no group in `data` (typos, renamed ids). */
  #unknownIds(data: ServiceStatusData): string[] {
    return this.#wantedIds().filter((id) => !data.services.some((service) => names(id, service)));
  }

  /**
   * The services `services` names, themselves or through their group; all without it. When an
   * id names none, every service is shown (and willUpdate warns): a typo must not leave out the
   * service it meant, nor leave a list empty or a banner saying that all work while that
   * service is down. Every service's status serves citizens better than a "Status unklar" line:
   * the outage they came for still shows, with its alternatives. Never empty: a status file
   * without services is refused (parseServiceStatus).
   */
  #shownServices(data: ServiceStatusData): ServiceEntry[] {
    const wanted = this.#wantedIds();
    if (!wanted.length || this.#unknownIds(data).length) return data.services;
    return data.services.filter((service) => wanted.some((id) => names(id, service)));
  }

  readonly #onBannerToggle = (): void => {
    this.bannerOpen = !this.bannerOpen;
  };

  #toggleGroup(id: string, open: boolean): void {
    this.openGroups = new Map(this.openGroups).set(id, open);
  }

  protected override renderState(view: EndpointView<ServiceStatusData>): unknown {
    if (this.variant === 'badge' && view.state === 'stale' && view.data) {
      // A badge has no room for the full notice: the date goes into the badge itself.
      return this.renderReady(view.data, view);
    }
    return super.renderState(view);
  }

  /**
   * The banner's loading line is as tall as the banner was with data last time (or the one
   * line the page reserves on a first visit), so the data arriving moves nothing below it.
   * When all services worked last time the banner was empty: it stays so while it asks again,
   * and the loading line is only said.
   */
  protected override renderLoading(): unknown {
    const height =
      this.variant === 'banner' && this.endpoint
        ? rememberedBannerHeights().get(this.endpoint)
        : undefined;
    return height === 0
      ? html`<p class="loading visually-hidden" role="status">${this.coreMessage('loading')}</p>`
      : super.renderLoading();
  }

  protected override renderFallback(view: EndpointView<ServiceStatusData>): unknown {
    if (this.variant === 'list') return super.renderFallback(view);
    // A banner or a badge has one line: say so, give phone and e-mail; polling retries.
    const contact = this.contact;
    // The space after the title is a value: the build's template minifier drops the whitespace
    // between text and a tag ("nicht erreichbar.Bürgerbüro").
    const title = `${this.fallbackTitle()}. `;
    return html`<p part="fallback" class="notice">
      ${iconInfo}
      <span
        >${title}<slot name="fallback"
          >${
            contact
              ? this.#renderAlternative(
                  { label: contact.name ?? '', ...contact, url: undefined },
                  { inline: true },
                )
              : ''
          }</slot
        ></span
      >
    </p>`;
  }

  protected renderReady(data: ServiceStatusData, view: EndpointView<ServiceStatusData>): unknown {
    const services = this.#shownServices(data);
    const reported = unattributedIncidents(data);
    const allWork = this.#allWorkText(services, data);
    if (this.variant === 'banner') return this.#renderBanner(services, reported, allWork);
    if (this.variant === 'badge') return this.#renderBadge(services, reported, allWork, view);
    const shownIds = new Set(services.map((service) => service.id));
    const incidents = data.incidents
      .filter(isOpenIncident)
      .filter(
        (incident) =>
          !this.services ||
          !incident.services?.length ||
          incident.services.some((id) => shownIds.has(id)),
      );
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
        // One service's row says its status: "1 von 1 Diensten gestört" above it would only
        // repeat it, in a plural that does not fit.
        services.length > 1 ? this.#renderSummary(services, reported, allWork) : nothing
      }
      <ul part="list" class="services">
        ${listRows(services, data.groups).map((row) =>
          'service' in row ? this.#renderService(row.service) : this.#renderGroup(row),
        )}
      </ul>
      ${incidents.length ? this.#renderIncidents(incidents) : nothing}
    `;
  }

  /**
   * That all shown services work: "Alle Online-Dienste sind in Betrieb." only when all are
   * shown. For the few `services` names, the list says "Die angezeigten Online-Dienste sind in
   * Betrieb." above them; a banner or a badge, which shows none of them, names them ("In
   * Betrieb: Serviceportal").
   */
  #allWorkText(services: ServiceEntry[], data: ServiceStatusData): string {
    if (services.length === data.services.length) return this.#message('allOperational');
    return this.variant === 'list'
      ? this.#message('shownOperational')
      : this.#message('namedOperational', { names: namesOf(services) });
  }

  /**
   * `allWork` ({@link #allWorkText}), "2 von 65 Diensten eingeschränkt" or "3 von 5 Diensten
   * gestört, 1 eingeschränkt": counted as the banner counts ({@link impairedCounts}), so a page
   * with both never says two things.
   */
  #renderSummary(services: ServiceEntry[], reported: string, allWork: string): TemplateResult {
    const unclear = services.filter((service) => service.status === 'unknown').length;
    const { outages, others } = impairedCounts(
      services.filter((service) => service.status !== 'unknown'),
    );
    const total = services.length;
    const parts = [
      outages ? this.#message('summaryOutage', { count: outages, total }) : '',
      others
        ? outages
          ? this.#message('alsoImpaired', { count: others })
          : this.#message('summaryImpaired', { count: others, total })
        : '',
      unclear ? this.#message('summaryUnknown', { count: unclear }) : '',
    ].filter(Boolean);
    let worst = worstStatus(services);
    if (!parts.length && reported) {
      parts.push(this.#message('reported', { titles: reported }));
      worst = 'degraded_performance';
    }
    if (!parts.length) parts.push(allWork);
    // A part after a comma starts lower case in English ("status of 2 services unclear"); the
    // line starts with a capital, whichever part comes first.
    const line = parts.join(', ');
    return html`<p part="summary" class="summary s-${worst}">
      ${statusIcon(worst)}<span>${line.charAt(0).toUpperCase() + line.slice(1)}</span>
    </p>`;
  }

  #renderStatus(status: ServiceStatusValue): TemplateResult {
    return html`<span part="status" class="status s-${status}"
      >${statusIcon(status)}<span>${this.statusLabel(status)}</span></span
    >`;
  }

  /** A group: its name as a heading over its worst member's status; open while impaired. */
  #renderGroup(block: ServiceGroupBlock): TemplateResult {
    const { group, status, members } = block;
    const open = this.openGroups.get(group.id) ?? isImpaired(status);
    const membersId = `group-${group.id.replace(/[^\w-]/g, '_')}`;
    return html`<li part="group" class="group" data-group=${group.id}>
      <div class="heading group-heading" role="heading" aria-level=${this.#subheadingLevel()}>
        <button
          type="button"
          class="group-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${membersId}
          @click=${() => this.#toggleGroup(group.id, !open)}
        >
          <span class="name">${group.name}</span>${this.#renderStatus(status)}
          <span class="count">${this.#message('servicesCount', { count: members.length })}</span>
        </button>
      </div>
      <ul class="services members" id=${membersId} ?hidden=${!open}>
        ${members.map((service) => this.#renderService(service, { inGroup: true }))}
      </ul>
    </li>`;
  }

  #subheadingLevel(): number {
    return Math.min(6, Math.max(1, (this.headingLevel || 2) + 1));
  }

  /** One service; in a group, a working one is one line (its date would only add length). */
  #renderService(service: ServiceEntry, { inGroup = false } = {}): TemplateResult {
    const showDate = service.updated_at && !(inGroup && service.status === 'operational');
    return html`<li part="item" class="service" data-service=${service.id}>
      <div class="service-head">
        <span class="name">${service.name}</span>${this.#renderStatus(service.status)}
      </div>
      ${service.message ? html`<p class="message">${service.message}</p>` : nothing}
      ${
        service.alternatives?.length && isImpaired(service.status)
          ? html`<p class="alternatives-label">${this.#message('alternatives')}</p>
              <ul class="alternatives">
                ${service.alternatives.map(
                  (alternative) => html`<li>${this.#renderAlternative(alternative)}</li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        showDate && service.updated_at
          ? html`<time datetime=${service.updated_at}
              >${this.#message('serviceUpdated', {
                date: this.formatDateTime(service.updated_at),
              })}</time
            >`
          : nothing
      }
    </li>`;
  }

  /**
   * An alternative: its label, then each way to reach it. In the list each sits on its own line;
   * `inline` (the banner's lines, its fallback line) separates them with commas, which read
   * "Bürgerbüro, Telefon: …, E-Mail: …" instead of one run "Bürgerbüro Telefon: … E-Mail: …".
   */
  #renderAlternative(alternative: ServiceAlternative, { inline = false } = {}): TemplateResult {
    const url = safeUrl(alternative.url);
    const tel = alternative.phone ? telHref(alternative.phone) : undefined;
    const mail = alternative.email ? mailtoHref(alternative.email) : undefined;
    // Separators are values, not template text: the build's template minifier drops whitespace
    // between text and a tag. In the list a space (the channels are blocks there).
    const separator = (hasBefore: boolean) => (inline && hasBefore ? ', ' : ' ');
    const label = url
      ? html`<a class="alternative-label" href=${url}>${alternative.label}</a>`
      : html`<span class="alternative-label">${alternative.label}</span>`;
    const phone = alternative.phone
      ? html`<span class="alternative-channel"
          >${separator(Boolean(alternative.label))}${`${this.coreMessage('phone')}: `}${
            tel ? html`<a href=${tel}>${alternative.phone}</a>` : alternative.phone
          }</span
        >`
      : nothing;
    const email = alternative.email
      ? html`<span class="alternative-channel"
          >${separator(Boolean(alternative.label || alternative.phone))}${`${this.coreMessage('email')}: `}${
            mail ? html`<a href=${mail}>${alternative.email}</a>` : alternative.email
          }</span
        >`
      : nothing;
    const hours = alternative.hours
      ? html`<span class="muted">${` (${alternative.hours})`}</span>`
      : nothing;
    return html`${label}${phone}${email}${hours}`;
  }

  #incidentStatus(status: string): string {
    const key = `inc_${status}` as ServiceStatusMessageKey;
    return key in serviceStatusMessages.de ? this.#message(key) : status;
  }

  #renderIncidentTime(incident: Incident): unknown {
    if (incident.started_at && incident.scheduled_until) {
      return html`<span class="muted"
        >(${this.#message('scheduled', {
          from: this.formatDateTime(incident.started_at),
          until: this.formatDateTime(incident.scheduled_until),
        })})</span
      >`;
    }
    if (!incident.started_at) return nothing;
    // A maintenance planned without its end starts "ab" (from) a later time, not "seit" (since).
    const key = Date.parse(incident.started_at) > Date.now() ? 'from' : 'since';
    return html`<span class="muted"
      >(${this.#message(key, { date: this.formatDateTime(incident.started_at) })})</span
    >`;
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
          (incident) =>
            html`<li class="incident">
              <p>
                <span class="incident-title">${incident.title}</span> –
                <span>${this.#incidentStatus(incident.status)}</span>
                ${this.#renderIncidentTime(incident)}
              </p>
              <ol class="updates" reversed>
                ${[...(incident.updates ?? [])]
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

  /**
   * Nothing when all work; but when the banner has already taken room on this page (its loading
   * line on a first visit, or lines of impaired services before they recovered), one line saying
   * that all work, in that room, rather than the page below moving up. The next visit reserves
   * nothing for it. On a wide container one line per impaired service, worst first,
   * with its status, message and alternatives, shown at once. On a narrow one (a phone) the
   * lines would fill the first screen: one summary line ("3 Dienste gestört – Details") that
   * unfolds them in place, or links to `details-href`. Layout shift (issue 14 §3): the loading
   * line reserves the height the banner had with data last time ({@link #rememberHeight}).
   */
  #renderBanner(services: ServiceEntry[], reported: string, allWork: string): unknown {
    const impaired = impairedWorstFirst(services);
    if (impaired.length === 0) {
      if (reported) {
        return html`<p part="summary" class="banner-summary s-degraded_performance">
          ${statusIcon('degraded_performance')}<span
            >${this.#message('reported', { titles: reported })}</span
          >
        </p>`;
      }
      return this.#tookRoom
        ? html`<p part="summary" class="banner-summary banner-all-work s-operational">
            ${statusIcon('operational')}<span>${allWork}</span>
          </p>`
        : nothing;
    }
    const lines = html`<ul
      part="list"
      class="banner"
      id="banner-lines"
      ?hidden=${this.narrow && !this.bannerOpen}
    >
      ${impaired.map(
        (service) =>
          html`<li part="item" class="s-${service.status}" data-service=${service.id}>
            ${statusIcon(service.status)}
            <p>
              <strong>${service.name}: ${this.statusLabel(service.status)}.</strong>
              ${service.message ?? ''}
              ${
                service.alternatives?.length
                  ? html`<span class="alternatives-inline">
                      ${this.#message('alternatives')}
                      ${service.alternatives.map(
                        (alternative, index) =>
                          html`${index ? ' · ' : ''}${this.#renderAlternative(alternative, { inline: true })}`,
                      )}
                    </span>`
                  : nothing
              }
            </p>
          </li>`,
      )}
    </ul>`;
    if (!this.narrow) return lines;
    const worst = impaired[0].status;
    const { outages, others } = impairedCounts(impaired);
    const counts = [
      outages ? this.#message('bannerOutage', { count: outages }) : '',
      others ? this.#message(outages ? 'alsoImpaired' : 'bannerImpaired', { count: others }) : '',
    ].filter(Boolean);
    const text = `${counts.join(', ')} – ${this.#message('details')}`;
    const href = safeUrl(this.detailsHref);
    if (href) {
      return html`<p part="summary" class="banner-summary s-${worst}">
        ${statusIcon(worst)}<a href=${href}>${text}</a>
      </p>`;
    }
    // A disclosure button, as the groups of the list have: its state is said (aria-expanded)
    // and can be checked the same way in every browser, unlike a <details>' summary.
    return html`<div part="summary" class="banner-summary s-${worst}">
      <button
        type="button"
        class="banner-toggle"
        aria-expanded=${this.bannerOpen ? 'true' : 'false'}
        aria-controls="banner-lines"
        @click=${this.#onBannerToggle}
      >
        ${statusIcon(worst)}<span>${text}</span>
      </button>
      ${lines}
    </div>`;
  }

  /**
   * One line: "Gestört: Serviceportal, Mängelmelder. Eingeschränkt: Terminvergabe" (the down
   * ones apart, as the list and the banner count them); with none impaired, an open incident
   * that names no service as the banner says it ("Störungsmeldung: …"), else `allWork`
   * ({@link #allWorkText}).
   */
  #renderBadge(
    services: ServiceEntry[],
    reported: string,
    allWork: string,
    view: EndpointView<ServiceStatusData>,
  ): unknown {
    const impaired = impairedWorstFirst(services);
    let worst = impaired[0]?.status ?? 'operational';
    const down = impaired.filter((service) => isOutage(service.status));
    const unclear = impaired.filter((service) => service.status === 'unknown');
    const others = impaired.filter(
      (service) => !isOutage(service.status) && service.status !== 'unknown',
    );
    // "Status unklar" as the list and the banner say it, not counted as working or impaired.
    const parts = [
      down.length ? this.#message('down', { names: namesOf(down) }) : '',
      others.length ? this.#message('impaired', { names: namesOf(others) }) : '',
      unclear.length ? `${this.statusLabel('unknown')}: ${namesOf(unclear)}` : '',
    ].filter(Boolean);
    if (!parts.length && reported) {
      parts.push(this.#message('reported', { titles: reported }));
      worst = 'degraded_performance';
    }
    const text = parts.length ? parts.join('. ') : allWork;
    const stale = view.state === 'stale' ? ` (${this.staleText(view)})` : '';
    return html`<p part="status" class="badge s-${worst}">
      ${statusIcon(worst)}<span>${text}${stale}</span>
    </p>`;
  }
}
