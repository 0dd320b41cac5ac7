import { html, nothing } from 'lit';
import { CivicWidget } from '../core/civic-widget.js';
import { mergeContacts } from '../core/contact.js';
import { EndpointController } from '../core/endpoint-controller.js';
import { formatDate } from '../core/format.js';
import { translate } from '../core/i18n.js';
import { warmUpIntl } from '../core/intl-warm-up.js';
import { iconError } from '../core/icons.js';
import { mailtoHref } from '../core/safe-url.js';
import { WindowListener } from '../core/window-listener.js';
import { baseStyles } from '../core/styles.js';
import { unlessStalled } from '../core/unless-stalled.js';
import { routeUnder } from './api-route.js';
import { dayForKey, renderCalendar, renderTimes } from './booking-calendar.js';
import { bookingFromHash } from './booking-link.js';
import { renderPlaces, renderServiceInfo, renderServices } from './booking-services.js';
import { slotWords } from './booking-text.js';
import { readKeptForm } from './kept-form.js';
import {
  dayKeyInZone,
  groupSlotsByDay,
  monthRange,
  nextSlotMonth,
  parseDayKey,
  todayMonth,
} from './office-time.js';
import { registryMessages } from './registry-booking-messages.js';
import { parseRegistryConfig, parseSlots } from './registry-booking-schema.js';
import { registryBookingStyles } from './registry-booking-styles.js';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { Contact } from '../core/contact.js';
import type { EndpointView } from '../core/endpoint-controller.js';
import type { Translator } from '../core/i18n.js';
import type { BookingForm } from './booking-form.js';
import type { BookingViewContext } from './booking-view-context.js';
import type { Appointment, AppointmentSource, AppointmentView } from './appointment-view.js';
import type { Slot, YearMonth } from './office-time.js';
import type { RegistryMessageKey } from './registry-booking-messages.js';
import type { RegistryConfig, RegistryService, SlotsData } from './registry-booking-schema.js';
import type { ZmsBooking } from './zms-booking.js';

/**
 * Books registry-office (Standesamt) appointments from any page. Each service is in one of
 * three modes: `booking` (binding), `reservation` (non-binding, to be confirmed in person within
 * a deadline) or `unavailable` (the notice and the contact). A month calendar shows the days
 * with free slots in the office's timezone, then the times of the chosen day, then the form.
 * The confirmation has the code, a summary, an .ics file, a print view and the cancel link;
 * with `manage_url` (and `cancel_url`) in the configuration it links to the booking on this page
 * (`#/booking/<code>/<token>`), where the citizen views it, cancels it or chooses a different time.
 *
 * @summary Registry-office appointments: booking, reservation-only and unavailable services.
 *
 * @event civic-booked - The office accepted the booking. `detail`: `{ code, status, service, slot, start, end }`.
 * @event civic-booking-failed - A booking was not accepted. `detail.reason`: `conflict` (slot taken), `invalid` (field errors), `refused` (another 4xx) or `failed` (server, network, timeout); the form keeps its values.
 *
 * @attr heading - Heading text (default: "Termin vereinbaren: " and the office's name).
 *
 * @csspart services - The choice of service.
 * @csspart places - The choice of place (ZMS offices), with "any place".
 * @csspart appointment - A booked appointment opened from its link (ZMS, or `manage_url` of the own contract): confirm, view, cancel, choose a different time.
 * @csspart captcha - ZMS: the security check (ALTCHA proof of work) an office's scope asks for, before its calendar, and in the form when it lapsed.
 * @csspart rebook - "Anderen Termin wählen" on an opened appointment (cancel, then book again with the details kept).
 * @csspart service-info - Notice, duration, reservation caveat and documents of the chosen service.
 * @csspart calendar - The month view with its navigation.
 * @csspart grid - The month grid.
 * @csspart day - A day button in the grid.
 * @csspart times - The free times of the chosen day.
 * @csspart form - The contact form.
 * @csspart error - A problem (slots not loaded, slot taken, not sent), with what to do.
 * @csspart submit - The book / reserve button.
 * @csspart confirmation - The confirmation.
 * @csspart code - The booking code in the confirmation.
 * @csspart download - The .ics download link.
 * @csspart print - The print button.
 * @csspart cancel - The cancel link.
 *
 * @cssprop --civic-registry-booking-day-size - Size of a day button (default 2.75rem, never below 44 px; in a widget narrower than 342 px as large as seven fit).
 * @cssprop --civic-registry-booking-free - Border of days with free slots (default: the accent colour).
 * @cssprop --civic-registry-booking-selected - Background of the chosen day, outline of the chosen service and time (default: the accent colour).
 */
