import { html, nothing } from 'lit';
import { CivicWidget } from '../core/civic-widget.js';
import { createIdempotencyKey } from '../core/idempotency-key.js';
import { translate } from '../core/i18n.js';
import { isEmailAddress } from '../core/email-address.js';
import { mailtoHref, safeUrl } from '../core/safe-url.js';
import { baseStyles } from '../core/styles.js';
import { ReportQueuedEvent, ReportSentEvent } from './defect-reporter-events.js';
import { defectMessages } from './defect-reporter-messages.js';
import { renderForm, renderIntro } from './defect-reporter-steps.js';
import { defectReporterStyles } from './defect-reporter-styles.js';
import { downscalePhoto, isAcceptedImage } from './photo-downscale.js';
import { filterCategories, inBounds } from './report-config.js';
import { drafts } from './report-draft-store.js';
import { renderOutbox, renderResult, STEP_BODIES } from './report-flow-steps.js';
import { reportMailto, reportText } from './report-mailto.js';
import { outbox } from './report-outbox.js';
import { submitReport } from './report-submission.js';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { EndpointView } from '../core/endpoint-controller.js';
import type { DefectMessageKey } from './defect-reporter-messages.js';
import type { Fields, Msg, Step, Ui } from './defect-reporter-steps.js';
import type { LocationMap } from './location-map.js';
import type { DefectConfig, LatLng } from './report-config.js';
import type { FlowContext } from './report-flow-steps.js';
import type { OutboxEntry } from './report-outbox.js';
import type { SubmitOutcome } from './report-submission.js';

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

