import { html, nothing } from 'lit';
import { CivicWidget } from '../core/civic-widget.js';
import { createIdempotencyKey } from '../core/idempotency-key.js';
import { translate } from '../core/i18n.js';
import { mailtoHref, safeUrl } from '../core/safe-url.js';
import { baseStyles } from '../core/styles.js';
import { ReportQueuedEvent, ReportSentEvent } from './defect-reporter-events.js';
import { defectMessages } from './defect-reporter-messages.js';
import { defectReporterStyles } from './defect-reporter-styles.js';
import { filterCategories } from './report-config.js';
import { ReportLocation } from './report-location.js';
import { renderForm, renderIntro } from './report-steps.js';
import { validateStep } from './report-validation.js';
import { FORM_STEPS, createReport, isEmptyReport, isFormStep, isSendable } from './report.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { EndpointView } from '../core/endpoint-controller.js';
import type { ServiceHealth } from '../core/service-health.js';
import type { DraftClaim } from './draft-claims.js';
import type { Msg } from './defect-reporter-messages.js';
import type { ReportAction } from './report-actions.js';
import type { ReportSendOutcome } from './report-api.js';
import type { DefectConfig } from './report-config.js';
import type { FormStep, Report, ReportRoute } from './report.js';
import type { ErrorField, FieldErrors } from './report-validation.js';
import type { FormState, ReportHost, ViewContext } from './report-view-context.js';

type Later = typeof import('./report-later.js');

