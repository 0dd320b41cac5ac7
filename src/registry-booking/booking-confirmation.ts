/**
 * The confirmation of <registry-booking>: the code, a summary, the reservation caveat, an .ics
 * download, a print button and the cancel link. Printing shows this section without buttons.
 */
import { html, nothing } from 'lit';
import { safeUrl } from '../core/safe-url.js';
import { iconCheck, iconWarning } from '../core/icons.js';
import { holdText, place, renderDocuments, slotWords } from './booking-text.js';
import { buildIcs, icsBlob } from './ics-file.js';
import type { TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import type { Slot } from './office-time.js';
import type { FormTranslate, Translate } from './booking-text.js';
import type { BookingResult, OfficeConfig, RegistryService } from './registry-booking-schema.js';

export interface Booked {
  result: BookingResult;
  service: RegistryService;
  slot: Slot;
  office: OfficeConfig;
  timezone: string;
  name: string;
  /** Host of `booking_url`, for the .ics UID. */
  host: string;
  /** Blob URL of the .ics file (revoked when the confirmation goes). */
  icsUrl?: string;
}

export const isReserved = (b: Booked): boolean => b.result.status !== 'confirmed';

/** The .ics file as a Blob URL; the caller revokes it. */
export function icsUrlFor(b: Booked, m: Translate, f: FormTranslate, lang: Lang): string {
  const reserved = isReserved(b);
  const lines = [`${f('code')}: ${b.result.code}`];
  if (reserved) {
    lines.unshift(
      `${f('icsReserved')}. ${holdText(m, b.service, lang, {
        office: b.office,
        timezone: b.timezone,
        expiresAt: b.result.expires_at,
        slot: b.slot,
      })}`,
    );
  }
  if (b.result.message) lines.push(b.result.message);
  if (b.service.documents?.length) {
    lines.push(`${m('documents')}\n${b.service.documents.map((d) => `- ${d}`).join('\n')}`);
  }
  const cancel = safeUrl(b.result.cancel_url);
  if (cancel) lines.push(`${f('cancel')}: ${cancel}`);
  const ics = buildIcs({
    uid: `${b.result.code}@${b.host}`,
    start: b.slot.start,
    end: b.slot.end,
    summary: `${b.service.name} – ${b.office.name}${reserved ? ` (${f('icsReserved')})` : ''}`,
    location: place(b.office),
    description: lines.join('\n\n'),
    url: cancel,
  });
  return URL.createObjectURL(icsBlob(ics));
}

export function renderConfirmation(
  b: Booked,
  m: Translate,
  f: FormTranslate,
  lang: Lang,
  heading: (text: string, id: string) => TemplateResult,
  contact: TemplateResult,
  onPrint: () => void,
  onAgain: () => void,
): TemplateResult {
  const reserved = isReserved(b);
  const words = slotWords(m, b.slot, b.timezone, lang);
  const cancel = safeUrl(b.result.cancel_url);
  return html`<section
    part="confirmation"
    class="confirmation"
    aria-labelledby="done-title"
    tabindex="-1"
  >
    <div class="done-head">
      ${reserved ? iconWarning : iconCheck}
      ${heading(f(reserved ? 'doneReserved' : 'doneConfirmed'), 'done-title')}
    </div>
    <p part="code" class="code">${f('code')}: <strong>${b.result.code}</strong></p>
    ${
      reserved
        ? html`<p class="notice hold">
            <strong
              >${holdText(m, b.service, lang, {
                office: b.office,
                timezone: b.timezone,
                expiresAt: b.result.expires_at,
                slot: b.slot,
              })}</strong
            >
          </p>`
        : nothing
    }
    ${b.result.message ? html`<p>${b.result.message}</p>` : nothing}
    <dl class="summary">
      <dt>${f('service')}</dt>
      <dd>${b.service.name}</dd>
      <dt>${f('date')}</dt>
      <dd>${words.date}</dd>
      <dt>${f('time')}</dt>
      <dd>${words.range}</dd>
      <dt>${f('place')}</dt>
      <dd>${place(b.office)}</dd>
      <dt>${f('name')}</dt>
      <dd>${b.name}</dd>
    </dl>
    ${renderDocuments(b.service, m)} ${contact}
    <div class="actions">
      ${
        b.icsUrl
          ? html`<a
              part="download"
              class="button"
              href=${b.icsUrl}
              download="termin-${b.result.code.replace(/[^\w-]/g, '')}.ics"
              >${f('ics')}</a
            >`
          : nothing
      }
      <button part="print" class="button secondary" type="button" @click=${onPrint}>
        ${f('print')}
      </button>
      ${
        cancel
          ? html`<a part="cancel" class="button secondary" href=${cancel}>${f('cancel')}</a>`
          : nothing
      }
      <button class="button secondary" type="button" @click=${onAgain}>${f('again')}</button>
    </div>
  </section>`;
}
