import { html } from 'lit';
import '../src/city-services/city-services.define.js';
import '../src/defect-reporter/defect-reporter.define.js';
import { migrateFieldsV1 } from '../src/defect-reporter/stored-report-v1.js';
import { enqueue } from '../src/defect-reporter/report-outbox.js';
import { seedLastGood, storyJson } from './story-fetch.js';
import config from '../demo/mock/fixtures/defect-reporter.json';
import services from '../demo/mock/fixtures/open311-services.json';
import statuses from '../demo/mock/fixtures/service-status.json';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

// Reports "sent" here go nowhere: POSTs to /story/json/<key> answer that key's JSON,
// /story/500 fails, and /story/dr-422 (below) refuses a field like a real back end.
const accepted = storyJson('dr-accepted', {
  id: 'HAT-2023-0815',
  message: 'Vielen Dank! Der Baubetriebshof kümmert sich darum.',
});
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input).includes('/story/dr-422')
    ? Promise.resolve(
        new Response(
          JSON.stringify({
            errors: {
              description: 'Bitte beschreiben Sie den Mangel genauer (mindestens 10 Zeichen).',
            },
          }),
          { status: 422, headers: { 'content-type': 'application/json' } },
        ),
      )
    : realFetch(input, init);

/** A config of its own per story (its own draft), sending to `submit`. */
const configFor = (key: string, submit = accepted, extra: object = {}) =>
  storyJson(`dr-${key}`, { ...config, submit_url: submit, ...extra });

/** Puts a draft at `step` into the browser, as if the citizen had been there before. */
function draft(endpoint: string, step: string, fields: Record<string, string> = {}): string {
  localStorage.setItem(
    `civic-widgets:defect-reporter:draft:${endpoint}`,
    JSON.stringify({
      savedAt: new Date().toISOString(),
      fields: {
        category: 'strassenschaden',
        address: 'Bahnhofstraße 12, Hattingen',
        description:
          'Tiefes Schlagloch vor Hausnummer 12, etwa 30 cm breit. Radfahrer weichen auf die Gegenfahrbahn aus.',
        _step: step,
        ...fields,
      },
    }),
  );
  return endpoint;
}

const widget = (endpoint: string, timeout = 5000) =>
  html`<defect-reporter
    endpoint=${endpoint}
    timeout=${timeout}
    contact-name="Mängelmelder"
    contact-phone="(02324) 204 3030"
    contact-email="maengelmelder@example.org"
    contact-hours="zu den Öffnungszeiten der Verwaltung"
  ></defect-reporter>`;

/** Clicks "send" once the review step is on screen. */
async function sendFromReview({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = canvasElement.querySelector('defect-reporter')!;
  for (let i = 0; i < 100; i++) {
    const button = el.shadowRoot?.querySelector<HTMLButtonElement>(
      'form[data-step="review"] #dr-next',
    );
    if (button) return button.click();
    await new Promise((r) => setTimeout(r, 50));
  }
}

const meta: Meta = {
  title: 'Widgets/defect-reporter',
  component: 'defect-reporter',
  render: () => html``,
};
export default meta;
type Story = StoryObj;

export const Loading: Story = {
  name: 'Loading (config hangs; fallback after 60 s)',
  render: () => widget('/story/hang', 60000),
};

export const Category: Story = {
  name: 'Step 1: category (grouped, filter by typing)',
  render: () => widget(configFor('category')),
};

export const Location: Story = {
  name: 'Step 2: location (address, "use my location")',
  render: () => widget(draft(configFor('location'), 'location', { address: '' })),
};

export const LocationWithMap: Story = {
  name: 'Step 2: location with the optional map (no tiles in Storybook)',
  render: () =>
    widget(
      draft(
        configFor('map', accepted, {
          map: {
            tiles: '/story/tiles/{z}/{x}/{y}.png',
            attribution: '© OpenStreetMap-Mitwirkende',
            center: [51.399, 7.186],
            zoom: 15,
          },
        }),
        'location',
      ),
    ),
};

export const Description: Story = {
  name: 'Step 3: description with counter',
  render: () => widget(draft(configFor('description'), 'description')),
};

export const Photos: Story = {
  name: 'Step 4: photos (downscaled, EXIF removed)',
  render: () => widget(draft(configFor('photos'), 'photos')),
};

export const Contact: Story = {
  name: 'Step 5: contact (optional, consent)',
  render: () => widget(draft(configFor('contact'), 'contact')),
};

export const Review: Story = {
  name: 'Step 6: review and send',
  render: () =>
    widget(
      draft(configFor('review'), 'review', {
        name: 'Erika Muster',
        email: 'erika@example.org',
        consent: '1',
      }),
    ),
};

export const Sent: Story = {
  name: 'Sent: confirmation with the reference number',
  render: () => widget(draft(configFor('sent'), 'review')),
  play: sendFromReview,
};

export const Refused: Story = {
  name: 'Refused (4xx): the message at the field, input kept',
  render: () =>
    widget(draft(configFor('refused', '/story/dr-422'), 'review', { description: 'Loch' })),
  play: sendFromReview,
};

export const Queued: Story = {
  name: 'Server down while sending: saved in the outbox, e-mail or phone instead',
  render: () => widget(draft(configFor('queued', '/story/500?queued'), 'review')),
  play: sendFromReview,
};

export const OutboxFromEarlierVisit: Story = {
  name: 'A report from an earlier visit still waits to be sent',
  render: () => {
    const endpoint = configFor('outbox', '/story/500?outbox');
    const report = migrateFieldsV1(
      {
        category: 'muell',
        description: 'Sperrmüll neben den Glascontainern am Freibad.',
        address: 'Parkplatz am Freibad',
        _url: '/story/500?outbox',
        _scope: endpoint,
        _cat: 'Illegale Müllablagerung',
      },
      { scope: endpoint, key: 'story-outbox-entry' },
    );
    void enqueue({ ...report, photos: [] });
    return widget(endpoint);
  },
};

export const Stale: Story = {
  name: 'Stale (config endpoint down, last good config from the cache)',
  render: () => {
    const url = '/story/500?dr-stale';
    seedLastGood(url, { ...config, submit_url: accepted }, '2023-10-30T08:15:00.000Z');
    return widget(url);
  },
};

export const Fallback: Story = {
  name: 'Fallback (config endpoint down): contact, and the report by e-mail',
  render: () => widget('/story/500?dr-fallback'),
};

export const FallbackReview: Story = {
  name: 'Fallback, review: send by e-mail, text to copy',
  render: () => widget(draft('/story/500?dr-fallback-review', 'review', { category: 'catRoad' })),
};

export const ServiceImpaired: Story = {
  name: 'The defect service is reported impaired (<city-services>)',
  render: () =>
    html`<city-services status-endpoint=${storyJson('dr-statuses', statuses)} refresh="0">
      <defect-reporter service="maengelmelder" endpoint=${configFor('impaired')}></defect-reporter>
    </city-services>`,
};

export const Open311: Story = {
  name: 'Open311 GeoReport v2 (services.json)',
  render: () => {
    storyJson('dr-open311/services.json', services);
    return html`<defect-reporter
      api="open311"
      endpoint="/story/json/dr-open311"
      api-key="demo"
      contact-email="maengelmelder@example.org"
    ></defect-reporter>`;
  },
};

export const English: Story = {
  render: () => html`<div lang="en">${widget(configFor('english'))}</div>`,
};
