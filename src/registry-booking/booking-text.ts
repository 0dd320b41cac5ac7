/** Wording shared by the steps of <registry-booking>: the reservation caveat, slot times, documents. */
import { html, nothing } from 'lit';
import { formatDate, formatTime } from '../core/format.js';
import type { Lang, Translator } from '../core/i18n.js';
import type { Slot } from './office-time.js';
import type { RegistryFormMessageKey } from './registry-booking-form-messages.js';
import type { RegistryMessageKey } from './registry-booking-messages.js';
import type { Office, RegistryService } from './registry-booking-schema.js';

/** The widget's strings (registry-booking-messages.ts). */
export type Translate = Translator<RegistryMessageKey>;
/** The form step's strings (registry-booking-form-messages.ts). */
export type FormTranslate = Translator<RegistryFormMessageKey>;

/** The reservation caveat: until `expires_at`, else within `hold_days`. */
export function holdText(
  m: Translate,
  service: RegistryService,
  office: Office,
  lang: Lang,
  timezone: string,
  expiresAt?: string,
): string {
  const date = expiresAt ? formatDate(expiresAt, lang, timezone, 'long') : '';
  return date
    ? m('holdUntil', { date, office: office.name })
    : service.hold_days
      ? m('holdDays', { days: service.hold_days, office: office.name })
      : m('holdNoDays', { office: office.name });
}

/** "Dienstag, 14. November 2023", "09:00 bis 09:45 Uhr" of a slot in the office's zone. */
export function slotWords(m: Translate, slot: Slot, timezone: string, lang: Lang) {
  const from = formatTime(slot.start, lang, timezone);
  return {
    date: formatDate(slot.start, lang, timezone, 'long'),
    from,
    range: m('timeRange', { from, to: formatTime(slot.end, lang, timezone) }),
  };
}

export const place = (office: Office) => [office.name, office.address].filter(Boolean).join(', ');

export function renderDocuments(service: RegistryService, m: Translate): unknown {
  return service.documents?.length
    ? html`<p class="documents-label">${m('documents')}</p>
        <ul class="documents">
          ${service.documents.map((d) => html`<li>${d}</li>`)}
        </ul>`
    : nothing;
}
