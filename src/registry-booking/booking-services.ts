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
  message: Translate,
  onChange: (e: Event) => void,
): TemplateResult {
  return html`<fieldset part="services" class="services" @change=${onChange}>
    <legend>${message('services')}</legend>
    ${config.services.map(
      (service) =>
        html`<label class="option">
          <input
            type="radio"
            name="service"
            value=${service.id}
            .checked=${service.id === selected}
          />
          <span>
            <span class="name">${service.name}</span>
            <span class="mode mode-${service.mode}">${message(`mode_${service.mode}`)}</span>
          </span>
        </label>`,
    )}
  </fieldset>`;
}

/** The service's notice, the reservation caveat, the duration and the documents to bring. */
export function renderServiceInfo(
  service: RegistryService,
  config: RegistryConfig,
  message: Translate,
  lang: Lang,
): TemplateResult {
  return html`<div part="service-info" class="service-info">
    ${
      service.notice
        ? html`<div class="notice" role="note">
            ${iconInfo}
            <p>${service.notice}</p>
          </div>`
        : nothing
    }
    ${
      service.mode === 'reservation'
        ? html`<p class="notice hold">
            <strong>${holdText(message, service, lang, config)}</strong>
          </p>`
        : nothing
    }
    ${service.duration_minutes ? html`<p>${message('duration', { count: service.duration_minutes })}</p>` : nothing}
    ${service.mode === 'unavailable' ? nothing : renderDocuments(service, message)}
  </div>`;
}
