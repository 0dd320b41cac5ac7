// The steps of the reporter's form: the intro above them, the frame every step shares
// (progress, heading, navigation) and each step's fields, up to the review.
import { html, nothing } from 'lit';
import { iconError, iconInfo } from '../core/icons.js';
import { filterCategories, groupCategories, reportCategory } from './report-config.js';
import { renderDraftOffer, renderFullText, renderPhone, renderRefusal } from './report-panels.js';
import { fieldErrorText } from './report-validation.js';
import { formatPosition } from './report.js';
import { actionButton, describedBy } from './report-view-context.js';
import type { TemplateResult } from 'lit';
import type { DefectMessageKey } from './defect-reporter-messages.js';
import type { FormStep } from './report.js';
import type { ErrorField } from './report-validation.js';
import type { ViewContext } from './report-view-context.js';

export const MAX_DESCRIPTION = 4000;

/** Splits "… {110} … {112} …" into text and tel: links. */
const emergencyText = (text: string) =>
  text
    .split(/\{(\d+)\}/)
    .map((part, index) => (index % 2 ? html`<a href="tel:${part}">${part}</a>` : part));

export function renderError(view: ViewContext, name: ErrorField): unknown {
  const error = view.form.errors[name];
  return error
    ? html`<p class="error" id="e-${name}" tabindex="-1">
        ${iconError}<span>${fieldErrorText(view.message, error)}</span>
      </p>`
    : nothing;
}

/** Above every step: the draft note, the emergency numbers, a restored draft, other drafts. */
export function renderIntro(view: ViewContext): TemplateResult {
  const { form, message } = view;
  const writing = form.step !== 'sent' && form.step !== 'queued';
  return html`<p class="hint">${message('draftNote')}</p>
    <p part="emergency" class="notice emergency">
      ${iconInfo}<span>${emergencyText(message('emergency'))}</span>
    </p>
    ${
      form.restoredAt && writing
        ? html`<div class="notice">
            <p>${message('restored', { date: view.date(form.restoredAt) })}</p>
            ${actionButton(view, message('restart'), { type: 'restart' }, { id: 'dr-restart' })}
          </div>`
        : nothing
    }
    ${writing ? renderDraftOffer(view) : nothing}`;
}

/** A step: a form with progress, heading, the step's fields and the navigation. */
export function renderForm(view: ViewContext, step: FormStep): TemplateResult {
  const { form, message, steps } = view;
  const index = steps.indexOf(step);
  const last = step === 'review';
  const sending = form.busy === 'send';
  return html`<form novalidate data-step=${step}>
    <div id="dr-step" tabindex="-1">
      <p class="hint">${message('progress', { n: index + 1, total: steps.length })}</p>
      ${view.heading(message(`step${step}`), 'dr-step-title', 1)}
    </div>
    ${STEP_VIEWS[step](view)} ${view.extension?.renderStep(view, step)}
    <div class="actions">
      ${
        index > 0
          ? html`<button
              type="button"
              class="button secondary"
              id="dr-back"
              ?disabled=${sending}
              @click=${() => view.act({ type: 'back' })}
            >
              ${message('back')}
            </button>`
          : nothing
      }
      ${
        last && !view.config.submitUrl
          ? nothing
          : html`<button type="submit" class="button" id="dr-next" aria-disabled=${!!form.busy}>
              ${message(last ? (sending ? 'sending' : 'send') : 'next')}
            </button>`
      }
    </div>
  </form>`;
}

/** A text field; without a hint it is optional and says so. */
function textField(
  view: ViewContext,
  name: 'address' | 'name' | 'email',
  value: string,
  options: { type?: string; hint?: string; autocomplete?: string },
): TemplateResult {
  const { message } = view;
  const invalid = !!view.form.errors[name];
  const label = message(name);
  return html`<div class="field">
    <label for="f-${name}">${options.hint ? label : `${label} ${message('optional')}`}</label>
    ${options.hint ? html`<p class="hint" id="h-${name}">${options.hint}</p>` : nothing}
    <input
      id="f-${name}"
      name=${name}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete ?? nothing}
      .value=${value}
      aria-invalid=${invalid}
      aria-describedby=${describedBy(options.hint && `h-${name}`, invalid && `e-${name}`)}
    />
    ${renderError(view, name)}
  </div>`;
}

