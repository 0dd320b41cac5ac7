/**
 * The confirmation of <registry-booking>: the code, a summary, the reservation caveat, an .ics
 * download, a print button and the cancel link. Printing shows this section without buttons.
 */
import { html, nothing } from 'lit';
import { safeUrl } from '../core/safe-url.js';
import { iconCheck, iconWarning } from '../core/icons.js';
import { holdText, place, renderDocuments, slotWords } from './booking-text.js';
import { formText, formTranslator } from './form-text.js';
import { buildIcs, icsBlob } from './ics-file.js';
import type { TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import type { Slot } from './office-time.js';
import type { BookingViewContext } from './booking-view-context.js';
import type { FormText } from './form-text.js';
import type { BookingResult, OfficeConfig, RegistryService } from './registry-booking-schema.js';

export interface Booked {
  result: BookingResult;
  service: RegistryService;
  slot: Slot;
  office: OfficeConfig;
  timezone: string;
  name: string;
  /**
   * What the citizen is told after the confirmation: the widget's own sentence (ZMS: confirm
   * with the e-mailed link), else the server's `message` as it came.
   */
  note?: FormText;
  /** Host of `booking_url`, for the .ics UID. */
  host: string;
  /** Blob URL of the .ics file (revoked when the confirmation goes, or the language changes). */
  icsUrl?: string;
  /** The language the .ics file speaks. */
  icsLang?: Lang;
}

/** ZMS: booked, but the citizen still confirms it with the link ZMS e-mailed. */
export const isPending = (booking: Booked): boolean => booking.result.status === 'preconfirmed';

export const isReserved = (booking: Booked): boolean =>
  booking.result.status !== 'confirmed' && !isPending(booking);

/** The confirmation's heading: booked, reserved (not binding) or waiting for the e-mail link. */
export const doneTitle = (booking: Booked) =>
  isPending(booking) ? 'donePending' : isReserved(booking) ? 'doneReserved' : 'doneConfirmed';

/** The .ics file as a Blob URL. */
function icsFileUrl(view: BookingViewContext, booking: Booked): string {
  const { message } = view;
  const formMessage = formTranslator(view);
  const reserved = isReserved(booking);
  const lines = [`${formMessage('code')}: ${booking.result.code}`];
  if (reserved) {
    lines.unshift(
      `${formMessage('icsReserved')}. ${holdText(view, booking.service, {
        office: booking.office,
        timezone: booking.timezone,
        expiresAt: booking.result.expires_at,
        slot: booking.slot,
      })}`,
    );
  }
  if (booking.note) lines.push(formText(view, booking.note));
  if (booking.service.documents?.length) {
    lines.push(
      `${message('documents')}\n${booking.service.documents.map((item) => `- ${item}`).join('\n')}`,
    );
  }
  const cancel = safeUrl(booking.result.cancel_url);
  if (cancel) lines.push(`${formMessage('cancel')}: ${cancel}`);
  const ics = buildIcs({
    uid: `${booking.result.code}@${booking.host}`,
    start: booking.slot.start,
    end: booking.slot.end,
    summary: `${booking.service.name} – ${booking.office.name}${reserved ? ` (${formMessage('icsReserved')})` : ''}`,
    location: place(booking.office),
    description: lines.join('\n\n'),
    url: cancel,
  });
  return URL.createObjectURL(icsBlob(ics));
}

/** The .ics file in the language shown: made when first shown, and again after a switch. */
function icsUrlIn(view: BookingViewContext, booking: Booked): string | undefined {
  if (booking.icsLang !== view.lang) {
    if (booking.icsUrl) URL.revokeObjectURL(booking.icsUrl);
    booking.icsUrl = undefined;
    booking.icsLang = view.lang;
    try {
      booking.icsUrl = icsFileUrl(view, booking);
    } catch (error) {
      console.warn('civic-widgets: no .ics file for this booking', error);
    }
  }
  return booking.icsUrl;
}

export function renderConfirmation(view: BookingViewContext, booking: Booked): TemplateResult {
  const formMessage = formTranslator(view);
  const reserved = isReserved(booking);
  const words = slotWords(view, booking.slot, booking.timezone);
  const cancel = safeUrl(booking.result.cancel_url);
  const icsUrl = icsUrlIn(view, booking);
  return html`<section
    part="confirmation"
    class="confirmation"
    aria-labelledby="done-title"
    tabindex="-1"
  >
    <div class="done-head">
      ${reserved || isPending(booking) ? iconWarning : iconCheck}
      ${view.heading(formMessage(doneTitle(booking)), 'done-title')}
    </div>
    <p part="code" class="code">${formMessage('code')}: <strong>${booking.result.code}</strong></p>
    ${
      reserved
        ? html`<p class="notice hold">
            <strong
              >${holdText(view, booking.service, {
                office: booking.office,
                timezone: booking.timezone,
                expiresAt: booking.result.expires_at,
                slot: booking.slot,
              })}</strong
            >
          </p>`
        : nothing
    }
    ${booking.note ? html`<p>${formText(view, booking.note)}</p>` : nothing}
    <dl class="summary">
      <dt>${formMessage('service')}</dt>
      <dd>${booking.service.name}</dd>
      <dt>${formMessage('date')}</dt>
      <dd>${words.date}</dd>
      <dt>${formMessage('time')}</dt>
      <dd>${words.range}</dd>
      <dt>${formMessage('place')}</dt>
      <dd>${place(booking.office)}</dd>
      <dt>${formMessage('name')}</dt>
      <dd>${booking.name}</dd>
    </dl>
    ${renderDocuments(view, booking.service)} ${view.contact()}
    <div class="actions">
      ${
        icsUrl
          ? html`<a
              part="download"
              class="button"
              href=${icsUrl}
              download="termin-${booking.result.code.replace(/[^\w-]/g, '')}.ics"
              >${formMessage('ics')}</a
            >`
          : nothing
      }
      <button part="print" class="button secondary" type="button" @click=${() => window.print()}>
        ${formMessage('print')}
      </button>
      ${
        cancel
          ? html`<a part="cancel" class="button secondary" href=${cancel}
              >${formMessage('cancel')}</a
            >`
          : nothing
      }
      <button class="button secondary" type="button" @click=${view.on.again}>
        ${formMessage('again')}
      </button>
    </div>
  </section>`;
}
