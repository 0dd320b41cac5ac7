import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { cityServicesContext } from './city-services-context.js';
import { hasContact, mergeContacts } from './contact.js';
import { coreMessages } from './core-messages.js';
import { EndpointController } from './endpoint-controller.js';
import { CivicFallbackEvent, CivicLoadedEvent } from './events.js';
import { formatDateTime } from './format.js';
import { LangController, translate } from './i18n.js';
import { iconInfo, impairedStatusIcon } from './icons.js';
import { nextMessage } from './next-task.js';
import { mailtoHref, safeUrl, telHref } from './safe-url.js';
import { isImpaired } from './service-health.js';
import { baseStyles } from './styles.js';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { CityServicesValue } from './city-services-context.js';
import type { Contact } from './contact.js';
import type { CoreMessageKey } from './core-messages.js';
import type { EndpointState, EndpointView } from './endpoint-controller.js';
import type { Lang, MessageParams } from './i18n.js';
import type { ServiceHealth, ServiceStatusValue } from './service-health.js';

/**
 * What every civic widget shares: one endpoint loaded through the shared
 * {@link EndpointController}, the four states, the stale notice with its date, the contact
 * fallback, the retry control, `<city-services>` defaults and the language.
 *
 * @attr {"eager"} loading - Read by the autoloader (`civic-widgets.js`): `eager` loads this
 *   widget's module at once; without it, when the widget comes within half a screen of the view.
 *
 * @slot fallback - Contact information written by the editor. Shown (instead of the contact
 *   attributes) when the endpoint fails; visible before and without JavaScript.
 *
 * @event civic-loaded - Fresh data is on screen. `detail.source`: `endpoint`, `property` or `inline`.
 * @event civic-fallback - The endpoint failed. `detail.state`: `stale` (last good data shown) or
 *   `fallback` (contact shown); `detail.error` is the typed EndpointError.
 *
 * @csspart base - The widget's box.
 * @csspart service-notice - The warning that this widget's service is impaired (from `<city-services>`).
 * @csspart stale-notice - The note that stale data is shown, with its date.
 * @csspart fallback - The fallback section shown when nothing could be loaded.
 * @csspart contact - The contact block (phone, e-mail, hours, website).
 * @csspart retry - The "try again" button.
 *
 * @cssprop --civic-font-family - Font (default: the page's).
 * @cssprop --civic-font-size - Base font size (default 1rem).
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-muted - Secondary text colour.
 * @cssprop --civic-color-background - Background of the widget.
 * @cssprop --civic-color-surface - Background of notices and cards.
 * @cssprop --civic-color-border - Border colour.
 * @cssprop --civic-color-accent - Links and buttons.
 * @cssprop --civic-color-accent-text - Text on accent buttons.
 * @cssprop --civic-color-focus - Focus outline.
 * @cssprop --civic-color-ok - Operational status.
 * @cssprop --civic-color-warning - Degraded status and notices.
 * @cssprop --civic-color-danger - Outage status and errors.
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-space - Base spacing.
 *
 * @cssstate loading - First load in progress.
 * @cssstate ready - Fresh data shown.
 * @cssstate stale - Last good data shown, marked with its date.
 * @cssstate fallback - Contact fallback shown.
 */
