/** The choice of service and what <registry-booking> says about the chosen one. */
import { html, nothing } from 'lit';
import { iconInfo } from '../core/icons.js';
import { holdText, renderDocuments } from './booking-text.js';
import type { TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import type { Translate } from './booking-text.js';
import type { BookingPlace, RegistryConfig, RegistryService } from './registry-booking-schema.js';

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

/** The places that offer the chosen service, and "any place", as a radio group with addresses. */
export function renderPlaces(
  places: BookingPlace[],
  selected: string | undefined,
  message: Translate,
  onChange: (event: Event) => void,
): TemplateResult {
  const option = (value: string, name: string, address?: string) =>
    html`<label class="option">
      <input type="radio" name="place" value=${value} .checked=${(selected ?? '') === value} />
      <span>
        <span class="name">${name}</span>
        ${address ? html`<span class="mode">${address}</span>` : nothing}
      </span>
    </label>`;
  return html`<fieldset part="places" class="services" @change=${onChange}>
    <legend>${message('places')}</legend>
    ${option('', message('anyPlace'))}
    ${places.map((place) => option(place.id, place.name, place.address))}
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