function renderCategory(view: ViewContext): TemplateResult {
  const { form, message, config, report } = view;
  const all = config.categories;
  const shown = filterCategories(all, form.filter);
  const chosen = reportCategory(config, report);
  if (chosen && !shown.includes(chosen)) shown.unshift(chosen);
  const invalid = !!form.errors.category;
  return html`<div class="field">
      <label for="dr-filter">${message('filter')}</label>
      <input
        id="dr-filter"
        type="search"
        autocomplete="off"
        .value=${form.filter}
        aria-describedby="dr-count"
      />
      <p class="hint" id="dr-count">
        ${message('matches', { n: shown.length, count: all.length })}
      </p>
    </div>
    ${groupCategories(shown).map(
      ([group, categories], _, groups) =>
        html`<fieldset>
          <legend>${group || message(groups.length > 1 ? 'otherGroup' : 'category')}</legend>
          ${categories.map(
            (category) =>
              html`<label class="choice">
                <input
                  type="radio"
                  name="category"
                  value=${category.id}
                  .checked=${report.fields.category === category.id}
                  aria-invalid=${invalid}
                  aria-describedby=${describedBy(invalid && 'e-category')}
                />
                <span
                  ><b>${category.name}</b> ${
                    category.description
                      ? html`<span class="hint">${category.description}</span>`
                      : nothing
                  }</span
                >
              </label>`,
          )}
        </fieldset>`,
    )}
    ${shown.length ? nothing : html`<p>${message('noMatch')}</p>`} ${renderError(view, 'category')}`;
}

function renderLocation(view: ViewContext): TemplateResult {
  const { form, message, config, report } = view;
  const position = report.location.position;
  const hasMap = !!config.map;
  return html`${textField(view, 'address', report.location.address, {
      hint: message('addressHint'),
      autocomplete: 'street-address',
    })}
    ${view.geolocation || hasMap ? html`<p><b>${message('or')}</b></p>` : nothing}
    <div class="actions">
      ${
        view.geolocation
          ? actionButton(
              view,
              message(form.busy === 'locate' ? 'locating' : 'locate'),
              { type: 'locate' },
              { id: 'dr-locate' },
            )
          : nothing
      }
      ${
        // Also after a map that failed: opening it again gets the map once it came.
        hasMap && form.map !== 'open' && form.map !== 'loading'
          ? actionButton(view, message('mapOpen'), { type: 'open-map' }, { id: 'dr-map-open' })
          : nothing
      }
    </div>
    ${
      hasMap && form.map
        ? html`<div class="map-box">
            ${
              view.map() ??
              html`<p class="hint">
                ${message(form.map === 'failed' ? 'mapFailed' : 'mapLoading')}
              </p>`
            }
          </div>`
        : nothing
    }
    ${
      position
        ? html`<div class="actions">
            <p id="dr-position">
              ${message('position', { coordinates: formatPosition(position) })}
              ${position.accuracy ? message('accuracy', { m: position.accuracy }) : nothing}
            </p>
            ${actionButton(view, message('unpin'), { type: 'unpin' }, { id: 'dr-unpin' })}
          </div>`
        : nothing
    }
    ${renderError(view, 'position')}`;
}

function renderDescription(view: ViewContext): TemplateResult {
  const { form, message, report } = view;
  const invalid = !!form.errors.description;
  const format = (count: number) => count.toLocaleString(view.lang);
  const description = report.fields.description;
  return html`<div class="field">
    <label for="f-description">${message('description')}</label>
    <p class="hint" id="h-description">${message('descriptionHint')}</p>
    <textarea
      id="f-description"
      name="description"
      rows="6"
      maxlength=${MAX_DESCRIPTION}
      aria-required="true"
      aria-invalid=${invalid}
      aria-describedby=${describedBy('h-description', 'dr-counter', invalid && 'e-description')}
      .value=${description}
    ></textarea>
    <p class="hint" id="dr-counter">
      ${message('counter', { n: format(description.length), max: format(MAX_DESCRIPTION) })}
    </p>
    ${renderError(view, 'description')}
  </div>`;
}

function renderPhotos(view: ViewContext): TemplateResult {
  const { form, message, config, report } = view;
  const invalid = !!form.errors.photo;
  return html`<ul class="thumbs">
      ${report.photos.map(
        (photo, index) =>
          html`<li>
            <img src=${view.thumb(photo)} alt=${message('photo', { n: index + 1 })} />
            ${actionButton(view, message('photoRemove', { n: index + 1 }), { type: 'remove-photo', index })}
          </li>`,
      )}
    </ul>
    <div class="field">
      <label for="f-photo">${`${message('photoInput')} ${message('optional')}`}</label>
      <p class="hint" id="h-photo">${message('photosHint', { count: config.maxPhotos })}</p>
      <input
        id="f-photo"
        type="file"
        accept="image/*"
        multiple
        ?disabled=${report.photos.length >= config.maxPhotos}
        aria-invalid=${invalid}
        aria-describedby=${describedBy('h-photo', invalid && 'e-photo')}
      />
      ${form.busy === 'photo' ? html`<p class="hint">${message('photoBusy')}</p>` : nothing}
      ${renderError(view, 'photo')}
    </div>`;
}

