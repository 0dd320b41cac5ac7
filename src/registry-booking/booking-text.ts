/** Wording shared by the steps of <registry-booking>: the reservation caveat, slot times, documents. */
import { html, nothing } from 'lit';
import { formatDate, formatTime } from '../core/format.js';
import type { Translator } from '../core/i18n.js';
import { dayKeyInZone, todayInZone } from './office-time.js';
import { reservationDeadline, visitsNeeded } from './reservation-deadline.js';
import type { Slot } from './office-time.js';
import type { RegistryFormMessageKey } from './registry-booking-form-messages.js';
import type { RegistryMessageKey } from './registry-booking-messages.js';
import type { Wording } from './booking-view-context.js';
import type { Office, OfficeConfig, RegistryService } from './registry-booking-schema.js';

/** The widget's strings (registry-booking-messages.ts). */
export type Translate = Translator<RegistryMessageKey>;
/** The form step's strings (registry-booking-form-messages.ts). */
export type FormTranslate = Translator<RegistryFormMessageKey>;

/** What the reservation caveat knows: the server's deadline, the chosen appointment. */
export interface HoldContext {
  office: OfficeConfig;
  timezone: string;
  /** The server's deadline of a made reservation. */
  expiresAt?: string;
  /** The chosen appointment, when there is one: it decides whether the citizen comes once or twice. */
  slot?: Slot;
}

/**
 * The reservation caveat: confirm in person by a date (from `expires_at`, else today plus
 * `hold_days`), moved to the last day the office is open; with an appointment, whether that
 * means one visit or two.
 */
export function holdText(view: Wording, service: RegistryService, hold: HoldContext): string {
  const { message, lang } = view;
  const { office, timezone } = hold;
  const deadline = reservationDeadline({
    expiresAt: hold.expiresAt,
    holdDays: service.hold_days,
    today: todayInZone(timezone),
    timezone,
    openingDays: office.opening_days,
  });
  if (!deadline) return message('holdNoDays', { office: office.name });
  const date = formatDate(deadline, lang, timezone, 'long');
  const caveat = message('holdUntil', { date, office: office.name });
  if (!hold.slot) return caveat;
  const appointmentDay = dayKeyInZone(hold.slot.start, timezone);
  return `${caveat} ${
    visitsNeeded(deadline, appointmentDay) === 1
      ? message('visitOnce')
      : message('visitTwice', { appointment: formatDate(appointmentDay, lang, timezone, 'long') })
  }`;
}

/** "Dienstag, 14. November 2023", "09:00 bis 09:45 Uhr" of a slot in the office's zone. */
export function slotWords(view: Wording, slot: Slot, timezone: string) {
  const { message, lang } = view;
  const from = formatTime(slot.start, lang, timezone);
  return {
    date: formatDate(slot.start, lang, timezone, 'long'),
    from,
    range: message('timeRange', { from, to: formatTime(slot.end, lang, timezone) }),
  };
}

export const place = (office: Office) => [office.name, office.address].filter(Boolean).join(', ');

export function renderDocuments(view: Wording, service: RegistryService): unknown {
  return service.documents?.length
    ? html`<p class="documents-label">${view.message('documents')}</p>
        <ul class="documents">
          ${service.documents.map((item) => html`<li>${item}</li>`)}
        </ul>`
    : nothing;
}