const freshForm = (): Omit<FormState, 'outbox' | 'delivered' | 'otherDrafts'> => ({
  step: 'category',
  errors: {},
  refusal: undefined,
  filter: '',
  busy: '',
  result: undefined,
  persisted: true,
  map: '',
  restoredAt: undefined,
});

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

  /** The report on screen; every change goes through #updateReport, which saves the draft. */
  #report: Report = createReport('');
  /** The form around it; every change goes through #setForm, which renders again. */
  #form: FormState = { ...freshForm(), outbox: [], delivered: [], otherDrafts: [] };
  /** This widget holds the report's draft: no other tab restores or overwrites it. */
  #claim?: DraftClaim;
  /** The stored drafts have been read: saving before that could hide one. */
  #loaded = false;
  /** Where the focus goes after the next render (see `updated`). */
  #focus: '' | 'error' | 'next' | 'step' | 'general' = '';
  /** The next flush of the outbox (backoff). */
  #timer?: ReturnType<typeof setTimeout>;
  /** The Idempotency-Key of the report this page queued and still shows as "saved". */
  #queuedKey?: string;
  /** What the widget needs right after its first render (see report-later.ts). */
  #later?: Later;

  async #loadLater(): Promise<Later> {
    this.#later ??= await import('./report-later.js');
    this.requestUpdate();
    return this.#later;
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
    this.#saveDraft();
  }

  readonly #message: Msg = (key, params) => translate(defectMessages, this.language, key, params);

  /** What the location and photo helpers may use of the element. */
  readonly #host: ReportHost = {
    element: this,
    report: () => this.#report,
    form: () => this.#form,
    config: () => this.#config,
    message: (key, params) => this.#message(key, params),
    updateReport: (change, clears) => this.#updateReport(change, clears),
    setForm: (patch) => this.#setForm(patch),
    showError: (field, text) => {
      this.#setForm({ errors: { ...this.#form.errors, [field]: text } });
      this.announce(text);
    },
    announce: (text) => this.announce(text),
    saveDraftPhotos: (photos) => {
      if (this.#loaded) void this.#later?.drafts.saveDraftPhotos(this.#report.id, photos);
    },
  };

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
    return this.api === 'open311' ? this.#open311Url('services.json') : this.endpoint;
  }

  /** `<endpoint>/<file>`, keeping the endpoint's query, plus jurisdiction_id. */
  #open311Url(file: string): string | undefined {
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
          this.#open311Url('requests.json'),
          this.open311Media,
        )
      : (await import('./civic-api.js')).parseDefectConfig(raw);
  }

  /** The loaded config, or the e-mail mode's when the endpoint failed. */
  get #config(): DefectConfig {
    const data = this.endpointController.view.data;
    const own = safeUrl(this.privacyUrl);
    const privacyUrl = data?.privacyUrl ?? (own?.startsWith('http') ? own : undefined);
    if (data) return { ...data, privacyUrl };
    return {
      categories: (['catRoad', 'catLight', 'catWaste', 'catOther'] as const).map((id) => ({
        id,
        name: this.#message(id),
      })),
      privacyUrl,
      maxPhotos: 0,
      maxPhotoBytes: 0,
      locationRequired: false,
    };
  }

  /** The steps of this config: no photo step where no photos can be sent. */
  get #steps(): FormStep[] {
    return FORM_STEPS.filter((step) => this.#config.maxPhotos > 0 || step !== 'photos');
  }

  get #scope(): string {
    return this.endpoint ?? '';
  }

  #categoryName(report: Report): string {
    const id = report.fields.category;
    return this.#config.categories.find((category) => category.id === id)?.name ?? id;
  }

  #viewContext(): ViewContext {
    const mailContext = (report?: Report) => ({
      message: this.#message,
      categoryName: report?.meta.categoryName ?? this.#categoryName(report ?? this.#report),
      reference: report?.key,
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
      panels: this.#later,
      map: () => this.#location.renderMap(this.language),
      phone: this.#channel('phone'),
      geolocation: 'geolocation' in navigator,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#onOnline);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#onOnline);
    clearTimeout(this.#timer);
    this.#location.closeMap();
    this.#photos?.revokeAll();
    this.#claim?.release();
    this.#claim = undefined;
  }

  /** Restores this widget's draft (or offers several), and sends its reports in the outbox. */
  async #start(): Promise<void> {
    if (this.#loaded) await this.#claimReport(this.#report);
    else await this.#restoreDraft();
    // One look into the outbox; the lock and the sending only when a report of this widget waits.
    await this.#refreshOutbox();
    if (this.#form.outbox.length) await this.#flush(true);
  }

  /**
   * One free draft (not open in another tab or widget) comes back by itself; several are
   * offered. What was typed before the drafts were read stays on screen.
   */
  async #restoreDraft(): Promise<void> {
    this.#report = { ...this.#report, meta: { ...this.#report.meta, scope: this.#scope } };
    const free = await this.#freeDraftsAtStart();
    const [only] = free;
    if (free.length === 1 && isEmptyReport(this.#report) && (await this.#claimReport(only))) {
      this.#report = only;
      this.#photos?.adopt(only.photos);
      if (only.photos.length) void this.#loadPhotos();
      this.#setForm({ step: only.meta.step, restoredAt: only.meta.savedAt, otherDrafts: [] });
      if (only.meta.step === 'review') void this.#loadLater();
    } else {
      this.#loaded = true;
      this.#saveDraft(); // what was typed meanwhile
      this.#setForm({ otherDrafts: free });
      await this.#claimReport(this.#report);
    }
    this.#loaded = true;
  }

  /** The drafts of this widget that no tab or widget has open. */
  async #freeDrafts(): Promise<Report[]> {
    const { drafts, claimedDraftIds } = await this.#loadLater();
    const [all, claimed] = await Promise.all([drafts.listDrafts(this.#scope), claimedDraftIds()]);
    return all.filter((draft) => !claimed.has(draft.id) && draft.id !== this.#report.id);
  }

  /**
   * The drafts to restore or offer: those no tab or widget has open, and this tab's own from
   * before a reload (its old page may still hold the lock for a moment).
   */
  async #freeDraftsAtStart(): Promise<Report[]> {
    const { drafts, claimedDraftIds, isOwnTabDraft } = await this.#loadLater();
    const [all, claimed] = await Promise.all([drafts.listDrafts(this.#scope), claimedDraftIds()]);
    return all.filter((draft) => !claimed.has(draft.id) || isOwnTabDraft(draft.id));
  }

  /** Takes `report`'s draft for this widget (and lets go of the one before); false if taken. */
  async #claimReport(report: Report): Promise<boolean> {
    if (this.#claim?.id === report.id) return true;
    const { claimDraft, isOwnTabDraft } = await this.#loadLater();
    const claim = await claimDraft(report.id, { steal: isOwnTabDraft(report.id) });
    if (!claim) return false;
    this.#claim?.release();
    this.#claim = claim;
    return true;
  }

  readonly #onOnline = () => void this.#flush(true);

  #saveDraft(): void {
    const report = this.#report;
    if (!this.#loaded || isEmptyReport(report)) return;
    this.#later?.drafts.saveDraft(report);
  }

  readonly #onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const value = input.value;
    if (input.id === 'dr-filter') {
      const { categories } = this.#config;
      this.#setForm({ filter: value });
      const matches = filterCategories(categories, value).length;
      this.announce(this.#message('matches', { n: matches, count: categories.length }));
      return;
    }
    const name = input.name;
    if (name === 'category' || name === 'description' || name === 'website') {
      this.#updateReport((report) => ({ ...report, fields: { ...report.fields, [name]: value } }), {
        [name === 'website' ? 'category' : name]: '',
      });
    } else if (name === 'address') {
      this.#updateReport(
        (report) => ({ ...report, location: { ...report.location, address: value } }),
        { address: '' },
      );
    } else if (name === 'name' || name === 'email' || name === 'consent') {
      const change = name === 'consent' ? { consent: input.checked } : { [name]: value };
      this.#updateReport((report) => ({ ...report, contact: { ...report.contact, ...change } }), {
        [name]: '',
      });
    }
  };

  readonly #onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'file') return;
    // Busy at once: the helpers may still be loading.
    this.#setForm({ busy: 'photo' });
    void this.#loadPhotos().then((photos) => photos.add(input));
  };

  readonly #onSubmit = (event: Event) => {
    event.preventDefault();
    // Inert from the first press of "send" until the outcome is on screen.
    if (this.#form.busy === 'send') return;
    const { step } = this.#form;
    if (!isFormStep(step)) return;
    const errors = validateStep(step, this.#report, this.#config, this.#message);
    const steps = this.#steps;
    if (Object.keys(errors).length) {
      this.#setForm({ errors: { ...this.#form.errors, ...errors } });
      this.#focus = 'error';
    } else if (step !== 'review') {
      this.#go(steps[steps.indexOf(step) + 1]);
    } else if (this.#config.submitUrl) {
      void this.#send();
    }
  };

  #go(step: FormStep): void {
    if (step !== 'location') this.#location.closeMap();
    if (step === 'review') void this.#loadLater();
    if (step === 'photos' || this.#report.photos.length) void this.#loadPhotos();
    this.#report = { ...this.#report, meta: { ...this.#report.meta, step } };
    this.#setForm({ step });
    this.#focus = 'step';
    this.#saveDraft();
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
        return void this.#restart();
      case 'resume-draft':
        return void this.#resumeDraft(action.id);
      case 'discard-draft':
        void this.#later?.drafts.clearDraft(action.id);
        return this.#setForm({
          otherDrafts: this.#form.otherDrafts.filter((draft) => draft.id !== action.id),
        });
      case 'flush':
        return void this.#flush(true);
      case 'drop':
        return void this.#later?.outbox.remove(action.key).then(() => this.#refreshOutbox());
      case 'remove-photo':
        if (this.#photos) return this.#photos.remove(action.index);
        return void this.#loadPhotos().then((photos) => photos.remove(action.index));
      case 'send-without-photos':
        return void this.#loadPhotos().then((photos) => {
          photos.set([]);
          return this.#send();
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

  /** Forgets the report on screen (its draft too) and starts a new one. */
  async #restart(): Promise<void> {
    void this.#later?.drafts.clearDraft(this.#report.id);
    this.#location.closeMap();
    this.#queuedKey = undefined;
    await this.#startNewReport();
    this.#setForm({ ...freshForm(), delivered: [], otherDrafts: await this.#freeDrafts() });
    this.#focus = 'step';
  }

  async #startNewReport(): Promise<void> {
    this.#report = createReport(this.#scope);
    this.#photos?.adopt([]);
    await this.#claimReport(this.#report);
  }

  /** Continues another draft; the one on screen stays stored and is offered in its place. */
  async #resumeDraft(id: string): Promise<void> {
    void this.#loadLater();
    const draft = await (await this.#loadLater()).drafts.loadDraft(id);
    if (!draft || !(await this.#claimReport(draft))) {
      this.#setForm({ otherDrafts: await this.#freeDrafts() });
      return;
    }
    this.#location.closeMap();
    this.#report = draft;
    this.#photos?.adopt(draft.photos);
    if (draft.photos.length) void this.#loadPhotos();
    this.#setForm({
      ...freshForm(),
      step: draft.meta.step,
      restoredAt: draft.meta.savedAt,
      otherDrafts: await this.#freeDrafts(),
    });
    this.#focus = 'step';
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

  #route(url: string): ReportRoute {
    return this.api === 'open311'
      ? {
          api: 'open311',
          url,
          jurisdiction: this.jurisdiction,
          apiKey: this.apiKey,
          media: this.open311Media,
        }
      : { api: 'civic', url, media: false };
  }

  /**
   * Sends the report on screen. The Idempotency-Key is made at the first press and stored with
   * the report before anything goes out, so every later attempt (this button, the outbox, the
   * next visit, another tab) sends the same key; the button stays inert until the outcome is
   * on screen.
   */
  async #send(): Promise<void> {
    if (this.#form.busy === 'send') return;
    this.#setForm({ busy: 'send' });
    const current = this.#report;
    const { meta } = current;
    const report: Report = {
      ...current,
      key: current.key ?? createIdempotencyKey(),
      route: this.#route(this.#config.submitUrl!),
      meta: {
        ...meta,
        fillSeconds:
          meta.fillSeconds ?? Math.round((Date.now() - (meta.startedAt ?? Date.now())) / 1000),
        categoryName: this.#categoryName(current),
      },
    };
    this.#report = report;
    this.#saveDraft();
    this.announce(this.#message('sending'));
    try {
      if (!isSendable(report)) return;
      const { submitReport } = await this.#loadLater();
      const outcome = await submitReport(report, this.sendTimeout);
      if (outcome.kind === 'retry') await this.#queue(report, outcome.retryAfterMs);
      else await this.#settle(outcome, report, 'direct');
    } finally {
      this.#setForm({ busy: '' });
    }
  }

  /** The report could not be sent now: the outbox keeps it and sends it later, same key. */
  async #queue(report: Report, retryAfterMs?: number): Promise<void> {
    const { outbox, drafts } = await this.#loadLater();
    const { entry, persisted } = await outbox.enqueue(report);
    // The direct attempt counts: the next one waits for the backoff (or the server's Retry-After).
    await outbox.markAttempt(entry.id);
    if (retryAfterMs !== undefined) await outbox.postpone(entry.id, retryAfterMs);
    this.#queuedKey = report.key;
    // Kept only in this page's memory: the draft (with its key) stays too, for a reload.
    if (persisted) {
      await drafts.clearDraft(report.id);
      await this.#startNewReport();
    }
    await this.#refreshOutbox();
    this.#setForm({ ...freshForm(), step: 'queued', persisted, busy: this.#form.busy });
    this.#focus = 'step';
    this.dispatchEvent(new ReportQueuedEvent({ key: entry.id, persisted }));
    this.announce(this.#message('queuedTitle'));
  }

  /** Shows a confirmation, or puts a refused report back into the form with its messages. */
  async #settle(
    outcome: Exclude<ReportSendOutcome, { kind: 'retry' }>,
    report: Report,
    via: 'direct' | 'outbox',
  ): Promise<void> {
    const key = report.key ?? '';
    const current = via === 'direct' || key === this.#queuedKey;
    if (outcome.kind === 'sent') {
      this.dispatchEvent(new ReportSentEvent({ id: outcome.id, key, via }));
      // The send of this very report is what removes its draft, in whichever tab it happens.
      await this.#later?.drafts.clearDraft(report.id);
      if (!current) {
        const text = this.#message('delivered', {
          category: report.meta.categoryName ?? report.fields.category,
          id: outcome.id,
        });
        this.#setForm({ delivered: [...this.#form.delivered, text] });
        return this.announce(text);
      }
      this.#queuedKey = undefined;
      if (this.#report.id === report.id) await this.#startNewReport();
      this.#setForm({ ...freshForm(), step: 'sent', result: outcome, busy: this.#form.busy });
      this.#focus = 'step';
      return this.announce(
        `${this.#message('sentTitle')} ${this.#message('reference', { id: outcome.id })}`,
      );
    }
    const refusal = (await this.#loadLater()).refusalToErrors(outcome, this.#steps, this.#message);
    // A corrected report is a different request: it gets a key of its own at the next send.
    this.#report = { ...report, key: undefined, meta: { ...report.meta, step: refusal.step } };
    this.#photos?.adopt(report.photos);
    this.#queuedKey = undefined;
    this.#setForm({ errors: refusal.errors, refusal, step: refusal.step });
    this.#saveDraft();
    this.#focus = refusal.step === 'review' ? 'general' : 'error';
    const fieldMessages = Object.values(refusal.errors);
    this.announce([this.#message('refused'), ...fieldMessages, ...refusal.general].join(' '));
  }

  /** Sends this widget's waiting reports: those due, or all (`force`: online, "send now", a visit). */
  async #flush(force: boolean): Promise<void> {
    const scope = this.#scope;
    const settled: [Exclude<ReportSendOutcome, { kind: 'retry' }>, Report][] = [];
    const { submitReport, refusalToErrors, outbox } = await this.#loadLater();
    await outbox.flushOutbox(
      async ({ report }) => {
        if (!isSendable(report)) return 'rejected';
        const outcome = await submitReport(report, this.sendTimeout);
        if (outcome.kind === 'retry') {
          return outcome.retryAfterMs === undefined
            ? 'retry'
            : { retryAfterMs: outcome.retryAfterMs };
        }
        if (outcome.kind === 'refused' && report.key !== this.#queuedKey) {
          // Refused while the citizen does something else: it waits, with the city's messages,
          // for the e-mail instead (refused reports are not sent again).
          const { errors, general } = refusalToErrors(outcome, this.#steps, this.#message);
          const refused = [...general, ...Object.values(errors)];
          await outbox.update({ ...report, meta: { ...report.meta, refused } });
          return 'retry';
        }
        settled.push([outcome, report]);
        return outcome.kind === 'sent' ? 'sent' : 'rejected';
      },
      {
        at: force ? Infinity : undefined,
        only: ({ report }) => report.meta.scope === scope && !report.meta.refused,
      },
    );
    for (const [outcome, report] of settled) await this.#settle(outcome, report, 'outbox');
    await this.#refreshOutbox();
  }

  async #refreshOutbox(): Promise<void> {
    const { outbox } = await this.#loadLater();
    const waiting = (await outbox.list()).filter(({ report }) => report.meta.scope === this.#scope);
    this.#setForm({ outbox: waiting });
    clearTimeout(this.#timer);
    const due = waiting
      .filter(({ report }) => !report.meta.refused)
      .map((entry) => entry.nextAttemptAt);
    if (due.length && this.isConnected) {
      const wait = Math.max(1000, Math.min(...due) - Date.now());
      this.#timer = setTimeout(() => void this.#flush(false), wait);
    }
  }

  protected widgetName(): string {
    return this.#message('widgetName');
  }

  protected override fallbackText(): string {
    return this.#message('fallbackText');
  }

  protected override renderFallback(view: EndpointView<DefectConfig>): unknown {
    // The contact comes first; the citizen can still write the report and send it by e-mail.
    return html`${super.renderFallback(view)}${this.renderReady()}`;
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
      ${delivered.map((text) => html`<p class="notice ok">${text}</p>`)}
      ${step === 'queued' ? nothing : this.#later?.renderOutbox(view)}
      ${isFormStep(step) ? renderForm(view, step) : this.#later?.renderResult(view)}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const selector = {
      '': '',
      error: '[aria-invalid="true"], .error',
      next: '#dr-next',
      step: '#dr-step',
      general: '#e-general',
    }[this.#focus];
    this.#focus = '';
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