export abstract class CivicWidget<T> extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  // Reactive properties are declared here, not with decorators: Lit's decorator runtime
  // (@property, @state, @lit/context's @consume) cost ~420-510 bytes gzip in every element.
  // JSDoc, types and defaults stay on the fields below, where the manifest reads them; fields
  // without a default are `declare`d so they never shadow Lit's accessors.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    timeout: { type: Number },
    cache: {},
    data: { attribute: false },
    service: {},
    contactName: { attribute: 'contact-name' },
    contactPhone: { attribute: 'contact-phone' },
    contactEmail: { attribute: 'contact-email' },
    contactHours: { attribute: 'contact-hours' },
    contactUrl: { attribute: 'contact-url' },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    state: { reflect: true },
    announcement: { state: true },
  };

  protected readonly langController = new LangController(this);

  /** Loads `endpoint`; widgets never fetch themselves. */
  protected readonly endpointController: EndpointController<T> = new EndpointController<T>(this, {
    parse: (raw) => this.parseData(raw),
    url: () => this.endpointUrl(),
    timeout: () => this.timeout,
    cache: () => this.cache !== 'off',
    data: () => this.data,
    snapshot: () => this.#snapshot,
  });

  // `<city-services>`' value, set by the context consumer (see the constructor).
  protected city?: CityServicesValue;

  /** URL of the JSON endpoint. */
  declare endpoint?: string;

  /** Milliseconds to wait for the endpoint before falling back. */
  timeout = 5000;

  /** `off` disables keeping the last good data in localStorage. */
  cache: 'on' | 'off' = 'on';

  /** Data given directly (JavaScript only); used instead of `endpoint`. */
  declare data?: unknown;

  /** Id of the city service this widget depends on; when `<city-services>` reports it impaired, the widget says so up front. */
  declare service?: string;

  /** Fallback contact: name of the office. */
  declare contactName?: string;

  /** Fallback contact: phone number, shown as a tel: link. */
  declare contactPhone?: string;

  /** Fallback contact: e-mail address, shown as a mailto: link. */
  declare contactEmail?: string;

  /** Fallback contact: opening hours. */
  declare contactHours?: string;

  /** Fallback contact: web page. */
  declare contactUrl?: string;

  /** Text of the widget's heading, instead of its own (see the element's `heading` attribute). */
  declare heading?: string;

  /** Level (1–6) of the widget's headings, to fit the page's outline. */
  headingLevel = 2;

  /** Current state, reflected for CSS: `loading`, `ready`, `stale` or `fallback`. Read-only. */
  state: EndpointState = 'loading';

  /** Text for the polite live region. */
  protected announcement = '';

  /** Inline `<script type="application/json">` child, read once on connect. */
  #snapshot?: unknown;
  readonly #internals?: ElementInternals;
  #announcedState?: EndpointState;
  /** The view whose rendering threw: the fallback is shown until another view arrives. */
  #failedView?: EndpointView<T>;

  constructor() {
    super();
    // Like `@consume({ subscribe: true })`: the consumer requests the re-render on every value.
    new ContextConsumer(this, {
      context: cityServicesContext,
      subscribe: true,
      callback: (value) => {
        this.city = value;
      },
    });
    try {
      this.#internals = this.attachInternals();
    } catch {
      // Browsers without ElementInternals still get the `state` attribute.
    }
  }

  /** Validates the endpoint's JSON; throws on a wrong shape. */
  protected abstract parseData(raw: unknown): T | Promise<T>;

  /**
   * What this widget is called as the subject of a sentence, with its article, in the page's
   * language ("Die Formularsuche", "Der Mängelmelder"). The fallback's heading names what
   * failed with it ("Die Formularsuche ist gerade nicht erreichbar"), never "Dieser Dienst",
   * which reads as if the whole site were down.
   */
  protected abstract widgetName(): string;

  /** Renders the data (fresh, or stale under the stale notice). */
  protected abstract renderReady(data: T, view: EndpointView<T>): unknown;

  /** The URL the endpoint controller loads (override to derive it, e.g. Open311's services.json). */
  protected endpointUrl(): string | undefined {
    return this.endpoint;
  }

  /** The language strings are shown in. */
  protected get language(): Lang {
    return this.langController.lang;
  }

  /** The fallback contact: the contact attributes, else `<city-services>`' contact. */
  protected get contact(): Contact | undefined {
    return mergeContacts(
      {
        name: this.contactName,
        phone: this.contactPhone,
        email: this.contactEmail,
        hours: this.contactHours,
        url: this.contactUrl,
      },
      this.city?.contact,
    );
  }

  /** Status of this widget's `service` from `<city-services>`, when it is impaired. */
  protected get impairedService(): ServiceHealth | undefined {
    const health = this.service ? this.city?.statuses.get(this.service) : undefined;
    return health && isImpaired(health.status) ? health : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script && this.#snapshot === undefined) {
      try {
        this.#snapshot = JSON.parse(script.textContent ?? '');
      } catch (error) {
        console.warn(`civic-widgets: <${this.localName}> inline JSON is not valid JSON`, error);
      }
    }
  }

  /**
   * The first render waits for a task of its own. Defining an element upgrades every one of its
   * tags on the page at once, and Lit would render them all in the microtasks of that one task:
   * on the demo (ten widgets) that made long tasks of 50–110 ms at 4× CPU, and a Total Blocking
   * Time of 190–210 ms on a slower machine (issue 14 §3, §4). Nothing moves meanwhile: the
   * reserved-space sheet holds each widget's room until its first render (`:not([state])`).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await nextMessage();
    super.scheduleUpdate();
  }

  /** Asks the endpoint again. */
  reload(): Promise<void> {
    return this.endpointController.reload();
  }

  /** The state on screen: the view's, or `fallback` when drawing the view failed. */
  #shownState(view: EndpointView<T>): EndpointState {
    return view === this.#failedView ? 'fallback' : view.state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const next = this.#shownState(this.endpointController.view);
    if (next !== this.state) this.state = next;
    this.#syncCustomState();
  }

  /**
   * Rendering errors end in the fallback, never in a frozen screen: when the widget cannot
   * draw its data (a bug, data no check foresaw), Lit would keep the last screen ("Wird
   * geladen …") for good. The base class's fallback with the contact is drawn instead, until
   * other data arrives (a reload, a poll).
   */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
      return;
    } catch (error) {
      const view = this.endpointController.view;
      if (view === this.#failedView) throw error; // the fallback itself failed
      console.error(`civic-widgets: <${this.localName}> render failed`, error);
      this.#failedView = view;
      // Set before super.update() below, which reflects it in this same update.
      // eslint-disable-next-line lit/no-property-change-update
      this.state = 'fallback';
      this.#syncCustomState();
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.endpointController.view;
    const state = this.#shownState(view);
    if (state === this.#announcedState || state === 'loading') return;
    this.#announcedState = state;
    if (state === 'ready') {
      this.dispatchEvent(new CivicLoadedEvent({ source: view.source ?? 'endpoint' }));
    } else {
      this.dispatchEvent(
        new CivicFallbackEvent({ state, error: view.error, savedAt: view.savedAt }),
      );
    }
  }

  #syncCustomState(): void {
    const states = this.#internals?.states;
    if (!states) return;
    for (const state of ['loading', 'ready', 'stale', 'fallback']) {
      try {
        if (state === this.state) states.add(state);
        else states.delete(state);
      } catch {
        // Older engines only accept `--name` custom states; the attribute covers them.
      }
    }
  }

  /** Says `message` once in the polite live region. */
  protected announce(message: string): void {
    this.announcement = '';
    // A changed text node is what screen readers announce: clear first, then set.
    requestAnimationFrame(() => {
      this.announcement = message;
    });
  }

  /** A string shared by every widget (core-messages.ts) in the widget's language. */
  protected coreMessage(key: CoreMessageKey, params?: MessageParams): string {
    return translate(coreMessages, this.language, key, params);
  }

  /** The word for a status, the same in every widget ("Gestört", "Status unklar"). */
  protected statusLabel(status: ServiceStatusValue): string {
    return this.coreMessage(status);
  }

  protected formatDateTime(value: string | Date): string {
    return formatDateTime(value, this.language);
  }

  /** The date stale data is from, when the cache has none (e.g. the payload's `updated_at`). */
  protected dataDate(_data: T): string | undefined {
    return undefined;
  }

  /**
   * The citizen's retry. When it failed again, that is said in the live region: the button only
   * changed back, and a screen reader heard nothing. When the data came, the button went with
   * its notice and the focus would fall to the page's start (WCAG 2.4.3): it goes to the
   * widget's heading, which takes it from script only (tabindex -1; kept, unlike the
   * autoloader's hand-over, which gives it back on blur: here that did not fit the budget of
   * <defect-reporter>, and a tabindex of -1 adds no tab stop).
   */
  readonly #onRetry = async () => {
    await this.reload();
    await this.updateComplete;
    if (this.state !== 'ready') return this.announce(this.fallbackTitle());
    const heading = this.renderRoot.querySelector<HTMLElement>('.heading');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  };

  override render(): TemplateResult {
    const view = this.endpointController.view;
    const content =
      view === this.#failedView ? this.#renderContactFallback() : this.renderState(view);
    return html`<div part="base" class="base">
      ${this.renderServiceNotice()} ${content}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </div>`;
  }

  protected renderState(view: EndpointView<T>): unknown {
    switch (view.state) {
      case 'loading':
        return this.renderLoading();
      case 'ready':
        return this.renderReady(view.data as T, view);
      case 'stale':
        return html`${this.renderStaleNotice(view)}${this.renderReady(view.data as T, view)}`;
      default:
        return this.renderFallback(view);
    }
  }

  protected renderLoading(): unknown {
    return html`<p class="loading" role="status">${this.coreMessage('loading')}</p>`;
  }

  /** A heading at `heading-level` (plus `offset` for sub-headings), as role=heading to fit any page outline. */
  protected renderHeading(text: string, id?: string, offset = 0): TemplateResult {
    const level = Math.min(6, Math.max(1, (this.headingLevel || 2) + offset));
    return html`<div class="heading" role="heading" aria-level=${level} id=${id ?? nothing}>
      ${text}
    </div>`;
  }

  protected renderRetry(): TemplateResult {
    const pending = this.endpointController.pending;
    return html`<button
      part="retry"
      class="button secondary"
      type="button"
      aria-disabled=${pending}
      @click=${pending ? undefined : this.#onRetry}
    >
      ${this.coreMessage(pending ? 'retrying' : 'retry')}
    </button>`;
  }

  /** "Sie sehen den zuletzt bekannten Stand vom <date>.": the date the data was last good. */
  protected staleText(view: EndpointView<T>): string {
    const date = view.savedAt ?? (view.data === undefined ? undefined : this.dataDate(view.data));
    return date
      ? this.coreMessage('staleText', { date: this.formatDateTime(date) })
      : this.coreMessage('staleTextNoDate');
  }

  protected renderStaleNotice(view: EndpointView<T>): TemplateResult {
    return html`<div part="stale-notice" class="notice stale">
      ${iconInfo}
      <div>
        <p>
          <strong>${this.coreMessage('staleTitle')}.</strong>
          ${this.staleText(view)}
        </p>
        <div class="actions">${this.renderRetry()}</div>
      </div>
    </div>`;
  }

  /** The fallback's heading: what failed, by name. */
  protected fallbackTitle(): string {
    return this.coreMessage('fallbackTitle', { name: this.widgetName() });
  }

  /**
   * The one sentence under the fallback's heading: what the citizen can do now, leading to the
   * contact below it (widgets say what happens to what the citizen typed).
   */
  protected fallbackText(): string {
    return this.coreMessage('fallbackText');
  }

  /**
   * What the widget still offers when its endpoint failed, between the text and the contact
   * (e.g. the form finder's "request the form you searched for by e-mail"). Nothing by default.
   */
  protected renderFallbackOffer(): unknown {
    return nothing;
  }

  protected renderFallback(_view: EndpointView<T>): unknown {
    return this.#renderContactFallback();
  }

  /** The fallback of every widget: what happened, what to do now, the contact, try again. */
  #renderContactFallback(): TemplateResult {
    return html`<section part="fallback" class="fallback" aria-labelledby="fallback-title">
      ${this.renderHeading(this.fallbackTitle(), 'fallback-title')}
      <p>${this.fallbackText()}</p>
      ${this.renderFallbackOffer()}
      <slot name="fallback">${this.renderContact()}</slot>
      <div class="actions">${this.renderRetry()}</div>
    </section>`;
  }

  /** The contact block: every channel, always in the same order. */
  protected renderContact(contact = this.contact): TemplateResult {
    if (!hasContact(contact)) {
      return html`<p part="contact" class="contact">${this.coreMessage('fallbackNoContact')}</p>`;
    }
    // One row per given detail; the phone, e-mail and website as links when they are valid.
    const row = (label: CoreMessageKey, value?: string, href?: string) =>
      value
        ? html`<dt>${this.coreMessage(label)}</dt>
            <dd>${href ? html`<a href=${href}>${value}</a>` : value}</dd>`
        : nothing;
    const url = safeUrl(contact.url);
    return html`<address part="contact" class="contact">
      <dl>
        ${row('contactName', contact.name)}
        ${row('phone', contact.phone, contact.phone && telHref(contact.phone))}
        ${row('email', contact.email, contact.email && mailtoHref(contact.email))}
        ${row('hours', contact.hours)} ${row('website', url, url)}
      </dl>
    </address>`;
  }

  /**
   * The calm note shown instead of the warning when `service` is impaired but this widget's
   * own endpoint answers: what the citizen uses works, maybe slower. Widgets may say what the
   * impairment means for them ("Online-Meldungen werden weitergeleitet …").
   */
  protected serviceWorksNote(health: ServiceHealth): string {
    return this.coreMessage('serviceWorks', { service: health.name });
  }

  protected renderServiceNotice(): unknown {
    const health = this.impairedService;
    if (!health) return nothing;
    const view = this.endpointController.view;
    // Notices never contradict what works: with fresh data from its own endpoint on screen, a
    // warning to phone instead would; a short, calm note says what may take longer.
    if (view.state === 'ready' && view.source === 'endpoint') {
      return html`<p part="service-notice" class="notice service-note" role="note">
        ${iconInfo}<span>${this.serviceWorksNote(health)}</span>
      </p>`;
    }
    return html`<div
      part="service-notice"
      class="notice service-notice s-${health.status}"
      role="note"
    >
      ${impairedStatusIcon(health.status)}
      <p>
        <strong
          >${this.coreMessage('serviceImpaired', { service: health.name, status: this.statusLabel(health.status) })}</strong
        >
        ${health.message ?? ''}
      </p>
    </div>`;
  }
}
