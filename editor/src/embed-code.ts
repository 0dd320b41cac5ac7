import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { requestJson } from '../../src/core/http.js';
import { mailtoHref, telHref } from '../../src/core/safe-url.js';
import { parseServiceStatus } from '../../src/service-status/service-status-schema.js';
import { contactProblems } from './payload-check.js';
import type { PayloadProblem } from './payload-check.js';
import { problemText } from './payload-messages.js';
import type { EditorLang } from './payload-messages.js';
import { copyText } from './publish.js';
import { say, WORKBENCH_TEXT } from './workbench-text.js';

export const EMBEDDABLE_WIDGETS = [
  'service-status',
  'form-finder',
  'defect-reporter',
  'registry-booking',
] as const;
export type EmbeddableWidget = (typeof EMBEDDABLE_WIDGETS)[number];

/** What the editor fills in; every value is text as typed. */
export interface EmbedOptions {
  widget: EmbeddableWidget;
  variant: string;
  endpoint: string;
  /** The status file `<city-services>` reads: with it a widget's `service` shows its outage. */
  statusEndpoint: string;
  scriptUrl: string;
  integrity: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  contactHours: string;
  service: string;
  headingLevel: string;
  lang: string;
}

/** How long typing must pause before the preview loads what was typed. */
const TYPING_PAUSE_MS = 600;

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<service-status>` reads the status file itself: it has no `service` of its own. */
const readsStatusItself = (options: EmbedOptions): boolean => options.widget === 'service-status';

/** The `<city-services>` around the widget, when the editor named a status file for it. */
function statusEndpointOf(options: EmbedOptions): string {
  return readsStatusItself(options) ? '' : options.statusEndpoint.trim();
}

/** The widget's attributes in the order the docs list them; empty ones and defaults left out. */
export function embedAttributes(options: EmbedOptions): [string, string][] {
  const attributes: [string, string][] = [
    ['endpoint', options.endpoint],
    [
      'variant',
      options.widget === 'service-status' && options.variant !== 'list' ? options.variant : '',
    ],
    ['service', readsStatusItself(options) ? '' : options.service],
    ['heading-level', options.headingLevel === '2' ? '' : options.headingLevel],
    ['lang', options.lang === 'de' ? '' : options.lang],
    ['contact-name', options.contactName],
    ['contact-phone', options.contactPhone],
    ['contact-email', options.contactEmail],
    ['contact-hours', options.contactHours],
  ];
  return attributes
    .filter(([, value]) => value.trim() !== '')
    .map(([name, value]) => [name, value.trim()]);
}

/** True when the script comes from another host than the page (a CDN): then `integrity` belongs on it. */
export function isOtherHost(
  scriptUrl: string,
  pageUrl = globalThis.location?.href ?? 'https://localhost/',
): boolean {
  try {
    return new URL(scriptUrl, pageUrl).host !== new URL(pageUrl).host;
  } catch {
    return false;
  }
}

/**
 * The contact as the `slot="fallback"` paragraph shows it: "Bürgerbüro: (02324) 204 0,
 * buergerbuero@example.org, Mo–Fr 8–12 Uhr", phone and e-mail as links; undefined without
 * any contact field. One element for the snippet (its HTML) and the preview.
 */
export function fallbackParagraph(options: EmbedOptions): HTMLParagraphElement | undefined {
  const name = options.contactName.trim();
  const phone = options.contactPhone.trim();
  const email = options.contactEmail.trim();
  const hours = options.contactHours.trim();
  const parts: (string | HTMLAnchorElement)[] = [];
  const link = (text: string, href: string | undefined) => {
    if (!href) return text;
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.textContent = text;
    return anchor;
  };
  if (phone) parts.push(link(phone, telHref(phone)));
  if (email) parts.push(link(email, mailtoHref(email)));
  if (hours) parts.push(hours);
  if (!name && parts.length === 0) return undefined;
  const paragraph = document.createElement('p');
  paragraph.slot = 'fallback';
  if (name) paragraph.append(parts.length ? `${name}: ` : name);
  parts.forEach((part, index) => paragraph.append(...(index ? [', ', part] : [part])));
  return paragraph;
}

/** The contact's fields the fallback paragraph links (a tel: and a mailto: link). */
const CONTACT_FIELDS = { contactPhone: 'phone', contactEmail: 'email' } as const;
type ContactField = keyof typeof CONTACT_FIELDS;

/**
 * The typos in the contact, as the workbench's other checks find them (payload-check.ts): a
 * letter O for a 0 would make `(O2324) 2O4 O` the link `tel:232424`, `a@stadt,de` a mailto:
 * that reaches no one. By option key.
 */
export function contactErrors(
  options: EmbedOptions,
): Partial<Record<ContactField, PayloadProblem>> {
  const contact = { phone: options.contactPhone, email: options.contactEmail };
  const errors: Partial<Record<ContactField, PayloadProblem>> = {};
  for (const problem of contactProblems(contact, '')) {
    const key = (Object.keys(CONTACT_FIELDS) as ContactField[]).find(
      (candidate) => CONTACT_FIELDS[candidate] === problem.field,
    );
    if (key && problem.severity === 'error') errors[key] = problem;
  }
  return errors;
}

const indented = (text: string, depth: number): string =>
  text
    .split('\n')
    .map((line) => `${'  '.repeat(depth)}${line}`)
    .join('\n');

/**
 * The HTML an editor pastes into the CMS: the script tag (with integrity for another host) and
 * the element. With a contact, the element holds it as its `slot="fallback"` paragraph: shown
 * also when the script itself cannot load (the outage of the server it comes from), where the
 * `contact-…` attributes, read by the script, show nothing. With a status file, the element
 * sits in a `<city-services status-endpoint>`, without which its `service` would show no outage.
 */
export function embedSnippet(options: EmbedOptions): string {
  const integrity = options.integrity.trim();
  const scriptAttributes = [`type="module"`, `src="${escapeAttribute(options.scriptUrl.trim())}"`];
  if (integrity)
    scriptAttributes.push(`integrity="${escapeAttribute(integrity)}"`, `crossorigin="anonymous"`);
  const attributes = embedAttributes(options)
    .map(([name, value]) => `\n  ${name}="${escapeAttribute(value)}"`)
    .join('');
  const fallback = fallbackParagraph(options)?.outerHTML;
  const content = fallback ? `\n${indented(fallback, 1)}\n` : '';
  let element = `<${options.widget}${attributes}\n>${content}</${options.widget}>`;
  const statusEndpoint = statusEndpointOf(options);
  if (statusEndpoint) {
    element = `<city-services status-endpoint="${escapeAttribute(statusEndpoint)}">\n${indented(element, 1)}\n</city-services>`;
  }
  return `<script ${scriptAttributes.join(' ')}></script>\n\n${element}\n`;
}

/**
 * "Einbettungscode": pick a widget, fill in its endpoint, contact, service, heading level and
 * language, and get the HTML for the CMS with a live preview of the real widget.
 */
export class EmbedCode extends LitElement {
  static override properties = {
    language: { attribute: false },
    scriptUrl: { attribute: 'script-url' },
  };

  /** Language of the workbench. */
  declare language: EditorLang;
  /** Script address the form starts with (the page configures it; the guide names the CDN pattern). */
  declare scriptUrl?: string;

  options: EmbedOptions = {
    widget: 'service-status',
    variant: 'list',
    endpoint: '',
    statusEndpoint: '',
    scriptUrl: '',
    integrity: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    contactHours: '',
    service: '',
    headingLevel: '2',
    lang: 'de',
  };
  #message = '';
  /** What is wrong with the `service` the editor typed (not in the status file, no status file). */
  #serviceWarning = '';
  /** Counts the status file checks: an answer to an older one is not news. */
  #serviceChecks = 0;
  /**
   * The contact fields the editor has left once: their typos are said from then on, as they
   * change, not while the first value is still being typed.
   */
  #leftFields = new Set<ContactField>();
  /** The preview on screen as it was made (the live element's own attributes change). */
  #previewMade = '';
  /** The preview waits for a pause in typing: each new preview requests the data address. */
  #previewTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.language = 'de';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.options.scriptUrl ||= this.scriptUrl || '/civic-widgets/dist/civic-widgets.js';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
  }

  /**
   * Sets an option; the snippet follows at once, the preview after `previewDelay` ms. While the
   * editor types, every preview would request the half-typed address (during an outage, from a
   * struggling server): it waits for a pause in typing, or for the field's change (Enter, leaving it).
   */
  #set(key: keyof EmbedOptions, value: string, previewDelay = 0): void {
    (this.options as unknown as Record<string, string>)[key] = value;
    this.#message = '';
    this.requestUpdate();
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => this.#refreshPreview(), previewDelay);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.#refreshPreview();
  }

  #refreshPreview(): void {
    // The preview is the real element, made anew as the snippet has it.
    const frame = this.querySelector('#ec-preview-frame');
    if (!frame) return;
    const element = document.createElement(this.options.widget);
    for (const [name, value] of embedAttributes(this.options)) element.setAttribute(name, value);
    element.setAttribute('cache', 'off');
    element.setAttribute('timeout', '3000');
    const fallback = fallbackParagraph(this.options);
    if (fallback) element.append(fallback);
    let preview: HTMLElement = element;
    const statusEndpoint = statusEndpointOf(this.options);
    if (statusEndpoint) {
      preview = document.createElement('city-services');
      preview.setAttribute('status-endpoint', statusEndpoint);
      preview.append(element);
    }
    if (preview.outerHTML === this.#previewMade) return;
    this.#previewMade = preview.outerHTML;
    frame.replaceChildren(preview);
    void this.#checkService();
  }

  /**
   * Looks the widget's `service` up in the status file: a typo there (or a service renamed in
   * the file) would show citizens no outage notice on this widget, without any error. A request
   * of its own beside the preview's `<city-services>`, which reads the same file: that element
   * hands its statuses only to the widgets inside it (by context), not to the workbench around.
   */
  async #checkService(): Promise<void> {
    const check = ++this.#serviceChecks;
    const service = readsStatusItself(this.options) ? '' : this.options.service.trim();
    const statusEndpoint = statusEndpointOf(this.options);
    let warning = '';
    if (service && !statusEndpoint) {
      warning = say(this.language, 'serviceWithoutStatus');
    } else if (service) {
      try {
        const { body } = await requestJson(statusEndpoint, { timeout: 10_000 });
        const ids = (await parseServiceStatus(body)).services.map(({ id }) => id);
        if (!ids.includes(service)) {
          warning = say(this.language, 'serviceUnknown', { service, ids: ids.join(', ') });
        }
      } catch {
        // No status file to check against: the preview shows the widget without the notice.
      }
    }
    if (check !== this.#serviceChecks) return;
    this.#serviceWarning = warning;
    this.requestUpdate();
  }

  /** The contact's typos in the fields the editor has left (all of them once a copy was asked). */
  #contactErrorsShown(): Partial<Record<ContactField, PayloadProblem>> {
    const errors = contactErrors(this.options);
    for (const key of Object.keys(errors) as ContactField[])
      if (!this.#leftFields.has(key)) delete errors[key];
    return errors;
  }

  #field(
    key: keyof EmbedOptions,
    label: string,
    type = 'text',
    hint?: string,
    warning?: string,
  ): TemplateResult {
    const id = `ec-${key}`;
    const problem = this.#contactErrorsShown()[key as ContactField];
    const error = problem ? problemText(problem, this.language) : '';
    const describedBy = [
      hint ? `${id}-hint` : '',
      error ? `${id}-error` : '',
      warning ? `${id}-warning` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<div class="wb-field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="wb-hint" id="${id}-hint">${hint}</p>` : nothing}
      <input
        id=${id}
        type=${type}
        .value=${this.options[key]}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${error ? 'true' : nothing}
        @input=${(event: Event) =>
          this.#set(key, (event.target as HTMLInputElement).value, TYPING_PAUSE_MS)}
        @change=${(event: Event) => {
          if (key in CONTACT_FIELDS) this.#leftFields.add(key as ContactField);
          this.#set(key, (event.target as HTMLInputElement).value);
        }}
      />
      ${error ? html`<p class="wb-error" id="${id}-error">${error}</p>` : nothing}
      ${
        // A field checked after a pause (the status file is asked) says its warning in a live
        // region that is there before the warning, so that a screen reader announces it.
        warning === undefined
          ? nothing
          : html`<div role="status">
              ${warning ? html`<p class="wb-warning" id="${id}-warning">${warning}</p>` : nothing}
            </div>`
      }
    </div>`;
  }

  #select(key: keyof EmbedOptions, label: string, choices: [string, string][]): TemplateResult {
    const id = `ec-${key}`;
    return html`<div class="wb-field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        @change=${(event: Event) => this.#set(key, (event.target as HTMLSelectElement).value)}
      >
        ${choices.map(([value, text]) => html`<option value=${value} ?selected=${this.options[key] === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  /**
   * Copies the snippet; with a typo in the contact it says so at the field instead: pasted, the
   * snippet would give citizens a phone link or an e-mail address that reaches no one.
   */
  readonly #copy = async (): Promise<void> => {
    const errors = Object.keys(contactErrors(this.options)) as ContactField[];
    if (errors.length) {
      for (const key of errors) this.#leftFields.add(key);
      this.#message = say(this.language, 'copyBlocked');
      this.requestUpdate();
      await this.updateComplete;
      this.querySelector<HTMLElement>(`#ec-${errors[0]}`)?.focus();
      return;
    }
    this.#message = (await copyText(embedSnippet(this.options)))
      ? say(this.language, 'copied')
      : say(this.language, 'copyFailed');
    this.requestUpdate();
  };

  protected override render(): TemplateResult {
    const words = WORKBENCH_TEXT[this.language];
    const snippet = embedSnippet(this.options);
    const needsIntegrity = isOtherHost(this.options.scriptUrl) && !this.options.integrity.trim();
    return html`
      <h2>${words.embedHeading}</h2>
      <div class="wb-columns">
        <form @submit=${(event: Event) => event.preventDefault()}>
          ${this.#select(
            'widget',
            words.widget,
            EMBEDDABLE_WIDGETS.map((widget) => [widget, words.widgets[widget]]),
          )}
          ${
            this.options.widget === 'service-status'
              ? this.#select('variant', words.variant, Object.entries(words.variants))
              : nothing
          }
          ${this.#field('endpoint', words.endpoint, 'url')}
          ${
            readsStatusItself(this.options)
              ? nothing
              : html`${this.#field('statusEndpoint', words.statusEndpoint, 'url', words.statusEndpointHint)}
                ${this.#field('service', words.serviceIdField, 'text', undefined, this.#serviceWarning)}`
          }
          <div class="wb-grid">
            ${this.#field('contactName', words.contactName)}
            ${this.#field('contactPhone', words.contactPhone, 'tel')}
            ${this.#field('contactEmail', words.contactEmail, 'email')}
            ${this.#field('contactHours', words.contactHours)}
          </div>
          <div class="wb-grid">
            ${this.#select(
              'headingLevel',
              words.headingLevel,
              ['1', '2', '3', '4', '5', '6'].map((level) => [level, `h${level}`]),
            )}
            ${this.#select('lang', words.lang, [
              ['de', 'Deutsch'],
              ['en', 'English'],
            ])}
          </div>
          ${this.#field('scriptUrl', words.scriptUrl, 'url')}
          ${this.#field('integrity', words.integrity, 'text', words.integrityHint)}
          ${needsIntegrity ? html`<p class="wb-error">${words.integrityMissing}</p>` : nothing}
        </form>
        <div>
          <div class="wb-field">
            <label for="ec-snippet">${words.snippet}</label>
            <textarea id="ec-snippet" readonly rows="14" .value=${snippet}></textarea>
          </div>
          <div class="wb-actions">
            <button class="wb-button" type="button" @click=${this.#copy}>${words.copyCode}</button>
            <span class="wb-status" role="status">${this.#message}</span>
          </div>
          <section aria-labelledby="ec-preview-heading">
            <h3 id="ec-preview-heading">${words.livePreview}</h3>
            <p class="wb-hint">${words.previewWithoutData}</p>
            <div class="wb-frame" id="ec-preview-frame"></div>
          </section>
        </div>
      </div>
    `;
  }
}
