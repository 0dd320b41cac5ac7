/**
 * A booked appointment opened from its link (a lazy chunk): ZMS's activation link
 * (`#/appointment/confirm/<base64>`) confirms it, a view link (`#/appointment/<base64>`, or
 * `#/booking/<code>` of the library's own contract) shows it. The citizen can cancel it (with a
 * confirm step) or choose a different time (cancel, then book again with their details kept).
 * Where the appointment comes from is an `AppointmentSource`: the ZMS adapter or `manage_url`.
 */
import { html, nothing } from 'lit';
import { formatDate, formatTime } from '../core/format.js';
import { translate } from '../core/i18n.js';
import { iconCheck, iconError, iconWarning } from '../core/icons.js';
import { appointmentMessages } from './appointment-messages.js';
import type { TemplateResult } from 'lit';
import type { AppointmentMessageKey } from './appointment-messages.js';
import type { BookingViewContext } from './booking-view-context.js';

/** A booked appointment as the view shows it, whichever API it comes from. */
export interface Appointment {
  /** The booking code or process number the citizen quotes. */
  number: string;
  /** `confirmed`, `reserved` (not binding yet), `cancelled`, or what else the API says. */
  status?: string;
  serviceId?: string;
  serviceName?: string;
  start?: Date;
  placeName?: string;
  /** A reservation's deadline (ISO 8601), to be confirmed in person before it. */
  expiresAt?: string;
  /** What the citizen entered when booking, kept for a new booking. */
  citizen?: { name?: string; email?: string; phone?: string };
}

/** Why an appointment could not be shown or cancelled, in words the citizen can act on. */
export type AppointmentProblem =
  | 'notFound'
  | 'linkExpired'
  | 'cannotCancel'
  | 'wrongLink'
  | 'notLoaded'
  /** The activation link's confirm got no answer: the appointment is not binding yet. */
  | 'notConfirmed';

/** Where the appointment lives: the ZMS citizen API, or the own contract's `manage_url`. */
export interface AppointmentSource {
  /** How the API calls the appointment's number: ZMS "Vorgangsnummer", own contract "Buchungsnummer" (as in its confirmation). */
  numberLabel: 'number' | 'code';
  /** Confirms (ZMS activation link) or reads the appointment. */
  load(timeout: number): Promise<Appointment>;
  /** Whether the API can cancel (own contract: a `cancel_url` is configured). */
  cancellable: boolean;
  cancel(timeout: number): Promise<Appointment>;
  problem(error: unknown): AppointmentProblem;
}

type Phase =
  'loading' | 'shown' | 'asking' | 'askingRebook' | 'cancelling' | 'cancelled' | 'failed';

export class AppointmentView {
  #phase: Phase = 'loading';
  #appointment?: Appointment;
  /** The problem in words: the appointment is gone, the link expired, or it could not be loaded. */
  #problem?: AppointmentProblem;
  /** The failed step, to try again. */
  #retry?: () => Promise<void>;

  constructor(readonly source: AppointmentSource) {}