function renderContact(view: ViewContext): TemplateResult {
  const { form, message, report } = view;
  const privacy = view.config.privacyUrl;
  const invalid = !!form.errors.consent;
  return html`<p>${message('contactWho')}</p>
    ${textField(view, 'name', report.contact.name, { autocomplete: 'name' })}
    ${textField(view, 'email', report.contact.email, { type: 'email', autocomplete: 'email' })}
    <div class="choice">
      <input
        id="f-consent"
        type="checkbox"
        name="consent"
        .checked=${report.contact.consent}
        aria-invalid=${invalid}
        aria-describedby=${describedBy(invalid && 'e-consent')}
      />
      <label for="f-consent">${message('consent')}</label>
    </div>
    ${privacy ? html`<p><a href=${privacy}>${message('privacy')}</a></p>` : nothing}
    ${renderError(view, 'consent')}
    <div class="hp" aria-hidden="true">
      <label for="f-website">${message('honeypot')}</label>
      <input
        id="f-website"
        name="website"
        tabindex="-1"
        autocomplete="off"
        .value=${report.fields.website}
      />
    </div>`;
}

/** The place as a person reads it: the address, and for a pin where it came from, the
 * coordinates small. */
function renderPlace(view: ViewContext): TemplateResult {
  const { message } = view;
  const { address, position } = view.report.location;
  return html`${address ? html`<span class="value">${address}</span>` : nothing}
  ${
    position
      ? html`<span class="value"
            >${message(position.source === 'map' ? 'mapPlace' : 'devicePlace')}</span
          >
          <small class="hint">${formatPosition(position)}</small>`
      : nothing
  }`;
}

function renderReview(view: ViewContext): TemplateResult {
  const { message, config, report, form } = view;
  const row = (key: DefectMessageKey, step: FormStep, value: unknown) =>
    html`<dt>${message(key)}</dt>
      <dd>
        ${value}
        <button
          type="button"
          class="link"
          id="dr-change-${step}"
          ?disabled=${form.busy === 'send'}
          @click=${() => view.act({ type: 'go', step })}
        >
          ${message('change')}<span class="visually-hidden"> (${message(key)})</span>
        </button>
      </dd>`;
  const { name, email } = report.contact;
  const contact = [name, email].filter((part) => part.trim()).join(', ');
  const category = reportCategory(config, report);
  const photos = report.photos;
  const mail = config.submitUrl ? undefined : view.mail();
  return html`<dl class="review">
      ${row('category', 'category', html`<span class="value">${category?.name}</span>`)}
      ${row('location', 'location', renderPlace(view))}
      ${row('stepdescription', 'description', html`<span class="value">${report.fields.description}</span>`)}
      ${
        config.maxPhotos
          ? row(
              'stepphotos',
              'photos',
              photos.length
                ? html`<span class="value">${message('photoCount', { count: photos.length })}</span>
                    <ul class="thumbs">
                      ${photos.map(
                        (photo, index) =>
                          html`<li>
                            <img
                              src=${view.thumb(photo)}
                              alt=${message('photo', { n: index + 1 })}
                            />
                          </li>`,
                      )}
                    </ul>`
                : html`<span class="value">${message('none')}</span>`,
            )
          : nothing
      }
      ${row('contact', 'contact', html`<span class="value">${contact || message('anonymous')}</span>`)}
    </dl>
    ${renderRefusal(view)}
    ${
      config.submitUrl
        ? nothing
        : html`<div class="notice">
            <div>
              <p>${message(mail ? 'mailMode' : 'noMail')}</p>
              <div class="actions">
                ${mail ? html`<a class="button" href=${mail}>${message('mailSend')}</a>` : nothing}
                ${actionButton(view, message('mailDone'), { type: 'restart' }, { id: 'dr-mail-done' })}
              </div>
              ${renderPhone(view)} ${renderFullText(view)}
            </div>
          </div>`
    }`;
}

const STEP_VIEWS: Record<FormStep, (view: ViewContext) => TemplateResult> = {
  category: renderCategory,
  location: renderLocation,
  description: renderDescription,
  photos: renderPhotos,
  contact: renderContact,
  review: renderReview,
};
