// What <defect-reporter> does after the first step: location (geolocation, the map, which is
// loaded only when opened), photos, sending, the outbox and the e-mail fallback. The element
// owns the state and hands the flow a small host (FlowHost) to read and change it.
import { html, nothing } from 'lit';
import { ReportQueuedEvent, ReportSentEvent } from './defect-reporter-events.js';
import { inBounds } from './report-config.js';
import { renderForm } from './defect-reporter-steps.js';
import { drafts } from './report-draft-store.js';
import { renderOutbox, renderResult, STEP_BODIES } from './report-flow-steps.js';
import { reportMailto, reportText } from './report-mailto.js';
import { newIdempotencyKey, outbox } from './report-outbox.js';
import { submitReport } from './report-submission.js';
import { downscalePhoto, isAcceptedImage } from './photo-downscale.js';
import type { TemplateResult } from 'lit';
import type { LatLng } from './report-config.js';
import type { LocationMap } from './location-map.js';
import type { Fields, Step, StepContext, Ui } from './defect-reporter-steps.js';
import type { FlowContext } from './report-flow-steps.js';
import type { OutboxEntry } from './report-outbox.js';
import type { SubmitOutcome } from './report-submission.js';

/** What the flow needs of its element (given by the element; its own state stays private). */
export interface FlowHost {
  readonly el: HTMLElement & {
    api: string;
    jurisdiction?: string;
    apiKey?: string;
    open311Media: boolean;
    sendTimeout: number;
    renderRoot: HTMLElement | DocumentFragment;
    updateComplete: Promise<boolean>;
  };
  scope(): string;
  context(): StepContext;
  set(patch: Partial<Ui>): void;
  fields(patch: Fields): void;
  save(): void;
  /** Reset to an empty form. */
  fresh(): Partial<Ui>;
  focus(target: 'step' | 'error' | 'general'): void;
  announce(text: string): void;
  error(name: string, message: string): void;
  /** A contact channel (attributes, `<city-services>`, the fallback slot). */
  channel(kind: 'email' | 'phone'): string | undefined;
}

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

export class ReportFlow {
  readonly #h: FlowHost;
  #timer?: ReturnType<typeof setTimeout>;
  #queuedKey?: string;
  #map?: LocationMap;
  readonly #thumbs = new Map<Blob, string>();

  constructor(host: FlowHost) {
    this.#h = host;
  }