  #text(view: BookingViewContext, key: AppointmentMessageKey, params?: Record<string, string>) {
    return translate(appointmentMessages, view.lang, key, params);
  }

  async load(view: BookingViewContext): Promise<void> {
    this.#phase = 'loading';
    view.refresh();
    try {
      // Read again after a failed cancel, what was shown stays where the answer is shorter.
      this.#appointment = { ...this.#appointment, ...(await this.source.load(view.timeout)) };
      this.#phase = /^(cancelled|deleted)$/.test(this.#appointment.status ?? '')
        ? 'cancelled'
        : 'shown';
      view.announce(this.#text(view, this.#title()));
    } catch (error) {
      this.#fail(error, () => this.load(view));
    }
    view.refresh('#appointment-title');
  }

  /** Cancels; `rebook`: then back to the booking flow with the service and details kept. */
  async cancel(view: BookingViewContext, rebook = false): Promise<void> {
    // A second click before the buttons are gone would send a second cancel, whose refusal
    // ("already cancelled") would then say the cancelled appointment still stands.
    if (this.#phase === 'cancelling') return;
    this.#phase = 'cancelling';
    // The button pressed goes with the confirm step: the focus waits on the heading, not <body>.
    view.refresh('#appointment-title');
    try {
      const cancelled = await this.source.cancel(view.timeout);
      // The cancel answer may be shorter than the appointment: keep what was shown.
      this.#appointment = { ...this.#appointment, ...cancelled };
      this.#phase = 'cancelled';
      view.announce(this.#text(view, 'cancelled'));
      if (rebook) return view.on.leaveAppointment(this.#appointment);
    } catch (error) {
      // Trying again reads the appointment as it stands before the citizen cancels again: a
      // cancel whose answer was lost went through, and a second one would be refused.
      this.#fail(error, () => this.load(view));
    }
    view.refresh('#appointment-title');
  }

  #fail(error: unknown, retry: () => Promise<void>): void {
    this.#phase = 'failed';
    this.#retry = retry;
    this.#problem = this.source.problem(error);
  }

  #title(): AppointmentMessageKey {
    if (this.#phase === 'cancelled') return 'cancelled';
    // Shown before, so the cancelling failed: the appointment still stands.
    if (this.#phase === 'failed') return this.#appointment ? 'cancelFailed' : 'problemTitle';
    if (this.#phase === 'loading') return 'loading';
    const status = this.#appointment?.status;
    return status === 'confirmed' ? 'confirmed' : status === 'reserved' ? 'reserved' : 'shown';
  }

  /** The confirm step of cancelling (or of cancelling to choose a different time). */
  #renderAsk(view: BookingViewContext, rebook: boolean): TemplateResult {
    const text = (key: AppointmentMessageKey) => this.#text(view, key);
    return html`<div class="notice problem" role="alert">
      ${iconWarning}
      <div>
        <p>${text(rebook ? 'askRebook' : 'askCancel')}</p>
        <div class="actions">
          <button class="button" type="button" @click=${() => void this.cancel(view, rebook)}>
            ${text(rebook ? 'yesRebook' : 'yesCancel')}
          </button>
          <button
            class="button secondary"
            type="button"
            @click=${() => {
              this.#phase = 'shown';
              view.refresh(rebook ? '[part="rebook"]' : '[part="cancel"]');
            }}
          >
            ${text('keep')}
          </button>
        </div>
      </div>
    </div>`;
  }

  /** "Termin absagen" or "Anderen Termin wählen": asks first (the confirm step takes focus). */
  #renderAskButton(
    view: BookingViewContext,
    action: 'cancel' | 'rebook',
    phase: 'asking' | 'askingRebook',
  ): TemplateResult {
    return html`<button
      part=${action}
      class="button secondary"
      type="button"
      @click=${() => {
        this.#phase = phase;
        view.refresh('.problem .button');
      }}
    >
      ${this.#text(view, action)}
    </button>`;
  }

  render(view: BookingViewContext): TemplateResult {
    const text = (key: AppointmentMessageKey, params?: Record<string, string>) =>
      this.#text(view, key, params);
    const appointment = this.#appointment;
    const start = appointment?.start;
    const icon =
      this.#phase === 'failed' ? iconError : this.#phase === 'cancelled' ? iconWarning : iconCheck;
    const canRetry =
      this.#phase === 'failed' &&
      (this.#problem === 'notLoaded' || this.#problem === 'notConfirmed');
    const open =
      this.#phase === 'shown' || this.#phase === 'asking' || this.#phase === 'askingRebook';
    const expires =
      open && appointment?.status === 'reserved' && appointment.expiresAt
        ? formatDate(appointment.expiresAt, view.lang, view.config.timezone, 'long')
        : undefined;
    return html`<section
      part="appointment"
      class="confirmation"
      aria-labelledby="appointment-title"
      aria-busy=${this.#phase === 'loading' || this.#phase === 'cancelling' ? 'true' : 'false'}
    >
      <div class="done-head">
        ${this.#phase === 'loading' ? nothing : icon}
        ${view.heading(text(this.#title()), 'appointment-title')}
      </div>
      ${this.#phase === 'loading' ? html`<p class="loading" role="status">${text('loading')}</p>` : nothing}
      ${this.#phase === 'failed' ? html`<p>${text(this.#problem!)}</p>` : nothing}
      ${
        expires
          ? html`<p class="notice hold">
              <strong>${text('reservedUntil', { date: expires })}</strong>
            </p>`
          : nothing
      }
      ${
        appointment && this.#phase !== 'failed'
          ? html`<p part="code" class="code">
                ${text(this.source.numberLabel)}: <strong>${appointment.number}</strong>
              </p>
              <dl class="summary">
                <dt>${text('service')}</dt>
                <dd>${appointment.serviceName ?? '–'}</dd>
                <dt>${text('date')}</dt>
                <dd>${start ? formatDate(start, view.lang, view.config.timezone, 'long') : '–'}</dd>
                <dt>${text('time')}</dt>
                <dd>
                  ${start ? text('at', { time: formatTime(start, view.lang, view.config.timezone) }) : '–'}
                </dd>
                <dt>${text('place')}</dt>
                <dd>${appointment.placeName ?? '–'}</dd>
              </dl>`
          : nothing
      }
      ${this.#phase === 'asking' || this.#phase === 'askingRebook' ? this.#renderAsk(view, this.#phase === 'askingRebook') : nothing}
      ${this.#phase === 'failed' || this.#phase === 'cancelled' ? view.contact() : nothing}
      <div class="actions">
        ${
          this.#phase === 'shown' && this.source.cancellable
            ? html`${this.#renderAskButton(view, 'cancel', 'asking')}
              ${this.#renderAskButton(view, 'rebook', 'askingRebook')}`
            : nothing
        }
        ${
          canRetry
            ? html`<button class="button" type="button" @click=${() => void this.#retry?.()}>
                ${text('retry')}
              </button>`
            : nothing
        }
        ${
          this.#phase === 'cancelled' || this.#phase === 'failed'
            ? html`<button
                class="button secondary"
                type="button"
                @click=${() => view.on.leaveAppointment(this.#appointment)}
              >
                ${text('bookNew')}
              </button>`
            : nothing
        }
      </div>
    </section>`;
  }
}