export class RegistryBooking extends CivicWidget<RegistryConfig> {
  static override styles = [baseStyles, registryBookingStyles];

  static override properties: PropertyDeclarations = {
    api: {},
    month: {},
    preselect: {},
  };

  /**
   * The API `endpoint` speaks: unset for this library's own contract, `zms` for the ZMS citizen API
   * (`endpoint` is then its root, e.g. `https://termine.stadt.example/api/citizen/`; the adapter is a
   * lazy chunk).
   */
  declare api?: 'zms';

  /** Month the calendar opens at, `YYYY-MM` (default, and for a month gone by: the current month in the office's timezone). */
  declare month?: string;

  /** Id of the service to preselect (default: the only one, when there is one). */
  declare preselect?: string;

  #serviceId?: string;
  /** The chosen place (ZMS office); undefined: any place. */
  #placeId?: string;
  /** ZMS sends times per day: the day whose times were asked for. */
  #timesDay?: string;
  /** What api="zms" does beyond the own contract (zms-booking.ts), once loaded. */
  #zmsBooking?: ZmsBooking;
  #ym?: YearMonth;
  /** The day holding the grid's tab stop, once the user moved it. */
  #focusDay?: string;
  #day?: string;
  #slot?: Slot;
  /** Where focus goes after the next render (a selector). */
  #focusNext?: string;
  #grouped?: { data: SlotsData; days: Map<string, Slot[]> };
  /** The form step (form, submission, confirmation), loaded once a bookable service is shown. */
  #form?: BookingForm;
  #formLoad?: Promise<unknown>;
  #formFailed = false;
  /** The page's link to an appointment (ZMS activation or view link, own `#/booking/…`) was read. */
  #linkRead = false;
  /** The appointment the page's link names, shown instead of the booking. */
  #appointment?: AppointmentView;
  /** The page's link to an appointment could not be opened: its module did not load. */
  #linkFailed = false;
  /** The booking kept on its way by this tab (kept-form.ts) was looked for once, after a reload. */
  #resumeRead = false;
  /** It was there: its service and time are chosen again, and the form sends it again. */
  #resumed = false;
  /** The citizen's details of a cancelled appointment, for the form of the new booking. */
  #keptCitizen?: Appointment['citizen'];

  /** Free slots of the chosen service and month: never cached, never asked with stale config. */
  readonly #slots = new EndpointController<SlotsData>(this, {
    parse: (raw) => (this.#zms ? this.#zms.parseCalendar(raw) : parseSlots(raw)),
    url: () => this.#slotsUrl(),
    timeout: () => this.timeout,
    cache: () => false,
    args: () => [this.#slotKey()],
    requestUrl: (url) => {
      const month = monthRange(this.#ym!.year, this.#ym!.month);
      if (this.#zms) return this.#zms.calendarUrl(url, month, this.#timesDay);
      const address = new URL(url, document.baseURI);
      address.searchParams.set('service', this.#serviceId!);
      // Several offices: the chosen one; without it the server answers every office's slots.
      if (this.#placeId) address.searchParams.set('office', this.#placeId);
      address.searchParams.set('from', month.from);
      address.searchParams.set('to', month.to);
      return address.href;
    },
  });

  protected async parseData(raw: unknown): Promise<RegistryConfig> {
    if (this.api !== 'zms') return parseRegistryConfig(raw);
    this.#zmsBooking ??= new (await import('./zms-booking.js')).ZmsBooking(this, () => ({
      config: this.#config,
      serviceId: this.#serviceId,
      placeId: this.#placeId,
      slot: this.#slot,
    }));
    return this.#zmsBooking.parseConfig(raw);
  }

  /** The ZMS side, when the configuration shown is ZMS's. */
  get #zms(): ZmsBooking | undefined {
    return this.#config?.api === 'zms' ? this.#zmsBooking : undefined;
  }

