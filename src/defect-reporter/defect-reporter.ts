import { html, nothing } from 'lit';
import { translate } from '../core/i18n.js';
import { mailtoHref, safeUrl } from '../core/safe-url.js';
import { baseStyles } from '../core/styles.js';
import { defectMessages } from './defect-reporter-messages.js';
import { defectReporterStyles } from './defect-reporter-styles.js';
import { configUrl, loadReportApi } from './report-api-adapters.js';
import { emailModeConfig, filterCategories, reportCategory } from './report-config.js';
import { ReportApiWidget } from './report-api-widget.js';
import { ReportLocation } from './report-location.js';
import { renderOutbox, renderResult } from './report-panels.js';
import { renderForm, renderIntro } from './report-steps.js';
import { reportEditFromInput } from './report-input.js';
import { fieldErrorText, validateStep } from './report-validation.js';
import { freshForm } from './report-view-context.js';
import { FORM_STEPS, createReport, isFormStep } from './report.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { EndpointView } from '../core/endpoint-controller.js';
import type { ServiceHealth } from '../core/service-health.js';
import type { Msg } from './defect-reporter-messages.js';
import type { ReportAction } from './report-actions.js';
import type {
  FormExtensionHost,
  ReportApiAdapter,
  ReportFormExtension,
} from './report-api-adapters.js';
import type { DefectConfig } from './report-config.js';
import type { DeliveryHost, ReportDelivery } from './report-delivery.js';
import type { ReportDrafts } from './report-drafts.js';
import type { FormStep, Report } from './report.js';
import type { ErrorField, FieldErrors } from './report-validation.js';
import type { FocusTarget, FormState, LaterChunk, ViewContext } from './report-view-context.js';

/**
 * A "Mängelmelder": citizens report a pothole, a broken street light or illegal dumping, step by
 * step, from any page. A report once written is never lost and never sent twice: each report
 * is kept as a draft of its own in the browser (another tab's draft is offered, never
 * overwritten), a failed send waits in an outbox (retried with backoff, when the browser comes
 * back online and on the next visit), every attempt carries the Idempotency-Key made at the
 * first press of "send", and it can be sent by e-mail instead. Speaks this library's JSON
 * contract or Open311 GeoReport v2.
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
 * @csspart attributes - Open311: the questions of the chosen service (its definition).
 *
 * @attr heading - Heading of the form (default: "Mangel melden").
 * @attr {boolean} open311-phone - Open311: an optional phone field on the contact step, sent as `phone`.
 *
 * @cssprop --civic-defect-reporter-error - Colour of field errors and of the emergency note's edge.
 * @cssprop --civic-defect-reporter-ok - Edge colour of the note that a saved report was delivered.
 * @cssprop --civic-defect-reporter-map-height - Height of the map (default 320px).
 */
export class DefectReporter extends ReportApiWidget<DefectConfig> {
  static override styles = [baseStyles, defectReporterStyles];

  static override properties: PropertyDeclarations = {
    apiKey: { attribute: 'api-key' },
    open311Media: { type: Boolean, attribute: 'open311-media' },
    privacyUrl: { attribute: 'privacy-url' },
    sendTimeout: { type: Number, attribute: 'send-timeout' },
  };

  /** Open311: `api_key` sent with each report. */
  declare apiKey?: string;

  /** Open311: the server accepts photos as multipart `media` (without it, Open311 reports have no photo step). */
  open311Media = false;

  /** Privacy policy linked at the consent checkbox when the config has no `privacy_url` (Open311, e-mail mode). */
  declare privacyUrl?: string;

  /** Milliseconds to wait for the server to take a report (photos take time on slow networks). */
  sendTimeout = 30000;

  /** The report on screen; every change goes through #updateReport, which saves the draft. */
  #report: Report = createReport('');
  /** The form around it; every change goes through #setForm, which renders again. */
  #form: FormState = { ...freshForm(), outbox: [], delivered: [], otherDrafts: [] };
  /** Where the focus goes after the next render (see `updated`). */
  #focus: FocusTarget = '';
  /** What the widget needs right after its first render (see report-later.ts). */
  #later?: LaterChunk;
  /** This widget's drafts, and the sending of its reports: made when their chunk is loaded. */
  #drafts?: ReportDrafts;
  #delivery?: ReportDelivery;

  async #loadLater(): Promise<LaterChunk> {
    const later = (this.#later ??= await import('./report-later.js'));
    if (!this.#drafts) {
      this.#drafts = new later.ReportDrafts(this.#host);
      this.#delivery = new later.ReportDelivery(this.#host, this.#drafts);
      // Started where they are made: also when the chunk's first load failed (the network went;
      // Chromium loads it again later) and typing or an action loaded it. Started only on
      // connecting, they never were then, and nothing typed was saved.
      void this.#start();
    }
    this.requestUpdate();
    return later;
  }

