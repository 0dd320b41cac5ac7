/**
 * A ZMS appointment opened from its link (part of the lazy ZMS chunk): the activation link ZMS
 * e-mails after booking (`#/appointment/confirm/<base64>`) confirms it, a view link
 * (`#/appointment/<base64>`) shows it; both offer to cancel it, with a confirm step.
 */
import { html, nothing } from 'lit';
import { EndpointError } from '../core/endpoint-error.js';
import { formatDate, formatTime } from '../core/format.js';
import { translate } from '../core/i18n.js';
import { iconCheck, iconError, iconWarning } from '../core/icons.js';
import {
  cancelZmsAppointment,
  confirmZmsAppointment,
  fetchZmsAppointment,
  zmsErrorCodes,
} from './zms-citizen-api.js';
import { zmsMessages } from './zms-messages.js';
import type { TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import type { ZmsProcess, ZmsProcessKey } from './zms-citizen-api.js';
import type { ZmsMessageKey } from './zms-messages.js';

/** What the view needs from the widget. */
export interface AppointmentHost {
  root: string;
  timeout: number;
  lang: Lang;
  timezone: string;
  heading(text: string, id: string): TemplateResult;
  contact(): TemplateResult;
  /** Renders again; then focuses `focus` (a selector) when given. */
  refresh(focus?: string): void;
  announce(text: string): void;
  /** "Neuen Termin vereinbaren": leave the appointment for the booking flow. */
  leave(): void;
}

type Phase = 'loading' | 'shown' | 'asking' | 'cancelling' | 'cancelled' | 'failed';

export class ZmsAppointmentView {
  phase: Phase = 'loading';
  process?: ZmsProcess;
  /** The problem in words: the appointment is gone, the link expired, or it could not be loaded. */
  problem?: ZmsMessageKey;
  /** The failed step, to try again. */
  #retry?: () => Promise<void>;

  constructor(
    readonly key: ZmsProcessKey,
    readonly confirm: boolean,
  ) {}

  #text(host: AppointmentHost, key: ZmsMessageKey, params?: Record<string, string | number>) {
    return translate(zmsMessages, host.lang, key, params);
  }

  /** Confirms (activation link) or reads the appointment. */
  async load(host: AppointmentHost): Promise<void> {
    this.phase = 'loading';
    host.refresh();
    try {
      this.process = this.confirm
        ? await confirmZmsAppointment(host.root, this.key, host.timeout)
        : await fetchZmsAppointment(host.root, this.key, host.timeout);
      this.phase = 'shown';
      host.announce(this.#text(host, this.#title()));
    } catch (error) {
      this.#fail(error, () => this.load(host));
    }
    host.refresh('#appointment-title');
  }

  async cancel(host: AppointmentHost): Promise<void> {
    this.phase = 'cancelling';
    host.refresh();
    try {
      this.process = await cancelZmsAppointment(host.root, this.key, host.timeout);
      this.phase = 'cancelled';
      host.announce(this.#text(host, 'cancelled'));
    } catch (error) {
      this.#fail(error, () => this.cancel(host));
    }
    host.refresh('#appointment-title');
  }

  #fail(error: unknown, retry: () => Promise<void>): void {
    const codes = error instanceof EndpointError ? zmsErrorCodes(error.body) : [];
    this.phase = 'failed';
    this.#retry = retry;
    this.problem = codes.includes('appointmentNotFound')
      ? 'notFound'
      : codes.includes('preconfirmationExpired')
        ? 'linkExpired'
        : codes.includes('appointmentCanNotBeCanceled')
          ? 'cannotCancel'
          : codes.includes('authKeyMismatch') || codes.includes('invalidAuthKey')
            ? 'wrongLink'
            : 'notLoaded';
  }

  #title(): ZmsMessageKey {
    if (this.phase === 'cancelled') return 'cancelled';
    if (this.phase === 'failed') return 'problemTitle';
    if (this.phase === 'loading') return 'loading';
    return this.process?.status === 'confirmed' ? 'confirmed' : 'shown';
  }

  render(host: AppointmentHost): TemplateResult {
    const text = (key: ZmsMessageKey, params?: Record<string, string | number>) =>
      this.#text(host, key, params);
    const process = this.process;
    const start = process?.timestamp ? new Date(Number(process.timestamp) * 1000) : undefined;
    const icon =
      this.phase === 'failed' ? iconError : this.phase === 'cancelled' ? iconWarning : iconCheck;
    const canRetry = this.phase === 'failed' && this.problem === 'notLoaded';
    return html`<section
      part="appointment"
      class="confirmation"
      aria-labelledby="appointment-title"
      aria-busy=${this.phase === 'loading' || this.phase === 'cancelling' ? 'true' : 'false'}
    >
      <div class="done-head">
        ${this.phase === 'loading' ? nothing : icon}
        ${host.heading(text(this.#title()), 'appointment-title')}
      </div>
      ${this.phase === 'loading' ? html`<p class="loading" role="status">${text('loading')}</p>` : nothing}
      ${this.phase === 'failed' ? html`<p>${text(this.problem!)}</p>` : nothing}
      ${
        process && start && this.phase !== 'failed'
          ? html`<p part="code" class="code">
                ${text('number')}: <strong>${process.processId}</strong>
              </p>
              <dl class="summary">
                <dt>${text('service')}</dt>
                <dd>${process.serviceName ?? '–'}</dd>
                <dt>${text('date')}</dt>
                <dd>${formatDate(start, host.lang, host.timezone, 'long')}</dd>
                <dt>${text('time')}</dt>
                <dd>${text('at', { time: formatTime(start, host.lang, host.timezone) })}</dd>
                <dt>${text('place')}</dt>
                <dd>${process.officeName ?? '–'}</dd>
              </dl>`
          : nothing
      }
      ${
        this.phase === 'asking'
          ? html`<div class="notice problem" role="alert">
              ${iconWarning}
              <div>
                <p>${text('askCancel')}</p>
                <div class="actions">
                  <button class="button" type="button" @click=${() => void this.cancel(host)}>
                    ${text('yesCancel')}
                  </button>
                  <button
                    class="button secondary"
                    type="button"
                    @click=${() => {
                      this.phase = 'shown';
                      host.refresh('[part="cancel"]');
                    }}
                  >
                    ${text('keep')}
                  </button>
                </div>
              </div>
            </div>`
          : nothing
      }
      ${this.phase === 'failed' || this.phase === 'cancelled' ? host.contact() : nothing}
      <div class="actions">
        ${
          this.phase === 'shown'
            ? html`<button
                part="cancel"
                class="button secondary"
                type="button"
                @click=${() => {
                  this.phase = 'asking';
                  host.refresh('.problem .button');
                }}
              >
                ${text('cancel')}
              </button>`
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
          this.phase === 'cancelled' || this.phase === 'failed'
            ? html`<button class="button secondary" type="button" @click=${host.leave}>
                ${text('bookNew')}
              </button>`
            : nothing
        }
      </div>
    </section>`;
  }
}