  protected override endpointUrl(): string | undefined {
    const root = super.endpointUrl();
    return root && this.api === 'zms' ? routeUnder(root, 'offices-and-services/') : root;
  }

  protected override dataDate(data: RegistryConfig): string | undefined {
    return data.updated_at;
  }

  protected widgetName(): string {
    return this.#message('widgetName');
  }

  protected override fallbackText(): string {
    return this.#message('fallback');
  }

  readonly #message: Translator<RegistryMessageKey> = (key, params) =>
    translate(registryMessages, this.language, key, params);

  get #config(): RegistryConfig | undefined {
    return this.endpointController.view.data;
  }

  get #service(): RegistryService | undefined {
    return this.#config?.services.find((service) => service.id === this.#serviceId);
  }

  #slotKey(): string {
    return `${this.#serviceId}|${this.#placeId ?? '*'}|${this.#ym?.year}-${this.#ym?.month}|${this.#timesDay ?? ''}`;
  }

  /** Slots are asked only for a bookable service of fresh (not stale) config. */
  #slotsUrl(): string | undefined {
    const view = this.endpointController.view;
    const service = this.#service;
    return view.state === 'ready' &&
      this.#ym &&
      service &&
      service.mode !== 'unavailable' &&
      view.data?.booking_url &&
      !this.#zms?.captchaPending()
      ? view.data.slots_url
      : undefined;
  }

  constructor() {
    super();
    // A link to an appointment followed on this page (e.g. "Termin absagen" of the confirmation).
    new WindowListener(this, 'hashchange', () => {
      if (this.api !== 'zms' && !this.#config?.manage_url) return;
      this.#linkRead = false;
      this.requestUpdate();
    });
  }

  /** Builds the formats of the office's days (see intl-warm-up.ts) while its data is on its way. */
  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    warmUpIntl(
      () => todayMonth(),
      () => formatDate(todayMonth().iso, this.language, undefined, 'long'),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('month')) {
      this.#ym = undefined;
      this.#clearChoice();
    }
    const config = this.#config;
    if (!config) return;
    if (!this.#service) {
      this.#serviceId = config.services.some((service) => service.id === this.preselect)
        ? this.preselect
        : config.services.length === 1
          ? config.services[0]!.id
          : undefined;
    }
    if (!this.#ym) {
      const [year, month] = (this.month ?? '').split('-').map(Number) as [number, number];
      const today = todayMonth(config.timezone);
      // A month gone by (an attribute left in the page) opens at the current month: no earlier
      // month can be shown or booked.
      const ahead = year * 12 + month >= today.year * 12 + today.month;
      this.#ym = ahead && month >= 1 && month <= 12 ? { year, month } : today;
    }
    if (!this.#resumeRead) this.#resume(config);
    // Once its chunk failed, the form is loaded again by the citizen's retry only: loading it
    // before every render asked for a missing chunk hundreds of times a second, forever.
    if (this.#slotsUrl() && !this.#formFailed) this.#loadForm();
    // ZMS: loads the captcha a chosen office asks for; shows its step again when it lapsed.
    this.#zms?.willUpdate(this.#slots);
    if (!this.#linkRead) {
      this.#linkRead = true;
      void this.#openLinkedAppointment(config);
    }
  }

  /**
   * The page was opened from a link to an appointment: ZMS's activation link
   * (`#/appointment/confirm/<base64>`) or view link (`#/appointment/<base64>`), or the own
   * contract's `#/booking/<code>/<token>` (with `manage_url`): confirm it or show it.
   */
  async #openLinkedAppointment(config: RegistryConfig): Promise<void> {
    try {
      // A stalled connection counts as failed after twice the timeout (the link's box says so).
      const source = await unlessStalled(this.#linkedSource(config), 2 * this.timeout);
      if (!source) return;
      const { AppointmentView } = await unlessStalled(
        import('./appointment-link.js'),
        2 * this.timeout,
      );
      this.#appointment = new AppointmentView(source);
      await this.#appointment.load(this.#viewContext(config));
    } catch (error) {
      // Its module did not load (offline, a broken deploy): said above the booking, with the
      // contact; a retry loads the page again (a browser keeps a failed module for the page).
      console.warn('civic-widgets: <registry-booking> could not open the appointment', error);
      this.#linkFailed = true;
      this.requestUpdate();
    }
  }

  async #linkedSource(config: RegistryConfig): Promise<AppointmentSource | undefined> {
    if (config.api === 'zms') return this.#zms!.linkedSource(location.hash);
    const reference = config.manage_url ? bookingFromHash(location.hash) : undefined;
    if (!reference) return undefined;
    const { ownAppointmentSource } = await import('./appointment-link.js');
    return ownAppointmentSource(config, reference);
  }

  /** Leaves an opened appointment for the booking; `previous`: cancelled to book a different time. */
  #leaveAppointment(config: RegistryConfig, previous?: Appointment): void {
    // The link has done its work: without it a reload shows the booking, not this appointment.
    history.replaceState(history.state, '', location.pathname + location.search);
    this.#update(() => {
      this.#appointment = undefined;
      this.#form?.clear(); // the confirmation that linked here has done its work
      if (!previous) return;
      // A different time: the same service, the citizen's details kept for the form.
      const service = config.services.find(
        (candidate) =>
          candidate.id === previous.serviceId || candidate.name === previous.serviceName,
      );
      if (service) this.#serviceId = service.id;
      this.#clearChoice();
      this.#keptCitizen = previous.citizen;
      this.#applyKeptCitizen();
    }, '#booking-title');
    if (previous) void this.#slots.reload();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusNext);
      // Headings take focus from script only (tabindex -1), never a place in the tab order.
      if (target && target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
      target?.focus();
      this.#focusNext = undefined;
    }
  }

  readonly #loadForm = (): void => {
    if (this.#form || this.#formLoad) return;
    this.#formFailed = false;
    this.requestUpdate(); // a retry's problem box gives way to "Wird geladen …"
    // A stalled connection counts as failed after twice the timeout: a retry asks again.
    this.#formLoad = unlessStalled(import('./booking-step.js'), 2 * this.timeout).then(
      ({ BookingForm }) => {
        this.#form = new BookingForm(this.#config?.booking_url ?? '', this.#resumed);
        this.#applyKeptCitizen();
        // After a reload while a booking was on its way: sent again at once under its key, so
        // that the citizen learns what became of it before anything else (one that arrived is
        // answered, not made again; another time chosen meanwhile would have booked twice).
        if (this.#resumed) void this.#form.send(this.#viewContext(this.#config!), this.#service!);
        this.requestUpdate();
      },
      (error) => {
        // Offline, stalled or a broken deploy: the contact and a prepared e-mail; a retry loads
        // it again.
        console.warn('civic-widgets: <registry-booking> could not load its form', error);
        this.#formLoad = undefined;
        this.#formFailed = true;
        this.requestUpdate();
      },
    );
  };

  /**
   * The page was reloaded while a booking of this tab was on its way (no definite answer came):
   * chooses its service and time again, for the form to send it again under its key once it has
   * loaded.
   */
  #resume(config: RegistryConfig): void {
    this.#resumeRead = true;
    const sent = readKeptForm(config.booking_url ?? '').sending;
    if (!sent || !config.services.some((service) => service.id === sent.service)) return;
    this.#serviceId = sent.service;
    this.#slot = sent.slot;
    this.#day = this.#focusDay = dayKeyInZone(sent.slot.start, config.timezone);
    const { year, month } = parseDayKey(this.#day);
    this.#ym = { year, month };
    this.#resumed = true;
  }

  /** Fills the form's empty fields with the details of the appointment the citizen cancelled. */
  #applyKeptCitizen(): void {
    const kept = this.#keptCitizen;
    if (!this.#form || !kept) return;
    const values = this.#form.values;
    this.#form.values = {
      ...values,
      name: values.name || kept.name || '',
      email: values.email || kept.email || '',
      phone: values.phone || kept.phone || '',
    };
    this.#keptCitizen = undefined;
  }

  /** The office to turn to: the endpoint's office, else the contact attributes or `<city-services>`. */
  #contact(config?: RegistryConfig): Contact | undefined {
    // ZMS names no contact for its offices: the editor's (or <city-services>') comes first.
    return config?.api === 'zms'
      ? mergeContacts(this.contact, config.office)
      : mergeContacts(config?.office, this.contact);
  }

  #update(patch: () => void, focus?: string): void {
    patch();
    this.#focusNext = focus;
    this.requestUpdate();
  }

  /** What the views get from the widget (booking-view-context.ts), built once per render. */
  #viewContext(config: RegistryConfig): BookingViewContext {
    // With several places (ZMS) the chosen time's place is the office of the booking.
    const place = config.places?.find((candidate) => candidate.id === this.#slot?.place);
    const view: BookingViewContext = {
      config,
      office: place
        ? { ...config.office, name: place.name, address: place.address }
        : config.office,
      fields: place?.fields,
      message: this.#message,
      lang: this.language,
      timeout: this.timeout,
      service: this.#service,
      day: this.#day,
      slot: this.#slot,
      placeId: this.#placeId,
      heading: (text, id, offset) => this.renderHeading(text, id, offset),
      contact: () => this.renderContact(this.#contact(config)),
      problem: (text, retry, label, options) => this.#renderProblem(text, retry, label, options),
      refresh: (focus) => this.#update(() => {}, focus),
      announce: (text) => this.announce(text),
      element: this,
      on: {
        service: this.#onService,
        place: this.#onPlace,
        month: this.#goTo,
        gridKey: (event, focus, min) => this.#onGridKey(event, focus, min),
        day: this.#onDay,
        time: this.#onTime,
        again: this.#again,
        leaveAppointment: (previous) => this.#leaveAppointment(config, previous),
        slotTaken: () => {
          this.#slot = undefined;
          void this.#slots.reload();
        },
      },
    };
    // ZMS: the captcha the chosen time's office asks for, in the form, and its way of sending.
    this.#zms?.formView(view);
    return view;
  }

  // ------------------------------------------------------------------------------ rendering

  protected renderReady(config: RegistryConfig, endpoint: EndpointView<RegistryConfig>): unknown {
    const view = this.#viewContext(config);
    if (this.#appointment) return this.#appointment.render(view);
    const service = this.#service;
    if (this.#form?.done && service) return this.#form.renderDone(view);
    return html`
      ${
        this.#linkFailed
          ? this.#renderProblem(
              this.fallbackTitle(),
              () => location.reload(),
              this.coreMessage('retry'),
            )
          : nothing
      }
      ${this.renderHeading(
        this.heading ?? this.#message('heading', { office: config.office.name }),
        'booking-title',
      )}
      ${renderServices(view)}
      ${service ? this.#renderService(view, service, endpoint.state === 'stale') : nothing}
    `;
  }

  #renderService(
    view: BookingViewContext,
    service: RegistryService,
    stale: boolean,
  ): TemplateResult {
    const { config } = view;
    const reason = stale
      ? 'staleNoBooking'
      : service.mode === 'unavailable'
        ? 'unavailable'
        : config.slots_url && config.booking_url
          ? undefined
          : 'noOnline';
    return html`${renderServiceInfo(view, service)}
    ${
      reason
        ? html`<div class="offline">
            <p>${this.#message(reason)}</p>
            ${
              stale
                ? html`<slot name="fallback">
                    ${this.renderContact(mergeContacts(this.contact, config.office))}
                  </slot>`
                : this.renderContact(this.#contact(config))
            }
          </div>`
        : html`${renderPlaces(view, service)}${
            this.#zms?.captchaPending()
              ? this.#zms.renderCaptcha(view, this.renderLoading(), this.coreMessage('retry'))
              : this.#renderCalendar(view, service)
          }`
    }`;
  }

  /** The month's free slots per day, past ones left out; grouped once per answer. */
  #days(data: SlotsData | undefined, zone: string): Map<string, Slot[]> | undefined {
    if (!data) return undefined;
    if (this.#grouped?.data !== data) {
      this.#grouped = { data, days: groupSlotsByDay(data.slots, zone, Date.now()) };
    }
    return this.#grouped.days;
  }

  #renderCalendar(view: BookingViewContext, service: RegistryService): TemplateResult {
    const { config } = view;
    const ym = this.#ym!;
    const lang = this.language;
    const zone = config.timezone;
    const slots = this.#slots.view;
    const pending = this.#slots.pending || slots.state === 'loading';
    // A reload of the same month (after a 409) keeps its days on screen, times disabled.
    const data =
      slots.state === 'ready' && slots.args?.[0] === this.#slotKey() ? slots.data : undefined;
    const days = this.#days(data, zone);
    const today = todayMonth(zone);
    const min = monthRange(today.year, today.month).from;
    const { from, to } = monthRange(ym.year, ym.month);
    const inMonth = (day?: string) => (day && day >= from && day <= to ? day : undefined);
    const counts = days && new Map([...days].map(([day, list]) => [day, list.length]));
    // ZMS names bookable days without their times (-1: free, how many is not known yet).
    for (const day of data?.bookable_days ?? []) {
      if (counts && !counts.has(day) && day >= today.iso) counts.set(day, -1);
    }
    const focus =
      inMonth(this.#focusDay) ??
      inMonth(this.#day) ??
      inMonth(days?.keys().next().value) ??
      inMonth(today.iso) ??
      from;
    const next = data?.next_available;
    const conflict = this.#form?.problem === 'conflict';
    return html`${renderCalendar(view, {
      ym,
      today: today.iso,
      min,
      counts,
      focus,
      status: pending
        ? html`<p class="loading" role="status">${this.#message('slotsLoading')}</p>`
        : data
          ? nothing
          : this.#renderProblem(
              this.#message('slotsFailed'),
              () => {
                // The problem box goes while the month loads again: focus to the calendar's heading.
                this.#focusNext = '#cal-title';
                void this.#slots.reload();
              },
              this.coreMessage('retry'),
            ),
      empty:
        !pending && counts && !counts.size
          ? {
              nextDay: next ? formatDate(next, lang, zone, 'long') : '',
              target: nextSlotMonth(ym, next, zone),
            }
          : undefined,
    })}
    ${
      this.#day && days
        ? html`${renderTimes(view, {
            day: this.#day,
            slots: days.get(this.#day) ?? [],
            conflict,
            conflictText: this.#form?.conflictText(view),
            disabled: pending,
          })}
          ${
            !this.#slot && !this.#form?.problem
              ? nothing
              : this.#form
                ? this.#form.render(view, service)
                : this.#formFailed
                  ? this.#renderProblem(
                      this.#message('formFailed'),
                      this.#loadForm,
                      this.coreMessage('retry'),
                      { mail: true },
                    )
                  : this.renderLoading()
          }`
        : nothing
    }`;
  }

  /**
   * A problem with what to do: retry, the office's contact, and (for bookings) a prepared e-mail.
   * When the server refused the request as it is, the e-mail comes first and retrying second.
   */
  #renderProblem(
    text: string,
    retry: () => void,
    label: string,
    { mail = false, refused = false } = {},
  ): TemplateResult {
    const config = this.#config!;
    const contact = this.#contact(config);
    const mailto = mail && contact?.email ? this.#mailto(config, contact.email) : undefined;
    return html`<div part="error" class="notice problem" id="problem" tabindex="-1">
      ${iconError}
      <div>
        <p>${text}</p>
        <div class="actions">
          ${
            refused && mailto
              ? html`<a class="button" href=${mailto}>${this.#message('mailLink')}</a>`
              : nothing
          }
          <button class="button ${refused ? 'secondary' : ''}" type="button" @click=${retry}>
            ${label}
          </button>
        </div>
        ${this.renderContact(contact)}
        ${mailto && !refused ? html`<p><a href=${mailto}>${this.#message('mailLink')}</a></p>` : nothing}
      </div>
    </div>`;
  }

  /** A mailto that already holds the chosen service, date and time, and what was typed. */
  #mailto(config: RegistryConfig, email: string): string | undefined {
    const lang = this.language;
    const words = this.#slot
      ? slotWords({ message: this.#message, lang }, this.#slot, config.timezone)
      : { date: this.#day ? formatDate(this.#day, lang, undefined, 'long') : '', from: '' };
    const params = { service: this.#service!.name, date: words.date, time: words.from };
    const { name = '', email: from = '', phone = '', notes = '' } = this.#form?.values ?? {};
    const body = this.#message('mailBody', { ...params, name, email: from, phone, notes });
    return mailtoHref(email, this.#message('mailSubject', params), body);
  }

  // ------------------------------------------------------------------------------ handlers

  /** A new service or month: nothing chosen yet (typed values stay). */
  #clearChoice(): void {
    this.#day = this.#slot = this.#focusDay = this.#timesDay = undefined;
    this.#form?.newChoice();
  }

  readonly #onService = (event: Event): void => {
    this.#update(() => {
      this.#serviceId = (event.target as HTMLInputElement).value;
      // The place chosen for another service may not offer this one (its choice is then gone
      // from view, and no month would have a time there): the choice starts again at "any place".
      this.#placeId = undefined;
      this.#clearChoice();
    });
  };

  readonly #onPlace = (event: Event): void => {
    this.#update(() => {
      this.#placeId = (event.target as HTMLInputElement).value || undefined;
      this.#clearChoice();
    });
  };

  readonly #goTo = (ym: YearMonth, focus?: string): void => {
    this.#update(() => {
      this.#ym = ym;
      this.#clearChoice();
    }, focus);
  };

  #onGridKey(event: KeyboardEvent, focus: string, min: string): void {
    const day = dayForKey(focus, event, min);
    if (!day) return;
    event.preventDefault();
    const [year, month] = day.split('-').map(Number) as [number, number];
    if (year !== this.#ym!.year || month !== this.#ym!.month) this.#goTo({ year, month });
    this.#update(() => (this.#focusDay = day), `[data-day="${day}"]`);
  }

  readonly #onDay = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLElement>('[data-day]');
    const day = button?.dataset.day;
    if (!day || button.getAttribute('aria-disabled')) return;
    if (day !== this.#day) {
      this.#slot = undefined;
      this.#form?.newChoice();
    }
    const count = this.#grouped?.days.get(day)?.length ?? 0;
    // ZMS: a bookable day whose times were not sent yet: ask for them.
    const askTimes = !count && !!this.#slots.view.data?.bookable_days?.includes(day);
    this.#update(() => {
      this.#day = this.#focusDay = day;
      if (askTimes) this.#timesDay = day;
    });
    if (askTimes) return this.announce(this.#message('slotsLoading'));
    this.announce(
      `${this.#message('times', { date: formatDate(day, this.language, undefined, 'long') })}: ${this.#message('free', { count: count })}`,
    );
  };

  readonly #onTime = (event: Event): void => {
    const id = (event.target as HTMLInputElement).value;
    const slot = this.#grouped?.days.get(this.#day!)?.find((time) => time.id === id);
    if (slot?.id !== this.#slot?.id) this.#form?.newChoice();
    this.#update(() => (this.#slot = slot));
  };

  /** "Weiteren Termin vereinbaren": the confirmation goes, focus goes to the widget's heading. */
  readonly #again = (): void => {
    this.#update(() => {
      this.#form?.clear();
      this.#clearChoice();
    }, '#booking-title');
    void this.#slots.reload();
  };
}
