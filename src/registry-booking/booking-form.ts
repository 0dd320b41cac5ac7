/**
 * The form step of <registry-booking> (loaded lazily with the confirmation): the chosen
 * appointment, the reservation caveat, the fields with their errors (aria-invalid,
 * aria-describedby), sending with an Idempotency-Key and what each answer means. The values live
 * here, not in the DOM, so nothing typed is lost when the form is rendered again or an answer fails,
 * and in the tab's sessionStorage with the booking on its way (kept-form.ts), so that a reload
 * neither loses them nor books twice.
 */
import { html, nothing } from 'lit';
import { isEmailAddress } from '../core/email-address.js';
import { iconError } from '../core/icons.js';
import { doneTitle, renderConfirmation } from './booking-confirmation.js';
import { formText, formTranslator } from './form-text.js';
import { bookingHash } from './booking-link.js';
import { createIdempotencyKey } from '../core/idempotency-key.js';
import { keepForm, readKeptForm } from './kept-form.js';
import { submitBooking } from './booking-submission.js';
import type { KeptForm } from './kept-form.js';
import { holdText, place, slotWords } from './booking-text.js';
import { formatDate } from '../core/format.js';
import { RegistryBookedEvent, RegistryBookingFailedEvent } from './registry-booking-events.js';
import type { TemplateResult } from 'lit';
import type { Booked } from './booking-confirmation.js';
import type { FormTranslate } from './booking-text.js';
import type { BookingViewContext } from './booking-view-context.js';
import type { FormText } from './form-text.js';
import type { PlaceField, PlaceFieldName, RegistryService } from './registry-booking-schema.js';

export interface FormValues {
  name: string;
  email: string;
  phone: string;
  notes: string;
  consent: boolean;
}

type FieldName = 'name' | 'email' | PlaceFieldName;

/**
 * The fields of the form: name and e-mail, required; the phone number and the notes, optional,
 * unless the chosen place asks for these its own way (`view.fields`).
 */
const USUAL_FIELDS: Partial<Record<FieldName, PlaceField>> = {
  name: { required: { key: 'errName' } },
  email: { required: { key: 'errEmail' } },
  phone: {},
  notes: {},
};

/** What the form says after a reload while a booking was on its way. */
const RESUMED: FormText = { key: 'sendResumed' };

export class BookingForm {
  values: FormValues;
  /** The booking on its way (own contract) until a definite answer, kept for a reload. */
  #sending?: KeptForm['sending'];
  /** The booking URL its kept form belongs to (kept-form.ts). */
  readonly #bookingUrl: string;
  /** The fields' errors (and `slot`, `captcha`), put in words when shown (form-text.ts). */
  #errors: Record<string, FormText> = {};
  problem?: 'conflict' | 'failed' | 'refused' | 'fields';
  /** What the server said when it refused the booking: its status and its own sentence. */
  #refusal?: { status: number; message?: string };
  /** The widget's own sentence for the last problem, when the API said why (ZMS error codes). */
  #problemText?: FormText;
  /** A send is on its way: the button is inert until its outcome is on screen. */
  #inFlight = false;
  /** Idempotency-Key of the booking in flight: kept for retries until a definite answer. */
  #key?: string;
  done?: Booked;

  /**
   * The fields kept in this tab for `bookingUrl`. `resumed`: the page was reloaded while a
   * booking was on its way, and the element chose its service and time again and sends it again
   * (its consent was given); should that fail too, the form says what happened.
   */
  constructor(bookingUrl: string, resumed = false) {
    this.#bookingUrl = bookingUrl;
    const { sending, ...fields } = readKeptForm(bookingUrl);
    this.values = { ...fields, consent: resumed };
    this.#sending = sending;
    if (resumed) {
      this.problem = 'failed';
      this.#problemText = RESUMED;
    }
  }

  /**
   * Another slot or service: another booking, so another key; a conflict notice is done with, and
   * so is the notice of the booking on its way before a reload.
   */
  newChoice(): void {
    this.#key = undefined;
    if (this.problem === 'conflict' || this.#problemText === RESUMED) this.problem = undefined;
  }

  /** After a confirmation: keep name and contact for the next booking, forget the rest. */
  clear(): void {
    if (this.done?.icsUrl) URL.revokeObjectURL(this.done.icsUrl);
    this.done = this.problem = this.#key = undefined;
    this.#errors = {};
    this.values = { ...this.values, notes: '', consent: false };
    this.#keep();
  }

  /** Keeps the fields (not the consent) and the booking on its way for a reload of this tab. */
  #keep(): void {
    const { name, email, phone, notes } = this.values;
    keepForm(this.#bookingUrl, { name, email, phone, notes, sending: this.#sending });
  }

  readonly #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const name = input.name as keyof FormValues;
    if (!(name in this.values)) return;
    (this.values as unknown as Record<string, unknown>)[name] =
      input.type === 'checkbox' ? input.checked : input.value;
    this.#keep();
  };

