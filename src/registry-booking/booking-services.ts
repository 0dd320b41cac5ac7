/** The choice of service and place, and what <registry-booking> says about the chosen service. */
import { html, nothing } from 'lit';
import { iconInfo } from '../core/icons.js';
import { holdText, renderDocuments } from './booking-text.js';
import type { TemplateResult } from 'lit';
import type { BookingViewContext } from './booking-view-context.js';
import type { RegistryService } from './registry-booking-schema.js';

/** One choice of a radio group (a service, a place, a time): the radio, then what it says. */
export function renderOption(
  choice: { name: string; value: string; checked: boolean; className?: string },
  content: unknown,
): TemplateResult {
  return html`<label class="option ${choice.className ?? ''}">
    <input type="radio" name=${choice.name} value=${choice.value} .checked=${choice.checked} />
    ${content}
  </label>`;
}

/** A choice's name, and under it its mode or address. */
const nameAndNote = (name: string, note: unknown) =>
  html`<span><span class="name">${name}</span> ${note}</span>`;

/** The services as a radio group, each with its mode in words (never by colour alone). */
export function renderServices(view: BookingViewContext): TemplateResult {
  const { message } = view;
  return html`<fieldset part="services" class="services" @change=${view.on.service}>
    <legend>${message('services')}</legend>
    ${view.config.services.map((service) =>
      renderOption(
        { name: 'service', value: service.id, checked: service.id === view.service?.id },
        nameAndNote(
          service.name,
          html`<span class="mode mode-${service.mode}">${message(`mode_${service.mode}`)}</span>`,
        ),
      ),
    )}
  </fieldset>`;
}

/**
 * The places that offer the chosen service, and "any place", as a radio group with addresses;
 * nothing when there is no choice (one place, or the library's own contract).
 */
export function renderPlaces(view: BookingViewContext, service: RegistryService): unknown {
  const places = (view.config.places ?? []).filter((place) => service.id in place.serviceMinutes);
  if (places.length < 2) return nothing;
  const option = (value: string, name: string, address?: string) =>
    renderOption(
      { name: 'place', value, checked: (view.placeId ?? '') === value },
      nameAndNote(name, address ? html`<span class="mode">${address}</span>` : nothing),
    );
  return html`<fieldset part="places" class="services" @change=${view.on.place}>
    <legend>${view.message('places')}</legend>
    ${option('', view.message('anyPlace'))}
    ${places.map((place) => option(place.id, place.name, place.address))}
  </fieldset>`;
}

/** The service's notice, the reservation caveat, the duration and the documents to bring. */
export function renderServiceInfo(
  view: BookingViewContext,
  service: RegistryService,
): TemplateResult {
  const { config } = view;
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
            <strong>${holdText(view, service, config)}</strong>
          </p>`
        : nothing
    }
    ${service.duration_minutes ? html`<p>${view.message('duration', { count: service.duration_minutes })}</p>` : nothing}
    ${service.mode === 'unavailable' ? nothing : renderDocuments(view, service)}
  </div>`;
}