  get #ui(): Ui {
    return this.#h.context().ui;
  }

  /** Errors of the current step's fields (the category is checked by the element). */
  validate(): Fields {
    const c = this.#h.context();
    const { ui, config, m } = c;
    const f = ui.fields;
    const e: Fields = {};
    const email = f.email?.trim();
    if (ui.step === 'location') {
      if (f.lat && !inBounds(+f.lat, +f.lng, config.bounds)) e.position = m('outside');
      else if (config.locationRequired && !f.address?.trim() && !f.lat)
        e.address = m('errLocation');
    } else if (ui.step === 'description' && !f.description?.trim()) {
      e.description = m('errDescription');
    } else if (ui.step === 'contact') {
      if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) e.email = m('errEmail');
      if ((f.name?.trim() || email) && !f.consent) e.consent = m('errConsent');
    }
    return e;
  }

  // ---- rendering ----

  #context(): FlowContext {
    const h = this.#h;
    const c = this.#h.context();
    // The mail of an outbox entry, else of the form (to send it by mail instead of the API).
    const mail = (e?: OutboxEntry) =>
      [
        e ? e.fields : { ...c.ui.fields, _cat: this.#categoryName(c.ui.fields.category) },
        c.m,
        e?.photos.length,
        e?.id,
      ] as const;
    return {
      ...c,
      thumb: (photo) => {
        let url = this.#thumbs.get(photo);
        if (!url) this.#thumbs.set(photo, (url = URL.createObjectURL(photo)));
        return url;
      },
      mail: (e) => reportMailto(h.channel('email'), ...mail(e)),
      text: (e) => reportText(...mail(e)),
      map: () => this.#map?.render(c.lang),
      phone: h.channel('phone'),
      geolocation: 'geolocation' in navigator,
    };
  }

  /** The delivered notes and the outbox list, above the step. */
  renderNotices(): unknown {
    const c = this.#context();
    return html`${c.ui.delivered.map((d) => html`<p class="notice ok">${d}</p>`)}
    ${c.ui.step === 'queued' ? nothing : renderOutbox(c)}`;
  }

  renderStep(): TemplateResult {
    const c = this.#context();
    const step = c.ui.step;
    return step === 'sent' || step === 'queued'
      ? renderResult(c)
      : renderForm(c, STEP_BODIES[step]!(c));
  }

  /** Buttons of the flow (`data-act`). */
  act(act: string, arg: string): void {
    if (act === 'flush') void this.flush(true);
    else if (act === 'drop') void outbox.remove(arg).then(() => this.#refreshOutbox());
    else if (act === 'unphoto') this.#setPhotos(this.#ui.photos.filter((_, i) => i !== +arg));
    else if (act === 'locate') this.#locate();
    else if (act === 'unpin') this.#h.fields({ lat: '', lng: '', _acc: '' });
    else if (act === 'map') void this.#openMap();
    else if (act === 'closeMap') this.closeMap();
    else if (act === 'center' || act === 'zoom') this.#map?.act(act, arg);
  }

  /** Forgets the report on screen (restart). */
  reset(): void {
    this.closeMap();
    this.#setPhotos([]);
    this.#queuedKey = undefined;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.closeMap();
    for (const url of this.#thumbs.values()) URL.revokeObjectURL(url);
    this.#thumbs.clear();
  }

  // ---- location: the device's position and the optional map (loaded when opened) ----

  #locate(): void {
    const h = this.#h;
    h.set({ busy: 'locate' });
    h.announce(this.#h.context().m('locating'));
    navigator.geolocation.getCurrentPosition(
      (p) => {
        h.set({ busy: '' });
        this.#pin([p.coords.latitude, p.coords.longitude], p.coords.accuracy);
      },
      () => {
        h.set({ busy: '' });
        h.error('position', this.#h.context().m('geoFailed'));
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  }

  #pin(point: LatLng, accuracy?: number): void {
    const h = this.#h;
    const [lat, lng] = point.map((n) => n.toFixed(6));
    h.fields({ lat, lng, _acc: accuracy ? String(Math.round(accuracy)) : '' });
    this.#map?.setPin(point);
    const m = this.#h.context().m;
    if (inBounds(point[0], point[1], h.context().config.bounds))
      h.announce(m('position', { lat, lng }));
    else h.error('position', m('outside'));
  }

  async #openMap(): Promise<void> {
    const h = this.#h;
    const { map, bounds } = h.context().config;
    const f = this.#h.context().ui.fields;
    const [[a, b], [c, d]] = bounds ?? [
      [51.16, 10.45],
      [51.16, 10.45],
    ];
    h.set({ map: 'loading' });
    try {
      const { LocationMap } = await import('./location-map.js');
      this.#map = new LocationMap(map!, (p) => this.#pin(p));
      h.set({ map: 'open' });
      await h.el.updateComplete;
      await this.#map.open(
        h.el.renderRoot.querySelector<HTMLElement>('#dr-map')!,
        [(a + c) / 2, (b + d) / 2],
        f.lat ? [+f.lat, +f.lng] : undefined,
      );
    } catch (error) {
      // Offline since the page loaded (the map chunk cannot load), or tiles that cannot be
      // shown: address and "use my location" still work.
      console.warn('civic-widgets: <defect-reporter> map could not be loaded', error);
      this.closeMap();
      h.set({ map: 'failed' });
    }
  }

  closeMap(): void {
    this.#map?.destroy();
    this.#map = undefined;
    if (this.#h.context().ui.map) this.#h.set({ map: '' });
  }

  // ---- photos ----

  async addPhotos(input: HTMLInputElement): Promise<void> {
    const h = this.#h;
    const m = this.#h.context().m;
    const files = [...input.files!];
    input.value = '';
    const { maxPhotos, maxPhotoBytes } = h.context().config;
    const problems: string[] = [];
    h.set({ busy: 'photo' });
    h.announce(m('photoBusy'));
    for (const file of files) {
      const name = file.name;
      if (this.#ui.photos.length >= maxPhotos) {
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
        else this.#setPhotos([...this.#ui.photos, photo]);
      } catch {
        problems.push(m('errPhoto', { name }));
      }
    }
    const errors = { ...this.#ui.errors };
    delete errors.photo;
    h.set({ busy: '', errors });
    if (problems.length) h.error('photo', problems.join(' '));
    else h.announce(m('photoAdded', { n: this.#ui.photos.length }));
  }

  /** Keeps `photos` (in the draft too) and frees the thumbnails of the others. */
  #setPhotos(photos: Blob[]): void {
    for (const [blob, url] of this.#thumbs) {
      if (!photos.includes(blob)) {
        URL.revokeObjectURL(url);
        this.#thumbs.delete(blob);
      }
    }
    this.#h.set({ photos });
    void drafts.saveDraftPhotos(this.#h.scope(), photos);
  }

  // ---- sending ----

  #submit(fields: Fields, photos: Blob[], key: string): Promise<SubmitOutcome> {
    return submitReport(fields, photos, key, this.#h.el.sendTimeout);
  }

  #categoryName(id?: string): string {
    return this.#h.context().config.categories.find((c) => c.id === id)?.name ?? id ?? '';
  }

  async send(): Promise<void> {
    const h = this.#h;
    const { el } = h;
    const { fields: f, photos, busy } = this.#ui;
    if (busy) return;
    const m = this.#h.context().m;
    const key = f._key || newIdempotencyKey();
    // Everything the report needs later, also from the outbox without a config: `_`-fields
    // stay in the browser.
    const fields: Fields = {
      ...f,
      fill_time: String(Math.round((Date.now() - +(f._started || Date.now())) / 1000)),
      _url: h.context().config.submitUrl!,
      _api: el.api === 'open311' ? 'open311' : '',
      _jurisdiction: el.jurisdiction ?? '',
      _api_key: el.apiKey ?? '',
      _media: el.open311Media ? '1' : '',
      _scope: h.scope(),
      _cat: this.#categoryName(f.category),
    };
    h.set({ busy: 'send', general: [] });
    h.announce(m('sending'));
    const outcome = await this.#submit(fields, photos, key);
    h.set({ busy: '' });
    if (outcome.kind !== 'retry') return this.#settle(outcome, key, fields, photos, 'direct');
    const { entry, persisted } = await outbox.enqueue({ id: key, fields, photos });
    // The direct attempt counts: the next one waits for the backoff.
    await outbox.markAttempt(entry.id);
    this.#queuedKey = key;
    // Kept only in this page's memory: the draft stays too, for a reload.
    if (persisted) {
      await drafts.clearDraft(h.scope());
      h.set(h.fresh());
    }
    await this.#refreshOutbox();
    h.set({ step: 'queued', persisted });
    h.focus('step');
    el.dispatchEvent(new ReportQueuedEvent({ key, persisted }));
    h.announce(m('queuedTitle'));
  }

  /** Shows a confirmation, or puts a refused report back into the form with its errors. */
  async #settle(
    outcome: SubmitOutcome,
    key: string,
    fields: Fields,
    photos: Blob[],
    via: 'direct' | 'outbox',
  ): Promise<void> {
    const h = this.#h;
    const m = this.#h.context().m;
    const current = via === 'direct' || key === this.#queuedKey;
    if (outcome.kind === 'sent') {
      h.el.dispatchEvent(new ReportSentEvent({ id: outcome.id, key, via }));
      if (current) {
        await drafts.clearDraft(h.scope());
        this.#setPhotos([]);
        h.set({ ...h.fresh(), step: 'sent', result: outcome });
        h.focus('step');
        h.announce(`${m('sentTitle')} ${m('reference', { id: outcome.id })}`);
      } else {
        const text = m('delivered', { category: fields._cat, id: outcome.id });
        h.set({ delivered: [...this.#ui.delivered, text] });
        h.announce(text);
      }
      return;
    }
    if (outcome.kind !== 'refused') return;
    const general = [...outcome.errors];
    // Refused later from the outbox while the citizen writes another report: it stays in the
    // outbox, with the messages, for the e-mail.
    if (!current && this.#ui.fields.description) {
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
    const steps = this.#h.context().steps;
    const first = steps.find((s) => Object.keys(errors).some((k) => FIELD_STEP[k] === s));
    // A corrected report is a different request: it gets a key of its own.
    h.set({
      fields: { ...fields, _key: newIdempotencyKey() },
      errors,
      general,
      step: first ?? 'review',
    });
    this.#setPhotos(photos);
    h.save();
    h.focus(first ? 'error' : 'general');
    h.announce([m('refused'), ...Object.values(errors), ...general].join(' '));
  }

  /** Sends this widget's waiting reports: those due, or all (`force`: online, "send now", a visit). */
  async flush(force: boolean): Promise<void> {
    const scope = this.#h.scope();
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
    const h = this.#h;
    const waiting = (await outbox.list()).filter((e) => e.fields._scope === h.scope());
    h.set({ outbox: waiting });
    clearTimeout(this.#timer);
    const due = waiting.filter((e) => !e.fields._refused).map((e) => e.nextAttemptAt);
    if (due.length && h.el.isConnected) {
      const wait = Math.max(1000, Math.min(...due) - Date.now());
      this.#timer = setTimeout(() => void this.flush(false), wait);
    }
  }
}
