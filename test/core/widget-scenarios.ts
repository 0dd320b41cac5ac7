// Every state of every widget, each reached the way a citizen reaches it (real HTTP against the
// mock back end, clicks and typing), inside a container of a given width. The container
// overflow test and the visual regression test both walk this one list, so a new state added
// here is measured at 320–390 px and photographed at 320 and 1280 px.
//
// Data is fixed so screenshots are stable: stale data carries a fixed "saved at" time written
// into the last-good cache, the registry calendar shows November 2099, and no scenario shows
// today's date (the one that would, a reservation's deadline, is marked `liveDate`).
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/city-services/city-services.define.js';
import '../../src/defect-reporter/defect-reporter.define.js';
import '../../src/form-finder/form-finder.define.js';
import '../../src/registry-booking/registry-booking.define.js';
import '../../src/service-status/service-status.define.js';
import '../../src/report-status/report-status.define.js';
import { writeLastGood } from '../../src/core/last-good-cache.js';
import { rememberSentReport } from '../../src/defect-reporter/sent-reports.js';
import {
  addPhotos,
  choose,
  clearOutbox,
  click,
  exifPhoto,
  fill,
  next,
  waitForStep,
} from '../defect-reporter/defect-helpers.js';
import { shadow, shadowAll, uniqueUrl, waitForState } from '../helpers.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';
import type { RegistryBooking } from '../../src/registry-booking/registry-booking.js';

/** A widget in one state, inside its container. */
export interface Scenario {
  /** `<tag> <state>`, also the screenshot's file name. */
  name: string;
  /** The page shows today's date (e.g. a deadline computed by the server): no fixed screenshot. */
  liveDate?: boolean;
  /** Renders the widget into `container` and brings it into its state; returns the widget. */
  render(container: HTMLElement): Promise<HTMLElement>;
}

/** The contact of issue 12: its long e-mail address has to wrap at 320 px. */
export const longContact = {
  name: 'Bürgerbüro der Stadt Hattingen',
  phone: '(02324) 204 0',
  email: 'buergerbuero.hattingen@stadt.example',
  hours: 'Mo–Fr 8–12 Uhr, Do 14–18 Uhr',
  url: 'https://www.hattingen.example/rathaus/buergerbuero/oeffnungszeiten-und-erreichbarkeit',
};

/** The time stale data is said to be from. */
export const SAVED_AT = new Date('2026-11-30T08:15:00Z');

const contactAttrs = (tag: string) =>
  `contact-name="${longContact.name}" contact-phone="${longContact.phone}" ` +
  `contact-email="${longContact.email}" contact-hours="${longContact.hours}" ` +
  `contact-url="${longContact.url}" timeout="2500"${tag === 'service-status' ? ' refresh="0"' : ''}`;

/** The editor's fallback content, with the long address inside a paragraph. */
const slotted = `<div slot="fallback"><p>Das Bürgerbüro hilft Ihnen weiter: Telefon
  <a href="tel:+4923242040">(02324) 204 0</a>, E-Mail
  <a href="mailto:${longContact.email}">${longContact.email}</a>, Montag bis Freitag von 8 bis 12
  Uhr und donnerstags von 14 bis 18 Uhr.</p></div>`;