/** Which step shows a server's message about a field. */
const FIELD_STEP: Record<string, Step> = {
  category: 'category',
  address: 'location',
  position: 'location',
  description: 'description',
  photo: 'photos',
  name: 'contact',
  email: 'contact',
};

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

  /** The form's state; every change goes through #set, which renders again. */
  #s = { ...fresh(), busy: '', outbox: [], delivered: [], persisted: true } as Ui;
  /** The stored draft has been read: saving before that would overwrite it. */
  #loaded = false;
  /** Where the focus goes after the next render (see `updated`). */
  #focus = '';
  /** The next flush of the outbox (backoff). */
  #timer?: ReturnType<typeof setTimeout>;
  /** The report this page put into the outbox and still shows as "saved". */
  #queuedKey?: string;
  #map?: LocationMap;
  /** Object URLs of the photos' thumbnails. */
  readonly #thumbs = new Map<Blob, string>();

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

  /** The steps of this config: no photo step where no photos can be sent. */
  get #steps(): Step[] {
    return STEPS.filter((s) => this.#config.maxPhotos > 0 || s !== 'photos');
  }

  get #scope(): string {
    return this.endpoint ?? '';
  }

  #context(): FlowContext {
    const config = this.#config;
    const lang = this.language;
    // The mail of an outbox entry, else of the form (to send it by mail instead of the API).
    const mail = (e?: OutboxEntry) =>
      [
        e ? e.fields : { ...this.#s.fields, _cat: this.#categoryName(this.#s.fields.category) },
        this.#m,
        e?.photos.length,
        e?.id,
      ] as const;
    return {
      ui: this.#s,
      config,
      steps: this.#steps,
      m: this.#m,
      heading: (t, id, o) => this.renderHeading(t, id, o),
      date: (iso) => this.formatDateTime(iso),
      lang,
      thumb: (photo) => {
        let url = this.#thumbs.get(photo);
        if (!url) this.#thumbs.set(photo, (url = URL.createObjectURL(photo)));
        return url;
      },
      mail: (e) => reportMailto(this.#channel('email'), ...mail(e)),
      text: (e) => reportText(...mail(e)),
      map: () => this.#map?.render(lang),
      phone: this.#channel('phone'),
      geolocation: 'geolocation' in navigator,
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
    clearTimeout(this.#timer);
    this.#closeMap();
    for (const url of this.#thumbs.values()) URL.revokeObjectURL(url);
    this.#thumbs.clear();
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
    // One look into the outbox; the lock and the sending only when a report of this widget waits.
    await this.#refreshOutbox();
    if (this.#s.outbox.length) await this.#flush(true);
  }

  readonly #onOnline = () => void this.#flush(true);

  #save(): void {
    if (this.#loaded) drafts.saveDraftText(this.#scope, { ...this.#s.fields, _step: this.#s.step });
  }

  #setFields(patch: Fields): void {
    // The Idempotency-Key is made at the first send (#send), then kept with the report.
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
      this.announce(this.#m('matches', { n, count: categories.length }));
    } else if (t.name) {
      this.#setFields({ [t.name]: t.type === 'checkbox' ? (t.checked ? '1' : '') : t.value });
    }
  };

  readonly #onChange = (e: Event) => {
    const t = e.target as HTMLInputElement;
    if (t.type === 'file') void this.#addPhotos(t);
  };

  /** Errors of the current step's fields. */
  #validate(): Fields {
    const ui = this.#s;
    const config = this.#config;
    const m = this.#m;
    const f = ui.fields;
    const e: Fields = {};
    const email = f.email?.trim();
    if (ui.step === 'category') {
      if (!config.categories.some((x) => x.id === f.category)) e.category = m('errCategory');
    } else if (ui.step === 'location') {
      if (f.lat && !inBounds(+f.lat, +f.lng, config.bounds)) e.position = m('outside');
      else if (config.locationRequired && !f.address?.trim() && !f.lat)
        e.address = m('errLocation');
    } else if (ui.step === 'description' && !f.description?.trim()) {
      e.description = m('errDescription');
    } else if (ui.step === 'contact') {
      if (email && !isEmailAddress(email)) e.email = m('errEmail');
      if ((f.name?.trim() || email) && !f.consent) e.consent = m('errConsent');
    }
    return e;
  }

  readonly #onSubmit = (e: Event) => {
    e.preventDefault();
    const { step } = this.#s;
    const errors = this.#validate();
    const steps = this.#steps;
    if (Object.keys(errors).length) {
      this.#set({ errors: { ...this.#s.errors, ...errors } });
      this.#focus = 'error';
    } else if (step !== 'review') {
      this.#go(steps[steps.indexOf(step) + 1]);
    } else if (this.#config.submitUrl) {
      void this.#send();
    }
  };

  #go(step: Step): void {
    if (step !== 'location') this.#closeMap();
    this.#set({ step });
    this.#focus = 'step';
    this.#save();
  }

  readonly #onClick = (e: Event) => {
    const button = (e.target as HTMLElement).closest<HTMLElement>('[data-act]');
    const act = button?.dataset.act;
    const arg = button?.dataset.arg ?? '';
    const steps = this.#steps;
    if (act === 'back') this.#go(steps[steps.indexOf(this.#s.step) - 1]);
    else if (act === 'go') this.#go(arg as Step);
    else if (act === 'restart') {
      // Forgets the report on screen.
      void drafts.clearDraft(this.#scope);
      this.#closeMap();
      this.#setPhotos([]);
      this.#queuedKey = undefined;
      this.#set({ ...fresh(), delivered: [] });
      this.#focus = 'step';
    } else if (act === 'skipMap') {
      this.#focus = 'next';
      this.requestUpdate();
    } else if (act === 'flush') void this.#flush(true);
    else if (act === 'drop') void outbox.remove(arg).then(() => this.#refreshOutbox());
    else if (act === 'unphoto') this.#setPhotos(this.#s.photos.filter((_, i) => i !== +arg));
    else if (act === 'locate') this.#locate();
    else if (act === 'unpin') this.#setFields({ lat: '', lng: '', _acc: '' });
    else if (act === 'map') void this.#openMap();
    else if (act === 'closeMap') this.#closeMap();
    else if (act === 'center' || act === 'zoom') this.#map?.act(act, arg);
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

  // ---- location: the device's position and the optional map (loaded when opened) ----

  #locate(): void {
    this.#set({ busy: 'locate' });
    this.announce(this.#m('locating'));
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.#set({ busy: '' });
        this.#pin([p.coords.latitude, p.coords.longitude], p.coords.accuracy);
      },
      () => {
        this.#set({ busy: '' });
        this.#error('position', this.#m('geoFailed'));
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  }

  #pin(point: LatLng, accuracy?: number): void {
    const [lat, lng] = point.map((n) => n.toFixed(6));
    this.#setFields({ lat, lng, _acc: accuracy ? String(Math.round(accuracy)) : '' });
    this.#map?.setPin(point);
    const m = this.#m;
    if (inBounds(point[0], point[1], this.#config.bounds))
      this.announce(m('position', { lat, lng }));
    else this.#error('position', m('outside'));
  }

  async #openMap(): Promise<void> {
    const { map, bounds } = this.#config;
    const f = this.#s.fields;
    const [[a, b], [c, d]] = bounds ?? [
      [51.16, 10.45],
      [51.16, 10.45],
    ];
    this.#set({ map: 'loading' });
    try {
      const { LocationMap } = await import('./location-map.js');
      this.#map = new LocationMap(map!, (p) => this.#pin(p));
      this.#set({ map: 'open' });
      await this.updateComplete;
      await this.#map.open(
        this.renderRoot.querySelector<HTMLElement>('#dr-map')!,
        [(a + c) / 2, (b + d) / 2],
        f.lat ? [+f.lat, +f.lng] : undefined,
      );
    } catch (error) {
      // Offline since the page loaded (the map chunk cannot load), or tiles that cannot be
      // shown: address and "use my location" still work.
      console.warn('civic-widgets: <defect-reporter> map could not be loaded', error);
      this.#closeMap();
      this.#set({ map: 'failed' });
    }
  }

  #closeMap(): void {
    this.#map?.destroy();
    this.#map = undefined;
    if (this.#s.map) this.#set({ map: '' });
  }

  // ---- photos ----

  async #addPhotos(input: HTMLInputElement): Promise<void> {
    const m = this.#m;
    const files = [...input.files!];
    input.value = '';
    const { maxPhotos, maxPhotoBytes } = this.#config;
    const problems: string[] = [];
    this.#set({ busy: 'photo' });
    this.announce(m('photoBusy'));
    for (const file of files) {
      const name = file.name;
      if (this.#s.photos.length >= maxPhotos) {
        problems.push(m('errTooMany', { max: maxPhotos }));
        break;
      }
      try {
        if (!isAcceptedImage(file)) {
          problems.push(m('errNotImage', { name }));
          continue;
        }
        const photo = await downscalePhoto(file);
        if (photo.size > maxPhotoBytes) problems.push(m('errTooBig', { name }));
        else this.#setPhotos([...this.#s.photos, photo]);
      } catch {
        problems.push(m('errPhoto', { name }));
      }
    }
    const errors = { ...this.#s.errors };
    delete errors.photo;
    this.#set({ busy: '', errors });
    if (problems.length) this.#error('photo', problems.join(' '));
    else this.announce(m('photoAdded', { count: this.#s.photos.length }));
  }

  /** Keeps `photos` (in the draft too) and frees the thumbnails of the others. */
  #setPhotos(photos: Blob[]): void {
    for (const [blob, url] of this.#thumbs) {
      if (!photos.includes(blob)) {
        URL.revokeObjectURL(url);
        this.#thumbs.delete(blob);
      }
    }
    this.#set({ photos });
    void drafts.saveDraftPhotos(this.#scope, photos);
  }

  // ---- sending ----

  #submit(fields: Fields, photos: Blob[], key: string): Promise<SubmitOutcome> {
    return submitReport(fields, photos, key, this.sendTimeout);
  }

  #categoryName(id?: string): string {
    return this.#config.categories.find((c) => c.id === id)?.name ?? id ?? '';
  }

  async #send(): Promise<void> {
    const { fields: f, photos, busy } = this.#s;
    if (busy) return;
    const m = this.#m;
    const key = f._key || createIdempotencyKey();
    // Everything the report needs later, also from the outbox without a config: `_`-fields
    // stay in the browser.
    const fields: Fields = {
      ...f,
      fill_time: String(Math.round((Date.now() - +(f._started || Date.now())) / 1000)),
      _url: this.#config.submitUrl!,
      _api: this.api === 'open311' ? 'open311' : '',
      _jurisdiction: this.jurisdiction ?? '',
      _api_key: this.apiKey ?? '',
      _media: this.open311Media ? '1' : '',
      _scope: this.#scope,
      _cat: this.#categoryName(f.category),
    };
    this.#set({ busy: 'send', general: [] });
    this.announce(m('sending'));
    const outcome = await this.#submit(fields, photos, key);
    this.#set({ busy: '' });
    if (outcome.kind !== 'retry') return this.#settle(outcome, key, fields, photos, 'direct');
    const { entry, persisted } = await outbox.enqueue({ id: key, fields, photos });
    // The direct attempt counts: the next one waits for the backoff.
    await outbox.markAttempt(entry.id);
    this.#queuedKey = key;
    // Kept only in this page's memory: the draft stays too, for a reload.
    if (persisted) {
      await drafts.clearDraft(this.#scope);
      this.#set(fresh());
    }
    await this.#refreshOutbox();
    this.#set({ step: 'queued', persisted });
    this.#focus = 'step';
    this.dispatchEvent(new ReportQueuedEvent({ key, persisted }));
    this.announce(m('queuedTitle'));
  }

  /** Shows a confirmation, or puts a refused report back into the form with its errors. */
  async #settle(
    outcome: SubmitOutcome,
    key: string,
    fields: Fields,
    photos: Blob[],
    via: 'direct' | 'outbox',
  ): Promise<void> {
    const m = this.#m;
    const current = via === 'direct' || key === this.#queuedKey;
    if (outcome.kind === 'sent') {
      this.dispatchEvent(new ReportSentEvent({ id: outcome.id, key, via }));
      if (current) {
        await drafts.clearDraft(this.#scope);
        this.#setPhotos([]);
        this.#set({ ...fresh(), step: 'sent', result: outcome });
        this.#focus = 'step';
        this.announce(`${m('sentTitle')} ${m('reference', { id: outcome.id })}`);
      } else {
        const text = m('delivered', { category: fields._cat, id: outcome.id });
        this.#set({ delivered: [...this.#s.delivered, text] });
        this.announce(text);
      }
      return;
    }
    if (outcome.kind !== 'refused') return;
    const general = [...outcome.errors];
    // Refused later from the outbox while the citizen writes another report: it stays in the
    // outbox, with the messages, for the e-mail.
    if (!current && this.#s.fields.description) {
      const refused = [...general, ...Object.values(outcome.fields)].join(' ') || '–';
      await outbox.enqueue({ id: key, fields: { ...fields, _refused: refused }, photos });
      return;
    }
    const errors: Fields = {};
    for (const [name, message] of Object.entries(outcome.fields)) {
      const key = name === 'lat' || name === 'lng' ? 'position' : name;
      if (FIELD_STEP[key]) errors[key] = message;
      else general.push(message);
    }
    const steps = this.#steps;
    const first = steps.find((s) => Object.keys(errors).some((k) => FIELD_STEP[k] === s));
    // A corrected report is a different request: it gets a key of its own.
    this.#set({
      fields: { ...fields, _key: createIdempotencyKey() },
      errors,
      general,
      step: first ?? 'review',
    });
    this.#setPhotos(photos);
    this.#save();
    this.#focus = first ? 'error' : 'general';
    this.announce([m('refused'), ...Object.values(errors), ...general].join(' '));
  }

  /** Sends this widget's waiting reports: those due, or all (`force`: online, "send now", a visit). */
  async #flush(force: boolean): Promise<void> {
    const scope = this.#scope;
    const settled: [SubmitOutcome, OutboxEntry][] = [];
    await outbox.flushOutbox(
      async (entry) => {
        const outcome = await this.#submit(entry.fields, entry.photos, entry.id);
        if (outcome.kind === 'retry') return 'retry';
        settled.push([outcome, entry]);
        return outcome.kind === 'sent' ? 'sent' : 'rejected';
      },
      // Refused reports wait (with their messages) for the citizen, not for another attempt.
      {
        at: force ? Infinity : undefined,
        only: (e) => e.fields._scope === scope && !e.fields._refused,
      },
    );
    for (const [outcome, entry] of settled) {
      await this.#settle(outcome, entry.id, entry.fields, entry.photos, 'outbox');
      if (entry.id === this.#queuedKey) this.#queuedKey = undefined;
    }
    await this.#refreshOutbox();
  }

  async #refreshOutbox(): Promise<void> {
    const waiting = (await outbox.list()).filter((e) => e.fields._scope === this.#scope);
    this.#set({ outbox: waiting });
    clearTimeout(this.#timer);
    const due = waiting.filter((e) => !e.fields._refused).map((e) => e.nextAttemptAt);
    if (due.length && this.isConnected) {
      const wait = Math.max(1000, Math.min(...due) - Date.now());
      this.#timer = setTimeout(() => void this.#flush(false), wait);
    }
  }

  protected widgetName(): string {
    return this.#m('widgetName');
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
    const { step, delivered } = c.ui;
    // Above the step: reports delivered from the outbox meanwhile, and the ones still waiting.
    return html`<section
      part="form"
      class="form"
      aria-labelledby="dr-title"
      @change=${this.#onChange}
      @input=${this.#onInput}
      @submit=${this.#onSubmit}
    >
      ${this.renderHeading(this.heading ?? this.#m('title'), 'dr-title')} ${renderIntro(c)}
      ${delivered.map((d) => html`<p class="notice ok">${d}</p>`)}
      ${step === 'queued' ? nothing : renderOutbox(c)}
      ${step === 'sent' || step === 'queued' ? renderResult(c) : renderForm(c, STEP_BODIES[step](c))}
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
