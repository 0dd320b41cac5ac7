/** The choice of service and what <registry-booking> says about the chosen one. */
import { html, nothing } from 'lit';
import { iconInfo } from '../core/icons.js';
import { holdText, renderDocuments } from './booking-text.js';
import type { TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import type { Translate } from './booking-text.js';
import type { RegistryConfig, RegistryService } from './registry-booking-schema.js';

/** The services as a radio group, each with its mode in words (never by colour alone). */
export function renderServices(
  config: RegistryConfig,
  selected: string | undefined,
  m: Translate,
  onChange: (e: Event) => void,
): TemplateResult {
  return html`<fieldset part="services" class="services" @change=${onChange}>
    <legend>${m('services')}</legend>
    ${config.services.map(
      (s) =>
        html`<label class="option">
          <input type="radio" name="service" value=${s.id} .checked=${s.id === selected} />
          <span>
            <span class="name">${s.name}</span>
            <span class="mode mode-${s.mode}">${m(`mode_${s.mode}`)}</span>
          </span>
        </label>`,
    )}
  </fieldset>`;
}

/** The service's notice, the reservation caveat, the duration and the documents to bring. */
export function renderServiceInfo(
  s: RegistryService,
  config: RegistryConfig,
  m: Translate,
  lang: Lang,
): TemplateResult {
  return html`<div part="service-info" class="service-info">
    ${
      s.notice
        ? html`<div class="notice" role="note">
            ${iconInfo}
            <p>${s.notice}</p>
          </div>`
        : nothing
    }
    ${
      s.mode === 'reservation'
        ? html`<p class="notice hold">
            <strong>${holdText(m, s, lang, config)}</strong>
          </p>`
        : nothing
    }
    ${s.duration_minutes ? html`<p>${m('duration', { count: s.duration_minutes })}</p>` : nothing}
    ${s.mode === 'unavailable' ? nothing : renderDocuments(s, m)}
  </div>`;
}
