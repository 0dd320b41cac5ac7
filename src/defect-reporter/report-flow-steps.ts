// The steps after the category, the confirmation, the "saved, will be sent" note and the list
// of reports waiting in the outbox.
import { html, nothing } from 'lit';
import { iconError } from '../core/icons.js';
import { telHref } from '../core/safe-url.js';
import { describedBy, renderCategory, renderError } from './defect-reporter-steps.js';
import type { TemplateResult } from 'lit';
import type { MessageKey, Step, StepContext } from './defect-reporter-steps.js';
import type { OutboxEntry } from './report-outbox.js';

export interface FlowContext extends StepContext {
  thumb: (photo: Blob) => string;
  /** mailto: of the current report, or of an outbox entry; undefined without an address. */
  mail: (entry?: OutboxEntry) => string | undefined;
  /** The whole text of the current report or of an outbox entry (for copying). */
  text: (entry?: OutboxEntry) => string;
  /** The open map's controls and container, once its module is loaded. */
  map: () => TemplateResult | undefined;
  phone?: string;
  geolocation: boolean;
}

export const MAX_DESCRIPTION = 4000;

/**
 * The whole report as text to copy: a mailto may be shortened (mail programs cut long links),
 * and a citizen who writes mail in a browser has no mail program for it to open.
 */
const fullText = (c: FlowContext, entry?: OutboxEntry) =>
  html`<details>
    <summary>${c.m('fullText')}</summary>
    <pre class="value">${c.text(entry)}</pre>
  </details>`;

const phoneLink = (c: FlowContext) => {
  const tel = telHref(c.phone!);
  return html`<p>${c.m('phoneInstead')} ${tel ? html`<a href=${tel}>${c.phone}</a>` : c.phone}</p>`;
};

const button = (act: string, text: string, arg = '', kind = 'secondary') =>
  html`<button type="button" class="button ${kind}" data-act=${act} data-arg=${arg}>
    ${text}
  </button>`;

function field(
  c: FlowContext,
  name: string,
  label: string,
  type = 'text',
  hint?: string,
  auto?: string,
): TemplateResult {
  const invalid = !!c.ui.errors[name];
  return html`<div class="field">
    <label for="f-${name}">${hint ? label : `${label} ${c.m('optional')}`}</label>
    ${hint ? html`<p class="hint" id="h-${name}">${hint}</p>` : nothing}
    <input
      id="f-${name}"
      name=${name}
      type=${type}
      autocomplete=${auto ?? nothing}
      .value=${c.ui.fields[name] ?? ''}
      aria-invalid=${invalid}
      aria-describedby=${describedBy(hint && `h-${name}`, invalid && `e-${name}`)}
    />
    ${renderError(c, name)}
  </div>`;
}

/** Saved reports that still wait to be sent, each with "send now" and the e-mail instead. */
export function renderOutbox(c: FlowContext, level = 1): unknown {
  const { ui, m } = c;
  if (!ui.outbox.length) return nothing;
  return html`<section part="outbox" class="notice" aria-labelledby="dr-outbox">
    <div>
      ${c.heading(m('outboxTitle'), 'dr-outbox', level)}
      <ul>
        ${ui.outbox.map((e) => {
          const mail = c.mail(e);
          const refused = e.fields._refused;
          return html`<li>
            <p>${m('outboxItem', { category: e.fields._cat, date: c.date(e.createdAt) })}</p>
            ${
              refused
                ? html`<p class="error">${iconError}<span>${m('refused')} ${refused}</span></p>`
                : nothing
            }
            <div class="actions">
              ${refused ? nothing : button('flush', m('sendNow'), '', '')}
              ${
                mail
                  ? html`<a class="button secondary" href=${mail}>${m('mailInstead')}</a>
                      ${button('drop', m('drop'), e.id)}`
                  : nothing
              }
            </div>
            ${fullText(c, e)}
          </li>`;
        })}
      </ul>
      ${ui.outbox.some((e) => e.photos.length) ? html`<p class="hint">${m('mailNote')}</p>` : nothing}
      ${c.phone ? phoneLink(c) : nothing}
    </div>
  </section>`;
}

/** The confirmation, or the note that the report waits in the outbox. */
export function renderResult(c: FlowContext): TemplateResult {
  const { ui, m } = c;
  const r = ui.result;
  return html`<div class="result" part="result">
    <div id="dr-step" tabindex="-1">
      ${c.heading(m(ui.step === 'sent' ? 'sentTitle' : 'queuedTitle'), 'dr-step-title', 1)}
    </div>
    ${
      ui.step === 'sent' && r
        ? html`<p class="reference">${m(r.token ? 'token' : 'reference', { id: r.id })}</p>
            ${r.message ? html`<p>${r.message}</p>` : nothing}`
        : html`<p>${m('queuedText')}</p>
            ${ui.persisted ? nothing : html`<p class="notice">${m('queuedMemory')}</p>`}
            ${renderOutbox(c, 2)}`
    }
    <div class="actions">${button('restart', m('another'))}</div>
  </div>`;
}