  /** The drafts and the sending, once their chunk is loaded. */
  async #keeping(): Promise<{ drafts: ReportDrafts; delivery: ReportDelivery }> {
    await this.#loadLater();
    return { drafts: this.#drafts!, delivery: this.#delivery! };
  }

  /** Sends the report on screen (see ReportDelivery.send: inert from the first press). */
  #send(): void {
    void this.#keeping().then(({ delivery }) => delivery.send());
  }

  #setForm(patch: Partial<FormState>): void {
    Object.assign(this.#form, patch);
    this.requestUpdate();
  }

  /** Changes the report, clears the messages of what changed, and saves the draft. */
  #updateReport(change: (report: Report) => Report, clears: FieldErrors = {}): void {
    const report = change(this.#report);
    report.meta.startedAt ??= Date.now();
    this.#report = report;
    const errors = { ...this.#form.errors };
    for (const field of Object.keys(clears)) delete errors[field as ErrorField];
    this.#setForm({ errors });
    // Without its chunk yet (its first load failed), typing asks for it again; once there, the
    // drafts save what was typed meanwhile.
    if (this.#drafts) this.#drafts.save();
    else void this.#loadLater().catch(() => undefined);
  }

  readonly #message: Msg = (key, params) => translate(defectMessages, this.language, key, params);

  /** What the location, photo, draft and sending helpers may use of the element. */
  readonly #host: DeliveryHost & FormExtensionHost = {
    element: this,
    report: () => this.#report,
    form: () => this.#form,
    config: () => this.#config,
    message: this.#message,
    act: (action) => this.#act(action),
    updateReport: (change, clears) => this.#updateReport(change, clears),
    setForm: (patch) => this.#setForm(patch),
    showError: (field, error) => {
      this.#setForm({ errors: { ...this.#form.errors, [field]: error } });
      this.announce(fieldErrorText(this.#message, error));
    },
    announce: (text) => this.announce(text),
    saveDraftPhotos: (photos) => this.#drafts?.savePhotos(photos),
    scope: () => this.endpoint ?? '',
    steps: () => this.#steps,
    showReport: (report) => {
      this.#report = report;
      this.#photos?.adopt(report.photos);
      // Its photos' thumbnails need the photo helpers.
      if (report.photos.length) void this.#loadPhotos();
    },
    closeMap: () => this.#location.closeMap(),
    focus: (target) => {
      this.#focus = target;
    },
    route: (url) => this.#api!.reportRoute(this, url),
    categoryName: (report) => this.#categoryName(report),
    formExtension: () => this.#formExtension,
  };

  /**
   * The adapter of the API the config was read with (its code is a chunk of its own), and what it
   * adds to the form (Open311: the service's questions). Every config is read through it, so a
   * report that can be sent (the config names where) finds it loaded.
   */
  #api?: ReportApiAdapter;
  #formExtension?: ReportFormExtension;

  readonly #location = new ReportLocation(this.#host);

  /** The photo step's helpers (downscaling, thumbnails), loaded when photos are shown. */
  #photos?: import('./report-photos.js').ReportPhotos;

  async #loadPhotos(): Promise<import('./report-photos.js').ReportPhotos> {
    const { ReportPhotos } = await this.#loadLater();
    this.#photos ??= new ReportPhotos(this.#host);
    this.requestUpdate();
    return this.#photos;
  }

  protected override endpointUrl(): string | undefined {
    return configUrl(this);
  }

  // Each API's code is a chunk of its own: a page speaks one of them and loads only that one.
  // A config is ready only with the code that keeps and sends reports (report-later): without
  // it (a broken deploy, a cut connection) the form could neither save nor send what the citizen
  // typed, and the contact is shown instead.
  protected async parseData(raw: unknown): Promise<DefectConfig> {
    const [adapter] = await Promise.all([loadReportApi(this.api), this.#loadLater()]);
    this.#api = adapter;
    this.#formExtension ??= adapter.formExtension?.(this.#host);
    return adapter.readConfig(raw, this);
  }

  /** The loaded config, or the e-mail mode's when the endpoint failed. */
  get #config(): DefectConfig {
    const data = this.endpointController.view.data;
    const own = safeUrl(this.privacyUrl);
    const privacyUrl = data?.privacyUrl ?? (own?.startsWith('http') ? own : undefined);
    if (data) return { ...data, privacyUrl };
    return emailModeConfig(this.#message, privacyUrl);
  }

  /** The steps of this config: no photo step where no photos can be sent. */
  get #steps(): FormStep[] {
    return FORM_STEPS.filter((step) => this.#config.maxPhotos > 0 || step !== 'photos');
  }

  #categoryName(report: Report): string {
    return reportCategory(this.#config, report)?.name ?? report.fields.category;
  }

  #viewContext(): ViewContext {
    const mailContext = (report?: Report) => ({
      message: this.#message,
      categoryName: report?.meta.categoryName ?? this.#categoryName(report ?? this.#report),
      reference: report?.key,
      extension: this.#formExtension,
    });
    return {
      report: this.#report,
      form: this.#form,
      config: this.#config,
      steps: this.#steps,
      message: this.#message,
      lang: this.language,
      act: this.#act,
      heading: (text, id, offset) => this.renderHeading(text, id, offset),
      date: (iso) => this.formatDateTime(iso),
      thumb: (photo) => this.#photos?.thumbnail(photo) ?? '',
      mail: (report) =>
        this.#later?.reportMailto(
          this.#channel('email'),
          report ?? this.#report,
          mailContext(report),
        ),
      text: (report) => this.#later?.reportText(report ?? this.#report, mailContext(report)) ?? '',
      extension: this.#formExtension,
      map: () => this.#location.renderMap(this.language),
      phone: this.#channel('phone'),
      geolocation: 'geolocation' in navigator,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#drafts) void this.#start();
    else void this.#loadLater().catch(() => undefined); // starts them (see #loadLater)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#location.closeMap();
    this.#photos?.revokeAll();
  }

  /** Restores this widget's draft (or offers several), and sends its reports in the outbox. */
  async #start(): Promise<void> {
    await this.#drafts!.start();
    await this.#delivery!.start();
  }

  /** The count of categories the filter announced last. */
  #filterMatches?: number;

  readonly #onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const value = input.value;
    if (input.id === 'dr-filter') {
      const { categories } = this.#config;
      this.#setForm({ filter: value });
      const matches = filterCategories(categories, value).length;
      // Said when the count changes, not at every key: a screen reader would read each in turn.
      if (matches !== this.#filterMatches) {
        this.#filterMatches = matches;
        this.announce(this.#message('matches', { n: matches, count: categories.length }));
      }
      return;
    }
    if (this.#formExtension?.input(input)) return;
    const edit = reportEditFromInput(input);
    if (edit) this.#updateReport(edit.change, edit.clears);
  };

  readonly #onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'file') return;
    // Busy at once: the helpers may still be loading. Their chunk cannot fail here, busy for
    // good: a form is shown only once it is loaded (see parseData).
    this.#setForm({ busy: 'photo' });
    void this.#loadPhotos().then((photos) => photos.add(input));
  };

  readonly #onSubmit = (event: Event) => {
    event.preventDefault();
    // Inert from the first press of "send" until the outcome is on screen, and while a photo is
    // made smaller or the device looks for its position: a step left (or a report sent) before
    // that ends would get the photo or the position after the report went without it.
    if (this.#form.busy) return;
    const { step } = this.#form;
    if (!isFormStep(step)) return;
    const steps = this.#steps;
    // The review checks every step again: what was chosen under another config (the e-mail
    // form's categories while the city's server was down, a category since removed) may not hold
    // for this one. The citizen lands on the first step that does not, with its message.
    const invalid =
      step === 'review'
        ? steps.find((each) => Object.keys(validateStep(each, this.#report, this.#config)).length)
        : undefined;
    if (invalid) this.#go(invalid);
    const errors = validateStep(invalid ?? step, this.#report, this.#config);
    if (Object.keys(errors).length || this.#formExtension?.blocks(step)) {
      this.#setForm({ errors: { ...this.#form.errors, ...errors } });
      this.#focus = 'error';
    } else if (step !== 'review') {
      this.#go(steps[steps.indexOf(step) + 1]);
    } else if (this.#config.submitUrl) {
      this.#send();
    }
  };

  #go(step: FormStep): void {
    if (step !== 'location') this.#location.closeMap();
    // The review's e-mail and text need the later chunk: every form is shown with it (parseData).
    if (step === 'photos') void this.#loadPhotos();
    this.#report = { ...this.#report, meta: { ...this.#report.meta, step } };
    this.#setForm({ step });
    this.#focus = 'step';
    this.#drafts?.save();
  }

  /** Every button of every view ends here. */
  readonly #act = (action: ReportAction): void => {
    if (this.#form.busy === 'send') return;
    switch (action.type) {
      case 'back': {
        const steps = this.#steps;
        const current = this.#form.step;
        if (isFormStep(current)) this.#go(steps[Math.max(0, steps.indexOf(current) - 1)]);
        return;
      }
      case 'go':
        return this.#go(action.step);
      case 'restart':
        return void this.#keeping().then(({ drafts }) => drafts.restart());
      case 'resume-draft':
        return void this.#keeping().then(({ drafts }) => drafts.resume(action.id));
      // These four take the pressed button away (or give it to another draft or photo; "Jetzt
      // senden" goes with the last report it sends): the focus goes to the step's heading, never
      // to <body>.
      case 'flush':
        this.#focus = 'step';
        return void this.#flushNow();
      case 'discard-draft':
        this.#focus = 'step';
        return void this.#keeping().then(({ drafts }) => drafts.discard(action.id));
      case 'drop':
        this.#focus = 'step';
        return void this.#keeping().then(({ delivery }) => delivery.drop(action.key));
      case 'remove-photo':
        this.#focus = 'step';
        return void this.#loadPhotos().then((photos) => photos.remove(action.index));
      case 'send-without-photos':
        return void this.#loadPhotos().then((photos) => {
          photos.set([]);
          this.#send();
        });
      case 'locate':
        return this.#location.locate();
      case 'unpin':
        return this.#location.unpin();
      case 'open-map':
        return void this.#location.openMap();
      case 'close-map':
        return this.#location.closeMap();
      case 'skip-map':
        this.#focus = 'next';
        return this.requestUpdate();
    }
  };

  /**
   * "Jetzt senden": says that the waiting reports are on their way (the button too, pressed again
   * meanwhile it does nothing), and when the server still does not take them, that they wait.
   */
  async #flushNow(): Promise<void> {
    if (this.#form.flushing) return;
    this.#setForm({ flushing: true });
    this.announce(this.#message('sending'));
    try {
      await (await this.#keeping()).delivery.flush(true);
    } finally {
      this.#setForm({ flushing: false });
    }
    // Still waiting: "… gerade nicht erreichbar. Ihre Meldung wird automatisch gesendet, sobald
    // es wieder geht." (the saved report's words, without its promise about later visits).
    if (this.#form.outbox.some((entry) => !entry.report.meta.refused)) {
      this.announce(this.#message('queuedTextMemory'));
    }
  }

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

  protected widgetName(): string {
    return this.#message('widgetName');
  }

  protected override fallbackText(): string {
    // "Write it below and send it by e-mail" only where the form is below (see renderFallback).
    return this.#later ? this.#message('fallbackText') : super.fallbackText();
  }

  protected override renderFallback(view: EndpointView<DefectConfig>): unknown {
    // The contact comes first; the citizen can still write the report and send it by e-mail
    // (once the code that writes the e-mail is there, see parseData).
    return html`${super.renderFallback(view)}${this.#later ? this.renderReady() : nothing}`;
  }

  /** What an impaired defect service means while this form works: reports are passed on. */
  protected override serviceWorksNote(health: ServiceHealth): string {
    return `${health.name}: ${this.#message('serviceNote')}`;
  }

  /** After a successful send the note about the service is gone. */
  protected override renderServiceNotice(): unknown {
    return this.#form.step === 'sent' ? nothing : super.renderServiceNotice();
  }

  protected renderReady(): unknown {
    const view = this.#viewContext();
    const { step, delivered } = view.form;
    // Above the step: reports delivered from the outbox meanwhile, and the ones still waiting.
    return html`<section
      part="form"
      class="form"
      aria-labelledby="dr-title"
      @change=${this.#onChange}
      @input=${this.#onInput}
      @submit=${this.#onSubmit}
    >
      ${this.renderHeading(this.heading ?? this.#message('title'), 'dr-title')} ${renderIntro(view)}
      ${delivered.map((note) => html`<p class="notice ok">${note(this.#message)}</p>`)}
      ${step === 'queued' ? nothing : renderOutbox(view)}
      ${isFormStep(step) ? renderForm(view, step) : renderResult(view)}
    </section>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A draft kept at the photo step, back where there is none (the e-mail form while the city's
    // server is down, a config without photos): it goes on with the contact. Not while the
    // config is still on its way (the e-mail form's config stands in for it until then).
    const { step } = this.#form;
    const loading = this.endpointController.view.state === 'loading';
    if (step === 'photos' && !loading && !this.#config.maxPhotos) this.#form.step = 'contact';
    // A draft with more photos than the city's config takes now (`max_photos` lowered since)
    // keeps its first ones: the review shows what is sent. Only on screen: the stored draft
    // keeps them all until the citizen changes the photos (or the report is sent), and the
    // e-mail form's config, which takes none, removes none.
    const { photos } = this.#report;
    const max = this.endpointController.view.data?.maxPhotos ?? photos.length;
    if (photos.length > max)
      this.#host.showReport({ ...this.#report, photos: photos.slice(0, max) });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const selector = {
      '': '',
      // The form's first invalid field or message, not a waiting report's message above it.
      error: '[aria-invalid="true"], form .error',
      next: '#dr-next',
      step: '#dr-step',
      general: '#e-general',
      address: '#f-address',
    }[this.#focus];
    this.#focus = '';
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
