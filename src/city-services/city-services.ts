import { ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { cityServicesContext } from '../core/city-services-context.js';
import { EndpointController } from '../core/endpoint-controller.js';
import { PollController } from '../core/poll-controller.js';
import { worstStatus } from '../service-status/service-groups.js';
import { parseServiceStatus } from '../service-status/service-status-schema.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { CityServicesValue } from '../core/city-services-context.js';
import type { ServiceHealth } from '../core/service-health.js';
import type { ServiceStatusData } from '../service-status/service-status-schema.js';

/**
 * Page-wide defaults for every civic widget inside it: the fallback contact, the language, and
 * the status of the city's services. A widget with `service="<id>"` whose service is impaired
 * says so before the citizen starts. Widgets work without it, and pick it up when it is
 * defined after them.
 *
 * @summary Provides contact, language and service status to the civic widgets inside it.
 * @tagname city-services
 *
 * @slot - The page content that holds the widgets.
 */
export class CityServices extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    statusEndpoint: { attribute: 'status-endpoint' },
    refresh: { type: Number },
    timeout: { type: Number },
    contactName: { attribute: 'contact-name' },
    contactPhone: { attribute: 'contact-phone' },
    contactEmail: { attribute: 'contact-email' },
    contactHours: { attribute: 'contact-hours' },
    contactUrl: { attribute: 'contact-url' },
  };

  readonly #statusController = new EndpointController<ServiceStatusData>(this, {
    parse: (raw) => parseServiceStatus(raw),
    url: () => this.statusEndpoint,
    timeout: () => this.timeout,
  });

  readonly #poll = new PollController(
    this,
    () => (this.statusEndpoint ? this.refresh : 0),
    () => this.#statusController.poll(),
    () => this.#statusController.lastLoadAt,
  );

  /** The value every widget inside receives. */
  protected value: CityServicesValue = { statuses: new Map() };

  // Like `@provide`: answers the widgets' context requests; willUpdate passes on each new value.
  readonly #provider = new ContextProvider(this, {
    context: cityServicesContext,
    initialValue: this.value,
  });

  /** URL of a service-status endpoint (same contract as `<service-status>`). */
  declare statusEndpoint?: string;

  /** Seconds between status checks; 0 turns polling off. */
  refresh = 60;

  /** Milliseconds to wait for the status endpoint. */
  timeout = 5000;

  /** Page-wide fallback contact: name of the office. */
  declare contactName?: string;

  /** Page-wide fallback contact: phone number. */
  declare contactPhone?: string;

  /** Page-wide fallback contact: e-mail address. */
  declare contactEmail?: string;

  /** Page-wide fallback contact: opening hours. */
  declare contactHours?: string;

  /** Page-wide fallback contact: web page. */
  declare contactUrl?: string;

  #lastData?: ServiceStatusData;
  /** The ids warned of: said once, not at every poll. */
  #warned = '';

  /**
   * A widget whose `service` names no service of the status file never shows a notice: a typo
   * or a name for the id ("Serviceportal" for "serviceportal") would hide an outage silently.
   */
  #warnOfUnknownServices(statuses: ReadonlyMap<string, ServiceHealth>): void {
    const unknown = [
      ...new Set(
        [...this.querySelectorAll('[service]')]
          .map((widget) => widget.getAttribute('service')!)
          .filter((id) => !statuses.has(id)),
      ),
    ].join('", "');
    if (unknown && unknown !== this.#warned) {
      console.warn(
        `civic-widgets: <city-services>: service "${unknown}" is not in the status file; no notice is shown for it`,
      );
    }
    this.#warned = unknown;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('refresh') || changed.has('statusEndpoint')) this.#poll.restart();
    const data = this.#statusController.view.data;
    const contactChanged = [
      'contactName',
      'contactPhone',
      'contactEmail',
      'contactHours',
      'contactUrl',
    ].some((name) => (changed as Map<PropertyKey, unknown>).has(name));
    if (data === this.#lastData && !contactChanged) return;
    this.#lastData = data;
    const statuses = new Map<string, ServiceHealth>();
    for (const service of data?.services ?? []) {
      // A service listed twice (an editor's copy and paste): the worse status stands, so that a
      // later "operational" never hides an outage listed before it.
      const listed = statuses.get(service.id);
      if (listed && worstStatus([listed, service]) === listed.status) continue;
      statuses.set(service.id, {
        id: service.id,
        name: service.name,
        status: service.status,
        message: service.message ?? undefined,
      });
    }
    if (data) this.#warnOfUnknownServices(statuses);
    this.value = {
      contact: {
        name: this.contactName,
        phone: this.contactPhone,
        email: this.contactEmail,
        hours: this.contactHours,
        url: this.contactUrl,
      },
      statuses,
    };
    this.#provider.setValue(this.value);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
