import { html } from 'lit';
import { CivicWidget } from '../core/civic-widget.js';
import { translate } from '../core/i18n.js';
import { mailtoHref, safeUrl } from '../core/safe-url.js';
import { baseStyles } from '../core/styles.js';
import { defectMessages } from './defect-reporter-messages.js';
import { filterCategories } from './report-config.js';
import { renderCategory, renderForm, renderIntro } from './defect-reporter-steps.js';
import { defectReporterStyles } from './defect-reporter-styles.js';
import { drafts } from './report-draft-store.js';
import { ReportFlow } from './report-flow.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { EndpointView } from '../core/endpoint-controller.js';
import type { DefectMessageKey } from './defect-reporter-messages.js';
import type { DefectConfig } from './report-config.js';
import type { Fields, Msg, Step, StepContext, Ui } from './defect-reporter-steps.js';
import type { FlowHost } from './report-flow.js';

const STEPS: Step[] = ['category', 'location', 'description', 'photos', 'contact', 'review'];

const fresh = (): Partial<Ui> => ({
  step: 'category',
  fields: {},
  photos: [],
  errors: {},
  general: [],
  filter: '',
  map: '',
  restoredAt: undefined,
});

/**
 * A "Mängelmelder": citizens report a pothole, a broken street light or illegal dumping, step by
 * step, from any page. A report once written is never lost and never sent twice: the draft is
 * kept in the browser, a failed send waits in an outbox (retried with backoff, when the browser
 * comes back online and on the next visit, always with the same Idempotency-Key), and it can be
 * sent by e-mail instead. Speaks this library's JSON contract or Open311 GeoReport v2.
 *
 * @summary Report a defect in public space; nothing typed is ever lost.
 *
 * @event civic-report-sent - The city confirmed a report. `detail`: `{ id, key, via }` (`via`: `direct` or `outbox`).
 * @event civic-report-queued - A report could not be sent and waits in the outbox. `detail`: `{ key, persisted }`.
 *
 * @csspart form - The form area (heading, notes and the current step).
 * @csspart emergency - The note that this is not for emergencies (110 / 112).
 * @csspart outbox - The list of saved reports that still wait to be sent.
 * @csspart map - The map (only when the config has `map` and the citizen opens it).
 * @csspart result - The confirmation after sending, or the note that the report was saved.
 *
 * @cssprop --civic-defect-reporter-error - Colour of field errors and of the emergency note's edge.
 * @cssprop --civic-defect-reporter-ok - Edge colour of the note that a saved report was delivered.
 * @cssprop --civic-defect-reporter-map-height - Height of the map (default 320px).
 */
export class DefectReporter extends CivicWidget<DefectConfig> {
  static override styles = [baseStyles, defectReporterStyles];

  static override properties: PropertyDeclarations = {
    api: {},
    jurisdiction: {},
    apiKey: { attribute: 'api-key' },
    open311Media: { type: Boolean, attribute: 'open311-media' },
    privacyUrl: { attribute: 'privacy-url' },
    heading: {},
    sendTimeout: { type: Number, attribute: 'send-timeout' },
  };

  /** `open311`: `endpoint` is the base URL of an Open311 GeoReport v2 server (services.json, requests.json). */
  api: 'civic' | 'open311' = 'civic';

  /** Open311: `jurisdiction_id` sent with every request. */
  declare jurisdiction?: string;

  /** Open311: `api_key` sent with each report. */
  declare apiKey?: string;

  /** Open311: the server accepts photos as multipart `media` (without it, Open311 reports have no photo step). */
  open311Media = false;

  /** Privacy policy linked at the consent checkbox when the config has no `privacy_url` (Open311, e-mail mode). */
  declare privacyUrl?: string;

  /** Heading of the form (default: "Mangel melden"). */
  declare heading?: string;

  /** Milliseconds to wait for the server to take a report (photos take time on slow networks). */
  sendTimeout = 30000;

  #s = { ...fresh(), busy: '', outbox: [], delivered: [], persisted: true } as Ui;
  #loaded = false;
  #focus = '';
  // One chunk with the whole flow: split into a lazy chunk it cost 1.8 KB more in all (and a
  // state of its own when the chunk could not be loaded).
  readonly #flow = new ReportFlow(this.#host());

