/**
 * The form step of <registry-booking> (loaded lazily with the confirmation): the chosen
 * appointment, the reservation caveat, the fields with their errors (aria-invalid,
 * aria-describedby), sending with an Idempotency-Key and what each answer means. The values live
 * here, not in the DOM, so nothing typed is lost when the form is rendered again or an answer fails.
 */
import { html, nothing } from 'lit';
import { isEmailAddress } from '../core/email-address.js';
import { iconError } from '../core/icons.js';
import { icsUrlFor, isReserved, renderConfirmation } from './booking-confirmation.js';
import { createIdempotencyKey } from '../core/idempotency-key.js';
import { submitBooking } from './booking-submission.js';
import { holdText, place, slotWords } from './booking-text.js';
import { translate } from '../core/i18n.js';
import { formatDate } from '../core/format.js';
import { registryFormMessages } from './registry-booking-form-messages.js';
import { RegistryBookedEvent, RegistryBookingFailedEvent } from './registry-booking-events.js';
import type { TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import type { Booked } from './booking-confirmation.js';
import type { FormTranslate, Translate } from './booking-text.js';
import type { Slot } from './office-time.js';
import type { RegistryConfig, RegistryService } from './registry-booking-schema.js';

export interface FormValues {
  name: string;
  email: string;
  phone: string;
  notes: string;
  consent: boolean;
}

/** What the form needs from the widget. */
export interface FormHost {
  readonly m: Translate;
  readonly lang: Lang;
  readonly timeout: number;
  readonly config: RegistryConfig;
  readonly service: RegistryService;
  readonly day: string;
  readonly slot?: Slot;
  heading(text: string, id: string, offset?: number): TemplateResult;
  /** The office's contact block (phone, e-mail, hours). */
  contact(): TemplateResult;
  /**
   * A problem box with a retry button, the office contact and a prepared e-mail. When `refused`
   * (the server will not take this request as it is), the e-mail is the first way offered.
   */
  problem(text: string, retry: () => void, label: string, refused?: boolean): TemplateResult;
  /** Renders again; then focuses `focus` (a selector) when given. */
  refresh(focus?: string): void;
  announce(text: string): void;
  /** The slot was taken meanwhile: forget it and load the slots again. */
  slotTaken(): void;
  /** The widget, which the events are dispatched on. */
  readonly element: HTMLElement;
}

type FieldName = 'name' | 'email' | 'phone' | 'notes';

export class BookingForm {
  values: FormValues = { name: '', email: '', phone: '', notes: '', consent: false };
  errors: Record<string, string> = {};
  problem?: 'conflict' | 'failed' | 'refused' | 'fields';
  /** What the server said when it refused the booking: its status and its own sentence. */
  refusal?: { status: number; message?: string };
  sending = false;
  /** Idempotency-Key of the booking in flight: kept for retries until a definite answer. */
  key?: string;
  done?: Booked;

  #f(h: FormHost): FormTranslate {
    return (key, params) => translate(registryFormMessages, h.lang, key, params);
  }

  /** Another slot or service: another booking, so another key; a conflict notice is done with. */
  newChoice(): void {
    this.key = undefined;
    if (this.problem === 'conflict') this.problem = undefined;
  }

  /** After a confirmation: keep name and contact for the next booking, forget the rest. */
  clear(): void {
    if (this.done?.icsUrl) URL.revokeObjectURL(this.done.icsUrl);
    this.done = this.problem = this.key = undefined;
    this.errors = {};
    this.values = { ...this.values, notes: '', consent: false };
  }

  readonly #onInput = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const name = input.name as keyof FormValues;
    if (!(name in this.values)) return;
    (this.values as unknown as Record<string, unknown>)[name] =
      input.type === 'checkbox' ? input.checked : input.value;
  };

  #field(h: FormHost, name: FieldName, type: string, required = false): TemplateResult {
    const error = this.errors[name];
    const id = `f-${name}`;
    const described = error ? `err-${name}` : nothing;
    const invalid = error ? 'true' : 'false';
    const f = this.#f(h);
    return html`<div class="field">
      <label for=${id}
        >${f(name)}${required ? nothing : html` <span class="muted">${f('optional')}</span>`}</label
      >
      ${
        type
          ? html`<input
              id=${id}
              name=${name}
              type=${type}
              autocomplete=${name === 'phone' ? 'tel' : name}
              ?required=${required}
              aria-invalid=${invalid}
              aria-describedby=${described}
              .value=${this.values[name]}
            />`
          : html`<textarea
              id=${id}
              name=${name}
              rows="3"
              aria-invalid=${invalid}
              aria-describedby=${described}
              .value=${this.values[name]}
            ></textarea>`
      }
      ${this.#error(name)}
    </div>`;
  }

  #error(name: string): unknown {
    const error = this.errors[name];
    return error
      ? html`<p class="field-error" id="err-${name}">${iconError}<span>${error}</span></p>`
      : nothing;
  }

  render(h: FormHost): TemplateResult {
    const { m, service, config } = h;
    const f = this.#f(h);
    const words = h.slot && slotWords(m, h.slot, config.timezone, h.lang);
    const consentError = !!this.errors.consent;
    // Field errors the form has no field for (e.g. "slot") go above the button.
    const marked = Object.keys(this.errors).some((k) => k in this.values);
    const other = Object.entries(this.errors)
      .filter(([k]) => !(k in this.values))
      .map(([, v]) => `${v} `);
    return html`<form
      part="form"
      class="form"
      novalidate
      aria-labelledby="form-title"
      @input=${this.#onInput}
      @change=${this.#onInput}
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.send(h);
      }}
    >
      ${h.heading(f('summary'), 'form-title', 1)}
      <dl class="summary">
        <dt>${f('service')}</dt>
        <dd>${service.name}</dd>
        <dt>${f('date')}</dt>
        <dd>${words?.date ?? formatDate(h.day, h.lang, undefined, 'long')}</dd>
        <dt>${f('time')}</dt>
        <dd>${words?.range ?? '–'}</dd>
        <dt>${f('place')}</dt>
        <dd>${place(config.office)}</dd>
      </dl>
      ${
        service.mode === 'reservation'
          ? html`<p class="notice hold">
              <strong>${holdText(m, service, h.lang, { ...config, slot: h.slot })}</strong>
            </p>`
          : nothing
      }
      <fieldset class="fields">
        <legend>${f('details')}</legend>
        ${this.#field(h, 'name', 'text', true)} ${this.#field(h, 'email', 'email', true)}
        ${this.#field(h, 'phone', 'tel')} ${this.#field(h, 'notes', '')}
        <div class="field check">
          <input
            id="f-consent"
            name="consent"
            type="checkbox"
            required
            aria-invalid=${consentError ? 'true' : 'false'}
            aria-describedby=${consentError ? 'err-consent' : nothing}
            .checked=${this.values.consent}
          />
          <label for="f-consent">${f('consent')}</label>
        </div>
        ${this.#error('consent')}
      </fieldset>
      ${
        this.problem === 'failed'
          ? h.problem(f('sendFailed'), () => void this.send(h), f('resend'))
          : this.problem === 'refused'
            ? h.problem(this.#refusalText(f), () => void this.send(h), f('resend'), true)
            : this.problem === 'fields'
              ? html`<p part="error" class="notice problem" id="problem" tabindex="-1">
                  ${iconError}<span>${other}${marked ? f('errFields') : ''}</span>
                </p>`
              : nothing
      }
      <button
        part="submit"
        class="button"
        type="submit"
        aria-disabled=${this.sending ? 'true' : 'false'}
      >
        ${
          this.sending
            ? f('sending')
            : f(service.mode === 'reservation' ? 'submitReservation' : 'submitBooking')
        }
      </button>
    </form>`;
  }

  /** The refusal in plain words, with the server's own sentence when it sent one. */
  #refusalText(f: FormTranslate): string {
    const { status = 0, message } = this.refusal ?? {};
    const said = message ? `${f('serverSaid', { message })} ` : '';
    return `${said}${f('sendRefused', { status })}`;
  }

  renderDone(h: FormHost, onAgain: () => void): TemplateResult {
    return renderConfirmation(
      this.done!,
      h.m,
      this.#f(h),
      h.lang,
      (text, id) => h.heading(text, id),
      h.contact(),
      () => window.print(),
      onAgain,
    );
  }

  #showErrors(h: FormHost, errors: Record<string, string>): void {
    this.errors = errors;
    this.problem = 'fields';
    const first = Object.keys(errors).find((k) => k in this.values);
    h.refresh(first ? `[name="${first}"]` : '#problem');
  }

  /** Checks the fields, then POSTs; every answer ends in a state the citizen can act on. */
  async send(h: FormHost): Promise<void> {
    const { m, service, slot, config } = h;
    const f = this.#f(h);
    if (this.sending || !config.booking_url) return;
    const v = this.values;
    const errors: Record<string, string> = {};
    if (!v.name.trim()) errors.name = f('errName');
    if (!isEmailAddress(v.email)) errors.email = f('errEmail');
    if (!v.consent) errors.consent = f('errConsent');
    if (!slot) errors.slot = f('errSlot');
    if (!slot || Object.keys(errors).length) return this.#showErrors(h, errors);

    this.key ??= createIdempotencyKey();
    this.sending = true;
    this.errors = {};
    h.refresh();
    const url = new URL(config.booking_url, document.baseURI);
    const trimmed = (s: string) => s.trim() || undefined;
    const outcome = await submitBooking(
      url.href,
      {
        service: service.id,
        slot: slot.id,
        name: v.name.trim(),
        email: v.email.trim(),
        phone: trimmed(v.phone),
        notes: trimmed(v.notes),
        consent: true,
      },
      this.key,
      h.timeout,
    );
    this.sending = false;
    if (outcome.kind !== 'failed') this.key = undefined; // a definite answer
    if (outcome.kind === 'done') {
      const { result } = outcome;
      this.problem = undefined;
      this.done = {
        result,
        service,
        slot,
        office: config.office,
        timezone: config.timezone,
        name: v.name.trim(),
        host: url.hostname || 'localhost',
      };
      try {
        this.done.icsUrl = icsUrlFor(this.done, m, f, h.lang);
      } catch (error) {
        console.warn('civic-widgets: no .ics file for this booking', error);
      }
      h.refresh('#done-title');
      h.announce(f(isReserved(this.done) ? 'doneReserved' : 'doneConfirmed'));
      h.element.dispatchEvent(
        new RegistryBookedEvent({
          code: result.code,
          status: result.status,
          service: service.id,
          slot: slot.id,
          start: slot.start,
          end: slot.end,
        }),
      );
      return;
    }
    h.element.dispatchEvent(
      new RegistryBookingFailedEvent({ reason: outcome.kind, error: outcome.error }),
    );
    if (outcome.kind === 'invalid') return this.#showErrors(h, outcome.errors);
    this.problem = outcome.kind;
    this.refusal =
      outcome.kind === 'refused' ? { status: outcome.status, message: outcome.message } : undefined;
    if (outcome.kind === 'conflict') h.slotTaken();
    h.refresh('#problem');
  }
}