export const STEP_BODIES: Record<Exclude<Step, 'sent' | 'queued'>, (c: FlowContext) => unknown> = {
  category: renderCategory,

  location(c) {
    const { ui, m, config } = c;
    const f = ui.fields;
    const map = config.map;
    return html`${field(c, 'address', m('address'), 'text', m('addressHint'), 'street-address')}
      ${c.geolocation || map ? html`<p><b>${m('or')}</b></p>` : nothing}
      <div class="actions">
        ${c.geolocation ? button('locate', m(ui.busy === 'locate' ? 'locating' : 'locate')) : nothing}
        ${map && !ui.map ? button('map', m('mapOpen')) : nothing}
      </div>
      ${
        map && ui.map
          ? html`<div class="map-box">
              ${
                c.map() ??
                html`<p class="hint">${m(ui.map === 'failed' ? 'mapFailed' : 'mapLoading')}</p>`
              }
            </div>`
          : nothing
      }
      ${
        f.lat
          ? html`<div class="actions">
              <p id="dr-position">
                ${m('position', { lat: f.lat, lng: f.lng })}
                ${f._acc ? m('accuracy', { m: f._acc }) : nothing}
              </p>
              ${button('unpin', m('unpin'))}
            </div>`
          : nothing
      }
      ${renderError(c, 'position')}`;
  },

  description(c) {
    const { ui, m } = c;
    const invalid = !!ui.errors.description;
    const fmt = (n: number) => n.toLocaleString(c.lang);
    return html`<div class="field">
      <label for="f-description">${m('description')}</label>
      <p class="hint" id="h-description">${m('descriptionHint')}</p>
      <textarea
        id="f-description"
        name="description"
        rows="6"
        maxlength=${MAX_DESCRIPTION}
        aria-required="true"
        aria-invalid=${invalid}
        aria-describedby=${describedBy('h-description', 'dr-counter', invalid && 'e-description')}
        .value=${ui.fields.description ?? ''}
      ></textarea>
      <p class="hint" id="dr-counter">
        ${m('counter', {
          n: fmt((ui.fields.description ?? '').length),
          max: fmt(MAX_DESCRIPTION),
        })}
      </p>
      ${renderError(c, 'description')}
    </div>`;
  },

  photos(c) {
    const { ui, m, config } = c;
    const invalid = !!ui.errors.photo;
    return html`<ul class="thumbs">
        ${ui.photos.map(
          (p, i) =>
            html`<li>
              <img src=${c.thumb(p)} alt=${m('photo', { n: i + 1 })} />
              ${button('unphoto', m('photoRemove', { n: i + 1 }), String(i))}
            </li>`,
        )}
      </ul>
      <div class="field">
        <label for="f-photo">${m('photoInput')} <span class="hint">${m('optional')}</span></label>
        <p class="hint" id="h-photo">${m('photosHint', { max: config.maxPhotos })}</p>
        <input
          id="f-photo"
          type="file"
          accept="image/*"
          multiple
          ?disabled=${ui.photos.length >= config.maxPhotos}
          aria-invalid=${invalid}
          aria-describedby=${describedBy('h-photo', invalid && 'e-photo')}
        />
        ${ui.busy === 'photo' ? html`<p class="hint">${m('photoBusy')}</p>` : nothing}
        ${renderError(c, 'photo')}
      </div>`;
  },

  contact(c) {
    const { ui, m } = c;
    const privacy = c.config.privacyUrl;
    const invalid = !!ui.errors.consent;
    return html`<p>${m('contactWho')}</p>
      ${field(c, 'name', m('name'), 'text', undefined, 'name')}
      ${field(c, 'email', m('email'), 'email', undefined, 'email')}
      <div class="choice">
        <input
          id="f-consent"
          type="checkbox"
          name="consent"
          .checked=${ui.fields.consent === '1'}
          aria-invalid=${invalid}
          aria-describedby=${invalid ? 'e-consent' : nothing}
        />
        <label for="f-consent">${m('consent')}</label>
      </div>
      ${privacy ? html`<p><a href=${privacy}>${m('privacy')}</a></p>` : nothing}
      ${renderError(c, 'consent')}
      <div class="hp" aria-hidden="true">
        <label for="f-website">${m('honeypot')}</label>
        <input
          id="f-website"
          name="website"
          tabindex="-1"
          autocomplete="off"
          .value=${ui.fields.website ?? ''}
        />
      </div>`;
  },

  review(c) {
    const { ui, m, config } = c;
    const f = ui.fields;
    const row = (key: MessageKey, step: Step, value: unknown) =>
      html`<dt>${m(key)}</dt>
        <dd>
          <span class="value">${value}</span>
          <button type="button" class="link" data-act="go" data-arg=${step}>
            ${m('change')}<span class="visually-hidden"> (${m(key)})</span>
          </button>
        </dd>`;
    const contact = [f.name, f.email].filter((x) => x?.trim()).join(', ');
    const place = [f.address, f.lat && m('position', { lat: f.lat, lng: f.lng })];
    const mail = config.submitUrl ? undefined : c.mail();
    return html`<dl class="review">
        ${row('category', 'category', config.categories.find((x) => x.id === f.category)?.name)}
        ${row('location', 'location', place.filter(Boolean).join(' – '))}
        ${row('stepdescription', 'description', f.description)}
        ${config.maxPhotos ? row('stepphotos', 'photos', ui.photos.length || m('none')) : nothing}
        ${row('contact', 'contact', contact || m('anonymous'))}
      </dl>
      ${
        ui.general.length
          ? html`<div class="notice error-box" id="e-general" tabindex="-1">
              ${iconError}
              <div>
                <p>${m('refused')}</p>
                <ul>
                  ${ui.general.map((g) => html`<li>${g}</li>`)}
                </ul>
              </div>
            </div>`
          : nothing
      }
      ${
        config.submitUrl
          ? nothing
          : html`<div class="notice">
              <div>
                <p>${m(mail ? 'mailMode' : 'noMail')}</p>
                <div class="actions">
                  ${mail ? html`<a class="button" href=${mail}>${m('mailSend')}</a>` : nothing}
                  ${button('restart', m('mailDone'))}
                </div>
                ${c.phone ? phoneLink(c) : nothing} ${fullText(c)}
              </div>
            </div>`
      }`;
  },
};