  #set(patch: Partial<Ui>): void {
    Object.assign(this.#s, patch);
    this.requestUpdate();
  }

  #m: Msg = (key, params) =>
    translate(defectMessages, this.language, key as DefectMessageKey, params);

  protected override endpointUrl(): string | undefined {
    return this.api === 'open311' ? this.#open311('services.json') : this.endpoint;
  }

  /** `<endpoint>/<file>`, keeping the endpoint's query, plus jurisdiction_id. */
  #open311(file: string): string | undefined {
    if (!this.endpoint) return undefined;
    const url = new URL(this.endpoint, document.baseURI);
    url.pathname = url.pathname.replace(/\/?$/, `/${file}`);
    if (this.jurisdiction) url.searchParams.set('jurisdiction_id', this.jurisdiction);
    return url.href;
  }

  // Each API's code is a chunk of its own: a page speaks one of them and loads only that one.
  protected async parseData(raw: unknown): Promise<DefectConfig> {
    return this.api === 'open311'
      ? (await import('./open311.js')).readOpen311Config(
          raw,
          this.#open311('requests.json'),
          this.open311Media,
        )
      : (await import('./civic-api.js')).parseDefectConfig(raw);
  }

  /** The loaded config, or the e-mail mode's when the endpoint failed. */
  get #config(): DefectConfig {
    const data = this.endpointController.view.data;
    const own = safeUrl(this.privacyUrl);
    const privacyUrl = data?.privacyUrl ?? (own?.startsWith('http') ? own : undefined);
    return data
      ? { ...data, privacyUrl }
      : {
          categories: (['catRoad', 'catLight', 'catWaste', 'catOther'] as const).map((id) => ({
            id,
            name: this.#m(id),
          })),
          privacyUrl,
          maxPhotos: 0,
          maxPhotoBytes: 0,
          locationRequired: false,
        };
  }

  get #scope(): string {
    return this.endpoint ?? '';
  }

  #context(): StepContext {
    const config = this.#config;
    return {
      ui: this.#s,
      config,
      steps: STEPS.filter((s) => config.maxPhotos > 0 || s !== 'photos'),
      m: this.#m,
      heading: (t, id, o) => this.renderHeading(t, id, o),
      date: (iso) => this.formatDateTime(iso),
      lang: this.language,
    };
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // One listener for every button of every step (`data-act`); their keyboard use is native.
    root.addEventListener('click', this.#onClick);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#onOnline);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#onOnline);
    this.#flow.dispose();
  }

  /** Restores the draft, and sends the reports this widget left in the outbox. */
  async #start(): Promise<void> {
    if (!this.#loaded) {
      const draft = await drafts.loadDraft(this.#scope);
      this.#loaded = true;
      if (draft) {
        const step = draft.fields._step as Step;
        this.#set({
          // What was typed before the draft arrived wins.
          fields: { ...draft.fields, ...this.#s.fields },
          photos: this.#s.photos.length ? this.#s.photos : draft.photos,
          step: STEPS.includes(step) ? step : 'category',
          restoredAt: draft.savedAt ?? undefined,
        });
      }
    }
    await this.#flow.flush(true);
  }

  readonly #onOnline = () => void this.#flow.flush(true);

  #host(): FlowHost {
    return {
      el: this,
      scope: () => this.#scope,
      context: () => this.#context(),
      set: (patch) => this.#set(patch),
      fields: (patch) => this.#setFields(patch),
      save: () => this.#save(),
      fresh,
      focus: (target) => {
        this.#focus = target;
        this.requestUpdate();
      },
      announce: (text) => this.announce(text),
      error: (name, message) => this.#error(name, message),
      channel: (kind) => this.#channel(kind),
    };
  }

  #save(): void {
    if (this.#loaded) drafts.saveDraftText(this.#scope, { ...this.#s.fields, _step: this.#s.step });
  }

  #setFields(patch: Fields): void {
    // The Idempotency-Key is made at the first send (report-flow.ts), then kept with the report.
    const fields = { ...this.#s.fields, ...patch };
    fields._started ||= String(Date.now());
    const errors = { ...this.#s.errors };
    for (const k in patch) delete errors[k === 'lat' ? 'position' : k];
    this.#set({ fields, errors });
    this.#save();
  }

  #error(name: string, message: string): void {
    this.#set({ errors: { ...this.#s.errors, [name]: message } });
    this.announce(message);
  }

  readonly #onInput = (e: Event) => {
    const t = e.target as HTMLInputElement;
    if (t.id === 'dr-filter') {
      const { categories } = this.#config;
      this.#set({ filter: t.value });
      const n = filterCategories(categories, t.value).length;
      this.announce(this.#m('matches', { n, total: categories.length }));
    } else if (t.name) {
      this.#setFields({ [t.name]: t.type === 'checkbox' ? (t.checked ? '1' : '') : t.value });
    }
  };

  readonly #onChange = (e: Event) => {
    const t = e.target as HTMLInputElement;
    if (t.type === 'file') void this.#flow.addPhotos(t);
  };

  #validate(): Fields {
    const { step, fields } = this.#s;
    if (step !== 'category') return this.#flow.validate() ?? {};
    return this.#config.categories.some((x) => x.id === fields.category)
      ? {}
      : { category: this.#m('errCategory') };
  }

  readonly #onSubmit = (e: Event) => {
    e.preventDefault();
    const { step } = this.#s;
    const errors = this.#validate();
    const { steps } = this.#context();
    if (Object.keys(errors).length) {
      this.#set({ errors: { ...this.#s.errors, ...errors } });
      this.#focus = 'error';
    } else if (step !== 'review') {
      this.#go(steps[steps.indexOf(step) + 1]);
    } else if (this.#config.submitUrl) {
      void this.#flow.send();
    }
  };

  #go(step: Step): void {
    if (step !== 'location') this.#flow.closeMap();
    this.#set({ step });
    this.#focus = 'step';
    this.#save();
  }

  readonly #onClick = (e: Event) => {
    const button = (e.target as HTMLElement).closest<HTMLElement>('[data-act]');
    const act = button?.dataset.act;
    const arg = button?.dataset.arg ?? '';
    const { steps } = this.#context();
    if (act === 'back') this.#go(steps[steps.indexOf(this.#s.step) - 1]);
    else if (act === 'go') this.#go(arg as Step);
    else if (act === 'restart') {
      void drafts.clearDraft(this.#scope);
      this.#flow.reset();
      this.#set({ ...fresh(), delivered: [] });
      this.#focus = 'step';
    } else if (act === 'skipMap') {
      this.#focus = 'next';
      this.requestUpdate();
    } else if (act) this.#flow.act(act, arg);
  };

  /** A contact channel: the contact attributes or `<city-services>`, else a link in the slot. */
  #channel(kind: 'email' | 'phone'): string | undefined {
    const link = this.querySelector<HTMLAnchorElement>(
      `[slot="fallback"] a[href^="${kind === 'email' ? 'mailto' : 'tel'}:"]`,
    );
    const value =
      this.contact?.[kind] ??
      (kind === 'phone' ? link?.textContent?.trim() : link?.href.slice(7).split('?')[0]);
    return kind === 'phone' || mailtoHref(value ?? '') ? value : undefined;
  }

  protected override fallbackText(): string {
    return this.#m('fallbackText');
  }

  protected override renderFallback(view: EndpointView<DefectConfig>): unknown {
    // The contact comes first; the citizen can still write the report and send it by e-mail.
    return html`${super.renderFallback(view)}${this.renderReady()}`;
  }

  protected renderReady(): unknown {
    const c = this.#context();
    const flow = this.#flow;
    return html`<section
      part="form"
      class="form"
      aria-labelledby="dr-title"
      @change=${this.#onChange}
      @input=${this.#onInput}
      @submit=${this.#onSubmit}
    >
      ${this.renderHeading(this.heading ?? this.#m('title'), 'dr-title')} ${renderIntro(c)}
      ${flow.renderNotices()}
      ${this.#s.step === 'category' ? renderForm(c, renderCategory(c)) : flow.renderStep()}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const selector = {
      error: '[aria-invalid="true"], .error',
      next: '#dr-next',
      step: '#dr-step',
      general: '#e-general',
    }[this.#focus];
    this.#focus = '';
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