/** Puts `markup` into the container (HTML the editor would write) and returns the widget. */
async function mount<E extends HTMLElement>(
  container: HTMLElement,
  tag: string,
  markup: string,
): Promise<E> {
  // The markup is the test's own constant text, like a CMS page: parsed as HTML on purpose.
  container.innerHTML = markup;
  const el = container.querySelector<E>(tag)!;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** A widget whose endpoint fails, with the last good payload of `path` cached at SAVED_AT. */
async function staleUrl(path: string, params: Record<string, string> = {}): Promise<string> {
  const url = uniqueUrl(path, { ...params, fault: '500' });
  const good = new URL(url, location.href);
  good.searchParams.delete('fault');
  const response = await fetch(good);
  writeLastGood(url, await response.text(), SAVED_AT.toISOString());
  return url;
}

function widgetScenarios(
  tag: string,
  path: string,
  extra = '',
  params: Record<string, string> = {},
): Scenario[] {
  const attrs = `${contactAttrs(tag)} ${extra}`;
  return [
    {
      name: `${tag} loading`,
      render: async (container) => {
        // An endpoint that never answers, and a timeout far beyond the test: loading stays.
        const url = uniqueUrl(path, { ...params, fault: 'hang' });
        const el = await mount(
          container,
          tag,
          `<${tag} endpoint="${url}" ${attrs.replace('timeout="2500"', 'timeout="60000"')}></${tag}>`,
        );
        await waitUntil(() => el.getAttribute('state') === 'loading', 'not loading');
        return el;
      },
    },
    {
      name: `${tag} ready`,
      render: async (container) => {
        const el = await mount(
          container,
          tag,
          `<${tag} endpoint="${uniqueUrl(path, params)}" ${attrs}></${tag}>`,
        );
        await waitForState(el, 'ready');
        return el;
      },
    },
    {
      name: `${tag} stale`,
      render: async (container) => {
        const url = await staleUrl(path, params);
        const el = await mount(container, tag, `<${tag} endpoint="${url}" ${attrs}></${tag}>`);
        await waitForState(el, 'stale');
        return el;
      },
    },
    {
      name: `${tag} fallback`,
      render: async (container) => {
        const url = uniqueUrl(path, { ...params, fault: '500' });
        const el = await mount(container, tag, `<${tag} endpoint="${url}" ${attrs}></${tag}>`);
        await waitForState(el, 'fallback');
        return el;
      },
    },
    {
      name: `${tag} fallback slot`,
      render: async (container) => {
        const url = uniqueUrl(path, { ...params, fault: '500' });
        const el = await mount(
          container,
          tag,
          `<${tag} endpoint="${url}" ${attrs}>${slotted}</${tag}>`,
        );
        await waitForState(el, 'fallback');
        return el;
      },
    },
    {
      name: `${tag} impaired service`,
      render: async (container) => {
        const service = {
          'form-finder': 'serviceportal',
          'defect-reporter': 'maengelmelder',
          'report-status': 'maengelmelder',
        }[tag];
        const el = await mount(
          container,
          tag,
          `<city-services status-endpoint="${uniqueUrl('/api/service-status')}" refresh="0">
            <${tag} endpoint="${uniqueUrl(path, params)}" service="${service ?? 'standesamt'}"
              ${attrs}></${tag}></city-services>`,
        );
        await waitForState(el, 'ready');
        await waitUntil(() => shadow(el, '[part="service-notice"]'), 'no service notice');
        return el;
      },
    },
  ];
}

// ------------------------------------------------------------------------ <service-status>

const statusScenarios: Scenario[] = [
  ...widgetScenarios('service-status', '/api/service-status').filter(
    (s) => !s.name.endsWith('impaired service'),
  ),
  ...(['banner', 'badge'] as const).map((variant): Scenario => ({
    name: `service-status ${variant}`,
    render: async (container) => {
      const el = await mount(
        container,
        'service-status',
        `<service-status variant="${variant}" endpoint="${uniqueUrl('/api/service-status')}"
            ${contactAttrs('service-status')}></service-status>`,
      );
      await waitForState(el, 'ready');
      return el;
    },
  })),
  {
    // A first visit (a new endpoint): the line reserved while loading says that all work.
    name: 'service-status banner all work',
    render: async (container) => {
      const el = await mount(
        container,
        'service-status',
        `<service-status variant="banner"
            endpoint="${uniqueUrl('/api/service-status', { variant: 'all-operational' })}"
            ${contactAttrs('service-status')}></service-status>`,
      );
      await waitForState(el, 'ready');
      return el;
    },
  },
];

// --------------------------------------------------------------------------- <form-finder>

async function search(el: HTMLElement, query: string): Promise<void> {
  const field = shadow<HTMLInputElement>(el, '#q')!;
  field.value = query;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  shadow<HTMLFormElement>(el, 'form')!.requestSubmit();
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

const finderScenarios: Scenario[] = [
  ...widgetScenarios('form-finder', '/api/forms'),
  ...(
    [
      ['form-finder search results', 'Hund'],
      ['form-finder nothing found', 'Donaudampfschifffahrtsgesellschaftskapitänsmütze'],
    ] as const
  ).map(([name, query]): Scenario => ({
    name,
    render: async (container) => {
      const el = await mount(
        container,
        'form-finder',
        `<form-finder endpoint="${uniqueUrl('/api/forms')}" ${contactAttrs('form-finder')}></form-finder>`,
      );
      await waitForState(el, 'ready');
      await search(el, query);
      return el;
    },
  })),
];

// ----------------------------------------------------------------------- <defect-reporter>

/** What a scenario does on a step instead of the usual (e.g. photos, a pin on the map). */
type StepActions = Partial<Record<string, (el: DefectReporter) => Promise<void>>>;

async function reporterAt(
  container: HTMLElement,
  stepName: string,
  params: Record<string, string> = {},
  instead: StepActions = {},
): Promise<DefectReporter> {
  const el = await mount<DefectReporter>(
    container,
    'defect-reporter',
    `<defect-reporter endpoint="${uniqueUrl('/api/defects/config', params)}" send-timeout="3000"
      ${contactAttrs('defect-reporter')}></defect-reporter>`,
  );
  await waitForState(el, 'ready');
  await waitForStep(el, 'category');
  const steps: [string, () => Promise<void>][] = [
    ['category', () => choose(el, 'strassenschaden')],
    ['location', () => fill(el, 'address', 'Bahnhofstraße 12, 45525 Hattingen')],
    [
      'description',
      () =>
        fill(
          el,
          'description',
          'Tiefes Schlagloch vor Hausnummer 12, etwa 30 cm breit. Radfahrende weichen auf die ' +
            'Fahrbahn aus. Rückfragen gern an buergerbuero.hattingen@stadt.example.',
        ),
    ],
    ['photos', async () => {}],
    [
      'contact',
      async () => {
        await fill(el, 'name', 'Anna Beispiel');
        await fill(el, 'email', 'anna.beispiel-mustermann@beispiel-hattingen.example');
        shadow<HTMLElement>(el, '#f-consent')?.click();
        await el.updateComplete;
      },
    ],
    ['review', async () => {}],
  ];
  for (const [name, act] of steps) {
    if (name === stepName) return el;
    await waitForStep(el, name);
    await (instead[name]?.(el) ?? act());
    await next(el);
  }
  await waitForStep(el, 'result', 8000);
  return el;
}

const reporterScenarios: Scenario[] = [
  ...widgetScenarios('defect-reporter', '/api/defects/config'),
  ...['location', 'description', 'photos', 'contact', 'review', 'result'].map(
    (stepName): Scenario => ({
      name: `defect-reporter step ${stepName}`,
      render: async (container) => {
        const el = await reporterAt(container, stepName);
        if (stepName !== 'result') await waitForStep(el, stepName);
        return el;
      },
    }),
  ),
  // Issue 12 §4: the review shows the photos as thumbnails, and a pin as a place a person reads.
  {
    name: 'defect-reporter review with two photos',
    render: async (container) => {
      const photos = [await exifPhoto(640, 480, 'vorne.jpg'), await exifPhoto(480, 640, 'nah.jpg')];
      const el = await reporterAt(
        container,
        'review',
        {},
        { photos: (at) => addPhotos(at, photos) },
      );
      await waitForStep(el, 'review');
      await waitUntil(
        () => shadowAll<HTMLImageElement>(el, '.review img').every((img) => img.naturalWidth),
        'the thumbnails are not shown',
      );
      return el;
    },
  },
  {
    name: 'defect-reporter review with a map pin',
    render: async (container) => {
      const pinOnMap = async (el: DefectReporter) => {
        await click(el, '#dr-map-open');
        // Open with its controls once its first tile is drawn.
        await waitUntil(() => shadow(el, '#dr-map-center'), 'the map did not open', {
          timeout: 8000,
        });
        await click(el, '#dr-map-center');
        await waitUntil(() => shadow(el, '#dr-position'), 'no pin');
      };
      const el = await reporterAt(container, 'review', { variant: 'map' }, { location: pinOnMap });
      await waitForStep(el, 'review');
      return el;
    },
  },
  {
    name: 'defect-reporter send failed',
    render: async (container) => {
      // Only this report waits in the outbox (other tests share the browser's IndexedDB).
      await clearOutbox();
      const el = await reporterAt(container, 'result', { submit_fault: '500' });
      // The report as text to copy, opened as a citizen would.
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      return el;
    },
  },
];

// ---------------------------------------------------------------------- <registry-booking>

const MONTH = '2099-11';

async function booking(
  container: HTMLElement,
  service: string,
  until: 'services' | 'calendar' | 'times' | 'form' | 'confirmation',
  params: Record<string, string> = {},
): Promise<RegistryBooking> {
  const el = await mount<RegistryBooking>(
    container,
    'registry-booking',
    `<registry-booking endpoint="${uniqueUrl('/api/registry', params)}" month="${MONTH}"
      ${contactAttrs('registry-booking')}></registry-booking>`,
  );
  await waitForState(el, 'ready');
  shadow<HTMLInputElement>(el, `input[name="service"][value="${service}"]`)!.click();
  await el.updateComplete;
  if (until === 'services') return el;
  await waitUntil(() => shadowAll(el, '.day.free').length > 0, 'no free day', { timeout: 8000 });
  await el.updateComplete;
  if (until === 'calendar') return el;
  shadow<HTMLButtonElement>(el, '[data-day="2099-11-02"]')!.click();
  await el.updateComplete;
  await waitUntil(() => shadow(el, 'input[name="slot"]'), 'no times', { timeout: 8000 });
  if (until === 'times') return el;
  shadow<HTMLInputElement>(el, 'input[name="slot"]')!.click();
  await waitUntil(() => shadow(el, '[part="form"]'), 'the form never came', { timeout: 8000 });
  await el.updateComplete;
  const values: Record<string, string> = {
    name: 'Anna Beispiel-Mustermann',
    email: 'anna.beispiel-mustermann@example.org',
    phone: '02324 12345',
  };
  for (const [name, value] of Object.entries(values)) {
    const input = shadow<HTMLInputElement>(el, `[name="${name}"]`);
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  const consent = shadow<HTMLInputElement>(el, '[name="consent"]');
  if (consent && !consent.checked) consent.click();
  await el.updateComplete;
  if (until === 'form') return el;
  shadow<HTMLButtonElement>(el, '[part="submit"]')!.click();
  await waitUntil(() => shadow(el, '[part="confirmation"]'), 'no confirmation', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const registryScenarios: Scenario[] = [
  ...widgetScenarios('registry-booking', '/api/registry', `month="${MONTH}"`),
  ...(['calendar', 'times', 'form', 'confirmation'] as const).map((until): Scenario => ({
    name: `registry-booking ${until}`,
    render: (container) => booking(container, 'vaterschaft', until),
  })),
  {
    name: 'registry-booking reservation form',
    render: (container) => booking(container, 'eheschliessung', 'form'),
  },
  {
    name: 'registry-booking reservation confirmation',
    liveDate: true,
    render: (container) => booking(container, 'eheschliessung', 'confirmation'),
  },
  {
    name: 'registry-booking slots failed',
    render: async (container) => {
      const el = await booking(container, 'vaterschaft', 'services', { slots_fault: '500' });
      await waitUntil(() => shadow(el, '[part="calendar"] [part="error"]'), 'no slots problem', {
        timeout: 8000,
      });
      return el;
    },
  },
  {
    name: 'registry-booking unavailable service',
    render: (container) => booking(container, 'urkunde', 'services'),
  },
];

// The captcha step of `<registry-booking api="zms">` (ALTCHA, solved by the citizen's device
// against the ZMS mock's captcha-challenge/ and captcha-verify/): the Bürgerbüro im Rathaus
// (10001) of the mock's `zms=captcha…` scenarios asks for one before its calendar.
const PERSONALAUSWEIS = '1063453';
/** 3 November 2099, 08:00 in Berlin (the Bürgerbüro im Rathaus), in epoch seconds. */
const NOV_3_0800 = Date.UTC(2099, 10, 3, 7, 0) / 1000;

/** `<registry-booking api="zms">` of mock scenario `zms`, at the Rathaus's captcha step. */
async function zmsCaptcha(container: HTMLElement, zms: string): Promise<RegistryBooking> {
  const el = await mount<RegistryBooking>(
    container,
    'registry-booking',
    `<registry-booking api="zms" endpoint="${uniqueUrl('/api/citizen/', { zms })}"
      month="${MONTH}" ${contactAttrs('registry-booking')}></registry-booking>`,
  );
  await waitForState(el, 'ready');
  shadow<HTMLInputElement>(el, `input[name="service"][value="${PERSONALAUSWEIS}"]`)!.click();
  await el.updateComplete;
  shadow<HTMLInputElement>(el, 'input[name="place"][value="10001"]')!.click();
  await el.updateComplete;
  await waitUntil(() => shadow(el, '#captcha-check'), 'no captcha step', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const captchaScenarios: Scenario[] = [
  {
    name: 'registry-booking captcha',
    render: (container) => zmsCaptcha(container, 'captcha'),
  },
  {
    // The solved step is seen in the form: the token lapsed when sending, the citizen checked
    // again, and it says "bestanden" beside the checked box (before the calendar, a solved step
    // gives way to the calendar at once).
    name: 'registry-booking captcha solved',
    render: async (container) => {
      const el = await zmsCaptcha(container, 'captcha-expired');
      shadow<HTMLInputElement>(el, '#captcha-check')!.click();
      await waitUntil(() => shadowAll(el, '.day.free').length > 0, 'no free day', {
        timeout: 15000,
      });
      await el.updateComplete;
      shadow<HTMLButtonElement>(el, '[data-day="2099-11-03"]')!.click();
      await el.updateComplete;
      const slot = `input[name="slot"][value="10001-${NOV_3_0800}"]`;
      await waitUntil(() => shadow(el, slot), 'no times', { timeout: 8000 });
      shadow<HTMLInputElement>(el, slot)!.click();
      await waitUntil(() => shadow(el, '[part="form"]'), 'the form never came', { timeout: 8000 });
      await el.updateComplete;
      const values: Record<string, string> = {
        name: 'Anna Beispiel-Mustermann',
        email: 'anna.beispiel-mustermann@example.org',
      };
      for (const [name, value] of Object.entries(values)) {
        const input = shadow<HTMLInputElement>(el, `[name="${name}"]`)!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      const consent = shadow<HTMLInputElement>(el, '[name="consent"]');
      if (consent && !consent.checked) consent.click();
      await el.updateComplete;
      shadow<HTMLButtonElement>(el, '[part="submit"]')!.click();
      await waitUntil(() => shadow(el, '[part="form"] #captcha-check'), 'the step never lapsed', {
        timeout: 8000,
      });
      shadow<HTMLInputElement>(el, '[part="form"] #captcha-check')!.click();
      await waitUntil(
        () => shadow(el, '#captcha-status')?.textContent?.includes('bestanden'),
        'the captcha was never passed',
        { timeout: 15000 },
      );
      await el.updateComplete;
      return el;
    },
  },
  {
    name: 'registry-booking captcha failed',
    render: async (container) => {
      const el = await zmsCaptcha(container, 'captcha-refuse');
      shadow<HTMLInputElement>(el, '#captcha-check')!.click();
      await waitUntil(() => shadow(el, '#captcha-problem'), 'no captcha problem', {
        timeout: 15000,
      });
      await el.updateComplete;
      return el;
    },
  },
];

// ------------------------------------------------------------------------- <report-status>

/**
 * <report-status> with a report "sent from this device" (HAT-2023-0007, which the mock city
 * has closed with a note), and, when `typed` is given, that number asked in the form.
 */
async function followedReport(
  container: HTMLElement,
  { typed, params = {} }: { typed?: string; params?: Record<string, string> } = {},
): Promise<HTMLElement> {
  const url = uniqueUrl('/api/defects/config', { variant: 'status', ...params });
  rememberSentReport({ id: 'HAT-2023-0007', category: 'Straßenlaterne defekt', endpoint: url });
  const el = await mount(
    container,
    'report-status',
    `<report-status endpoint="${url}" ${contactAttrs('report-status')}></report-status>`,
  );
  await waitForState(el, 'ready');
  await waitUntil(
    () => shadow(el, '[part="item"] .report-status:not([data-state="busy"])'),
    'no state for the sent report',
  );
  if (typed !== undefined) {
    shadow<HTMLInputElement>(el, '#rs-number')!.value = typed;
    shadow<HTMLButtonElement>(el, '#rs-check')!.click();
    await waitUntil(
      () =>
        shadow(el, '#rs-number-error') ??
        shadow(el, '.asked .report-status:not([data-state="busy"])'),
      'no answer for the typed number',
    );
  }
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const followScenarios: Scenario[] = [
  ...widgetScenarios('report-status', '/api/defects/config', '', { variant: 'status' }),
  { name: 'report-status sent from this device', render: (box) => followedReport(box) },
  {
    name: 'report-status unknown number',
    render: (box) => followedReport(box, { typed: 'HAT-1999-0001' }),
  },
  { name: 'report-status number missing', render: (box) => followedReport(box, { typed: '' }) },
  {
    name: 'report-status lookup failed',
    render: (box) =>
      followedReport(box, { typed: 'HAT-2023-0042', params: { status_fault: '500' } }),
  },
];

/** Every scenario, widget by widget. */
export const scenarios: Scenario[] = [
  ...statusScenarios,
  ...finderScenarios,
  ...reporterScenarios,
  ...registryScenarios,
  ...captchaScenarios,
  ...followScenarios,
];

/** A container of `width` px in the test page, for `render`. */
export async function container(width: number): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div class="container" style="width: ${width}px"></div>`);
}