  /**
   * A field of the form, as the chosen place asks for it (ZMS: its scope): required or not, under
   * its own label, or not at all (USUAL_FIELDS).
   */
  #field(view: BookingViewContext, name: FieldName, type: string): unknown {
    const asked = { ...USUAL_FIELDS, ...view.fields }[name];
    if (!asked) return nothing;
    const formMessage = formTranslator(view);
    const error = this.#errors[name];
    const id = `f-${name}`;
    const described = error ? `err-${name}` : nothing;
    const invalid = error ? 'true' : 'false';
    return html`<div class="field">
      <label for=${id}
        >${asked.label || formMessage(name)}${asked.required ? nothing : html`<span class="muted">${` ${formMessage('optional')}`}</span>`}</label
      >
      ${
        type
          ? html`<input
              id=${id}
              name=${name}
              type=${type}
              autocomplete=${name === 'phone' ? 'tel' : name}
              ?required=${!!asked.required}
              aria-invalid=${invalid}
              aria-describedby=${described}
              .value=${this.values[name]}
            />`
          : html`<textarea
              id=${id}
              name=${name}
              rows="3"
              ?required=${!!asked.required}
              aria-invalid=${invalid}
              aria-describedby=${described}
              .value=${this.values[name]}
            ></textarea>`
      }
      ${this.#error(view, name)}
    </div>`;
  }

  #error(view: BookingViewContext, name: string): unknown {
    const error = this.#errors[name];
    if (!error) return nothing;
    const text = formText(view, error);
    return html`<p class="field-error" id="err-${name}">${iconError}<span>${text}</span></p>`;
  }

  /** The form for `service`, the chosen service of `view`. */
  render(view: BookingViewContext, service: RegistryService): TemplateResult {
    const { config } = view;
    const formMessage = formTranslator(view);
    const words = view.slot && slotWords(view, view.slot, config.timezone);
    const consentError = !!this.#errors.consent;
    // Field errors the form has no field for (e.g. "slot") go above the button.
    const marked = Object.keys(this.#errors).some((key) => key in this.values);
    // "Confirm the security check first" gives way once it is passed (or the time chosen now
    // is at an office that asks for none).
    const captchaDone = !view.captcha || !!view.captcha.token();
    const other = Object.entries(this.#errors)
      .filter(([key]) => !(key in this.values) && !(key === 'captcha' && captchaDone))
      .map(([, text]) => `${formText(view, text)} `);
    return html`<form
      part="form"
      class="form"
      novalidate
      aria-labelledby="form-title"
      @input=${this.#onInput}
      @change=${this.#onInput}
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.send(view, service);
      }}
    >
      ${view.heading(formMessage('summary'), 'form-title', 1)}
      <dl class="summary">
        <dt>${formMessage('service')}</dt>
        <dd>${service.name}</dd>
        <dt>${formMessage('date')}</dt>
        <dd>${words?.date ?? formatDate(view.day ?? '', view.lang, undefined, 'long')}</dd>
        <dt>${formMessage('time')}</dt>
        <dd>${words?.range ?? '–'}</dd>
        <dt>${formMessage('place')}</dt>
        <dd>${place(view.office)}</dd>
      </dl>
      ${
        service.mode === 'reservation'
          ? html`<p class="notice hold">
              <strong
                >${holdText(view, service, { ...config, office: view.office, slot: view.slot })}</strong
              >
            </p>`
          : nothing
      }
      <fieldset class="fields">
        <legend>${formMessage('details')}</legend>
        ${this.#field(view, 'name', 'text')} ${this.#field(view, 'email', 'email')}
        ${this.#field(view, 'phone', 'tel')} ${this.#field(view, 'notes', '')}
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
          <label for="f-consent">${formMessage('consent')}</label>
        </div>
        ${this.#error(view, 'consent')}
      </fieldset>
      ${view.captcha?.render() ?? nothing}
      ${
        this.problem === 'failed'
          ? view.problem(
              this.#problemText ? formText(view, this.#problemText) : formMessage('sendFailed'),
              () => void this.send(view, service),
              formMessage('resend'),
              { mail: true },
            )
          : this.problem === 'refused'
            ? view.problem(
                this.#refusalText(view, formMessage),
                () => void this.send(view, service),
                formMessage('resend'),
                { mail: true, refused: true },
              )
            : this.problem === 'fields' && (marked || other.length)
              ? html`<p part="error" class="notice problem" id="problem" tabindex="-1">
                  ${iconError}<span>${other}${marked ? formMessage('errFields') : ''}</span>
                </p>`
              : nothing
      }
      <button
        part="submit"
        class="button"
        type="submit"
        aria-disabled=${this.#inFlight ? 'true' : 'false'}
      >
        ${
          this.#inFlight
            ? formMessage('sending')
            : formMessage(service.mode === 'reservation' ? 'submitReservation' : 'submitBooking')
        }
      </button>
    </form>`;
  }

  /** The refusal in plain words, with the server's own sentence when it sent one. */
  #refusalText(view: BookingViewContext, formMessage: FormTranslate): string {
    if (this.#problemText) return formText(view, this.#problemText);
    const { status = 0, message } = this.#refusal ?? {};
    const said = message ? `${formMessage('serverSaid', { message })} ` : '';
    return `${said}${formMessage('sendRefused', { status })}`;
  }

  renderDone(view: BookingViewContext): TemplateResult {
    return renderConfirmation(view, this.done!);
  }

  /** Why the chosen time went away, when the API said more than "taken" (ZMS: the reservation lapsed). */
  conflictText(view: BookingViewContext): string | undefined {
    return this.problem === 'conflict' && this.#problemText
      ? formText(view, this.#problemText)
      : undefined;
  }

  #showErrors(view: BookingViewContext, errors: Record<string, FormText>): void {
    this.#errors = errors;
    this.problem = 'fields';
    const first = Object.keys(errors).find((key) => key in this.values);
    view.refresh(first ? `[name="${first}"]` : '#problem');
  }

  /** Checks the fields, then POSTs; every answer ends in a state the citizen can act on. */
  async send(view: BookingViewContext, service: RegistryService): Promise<void> {
    const { slot, config } = view;
    const formMessage = formTranslator(view);
    if (this.#inFlight || !config.booking_url) return;
    const values = this.values;
    const errors: Record<string, FormText> = {};
    for (const [name, asked] of Object.entries({ ...USUAL_FIELDS, ...view.fields })) {
      if (asked?.required && !values[name as FieldName].trim()) errors[name] = asked.required;
    }
    if (!isEmailAddress(values.email)) errors.email = { key: 'errEmail' };
    if (!values.consent) errors.consent = { key: 'errConsent' };
    if (!slot) errors.slot = { key: 'errSlot' };
    if (view.captcha && !view.captcha.token()) errors.captcha = { captcha: 'first' };
    if (!slot || Object.keys(errors).length) return this.#showErrors(view, errors);

    // The booking sent before a reload, without a definite answer: sent again under its key.
    const sent = this.#sending;
    this.#key ??= sent?.service === service.id && sent.slot.id === slot.id ? sent.key : undefined;
    this.#key ??= createIdempotencyKey();
    const resuming = this.#problemText === RESUMED;
    // ZMS: its reservation is kept apart (zms-kept-reservation.ts); the key goes unused.
    this.#sending = { key: this.#key, service: service.id, slot };
    this.#keep();
    this.#inFlight = true;
    this.#errors = {};
    view.refresh();
    const url = new URL(config.booking_url, document.baseURI);
    const trimmed = (text: string) => text.trim() || undefined;
    const outcome = view.submit
      ? await view.submit(service, values)
      : await submitBooking(
          url.href,
          {
            service: service.id,
            slot: slot.id,
            office: slot.place,
            name: values.name.trim(),
            email: values.email.trim(),
            phone: trimmed(values.phone),
            notes: trimmed(values.notes),
            consent: true,
          },
          this.#key,
          view.timeout,
        );
    this.#inFlight = false;
    if (outcome.kind !== 'failed') {
      this.#key = this.#sending = undefined; // a definite answer
      this.#keep();
    }
    if (outcome.kind === 'done') {
      const reference = { code: outcome.result.code, token: outcome.result.token };
      // With `manage_url` the confirmation and the .ics link to this page, which shows the
      // booking and cancels it (ZMS: the adapter already set its own link).
      const result =
        !view.submit && config.manage_url
          ? {
              ...outcome.result,
              cancel_url: `${location.href.split('#')[0]}${bookingHash(reference)}`,
            }
          : outcome.result;
      this.problem = undefined;
      this.done = {
        result,
        service,
        slot,
        office: view.office,
        timezone: config.timezone,
        name: values.name.trim(),
        note: outcome.note ?? result.message,
        host: url.hostname || 'localhost',
      };
      view.refresh('#done-title');
      view.announce(formMessage(doneTitle(this.done)));
      view.element.dispatchEvent(
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
    view.element.dispatchEvent(
      new RegistryBookingFailedEvent({ reason: outcome.kind, error: outcome.error }),
    );
    if (outcome.kind === 'invalid') return this.#showErrors(view, outcome.errors);
    // ZMS refused the captcha token: the step in the form says so and asks again (an office
    // that asked for none: the problem box says it, zms-form-messages.ts "captcha").
    if (outcome.kind === 'failed' && outcome.captcha && view.captcha) {
      this.problem = undefined;
      return view.captcha.lapse();
    }
    this.problem = outcome.kind;
    // A booking sent again after a reload that fails again: the form says what happened.
    const again = resuming && outcome.kind === 'failed' ? RESUMED : undefined;
    this.#problemText = 'text' in outcome ? outcome.text : again;
    this.#refusal =
      outcome.kind === 'refused' ? { status: outcome.status, message: outcome.message } : undefined;
    if (outcome.kind === 'conflict') view.on.slotTaken();
    view.refresh('#problem');
  }
}
