import { html } from 'lit';
import '../src/city-services/city-services.define.js';
import '../src/registry-booking/registry-booking.define.js';
import { seedLastGood, storyJson } from './story-fetch.js';
import fixture from '../demo/mock/fixtures/registry-booking.json';
import statuses from '../demo/mock/fixtures/service-status.json';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

// No live server: the registry's config, slots and booking answers come from memory
// (stories/story-fetch.ts). Slots are made for next month in Europe/Berlin, so the stories
// always show future appointments: Monday to Friday 8–12 Uhr, every sixth day fully booked.

const pad = (n: number) => String(n).padStart(2, '0');
const today = new Date();
const next = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
const MONTH = `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}`;
const after = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1));
/** The month after MONTH. */
const AFTER = `${after.getUTCFullYear()}-${pad(after.getUTCMonth() + 1)}`;

/** "+01:00" or "+02:00": Berlin's offset on that day. */
function berlinOffset(day: string): string {
  const name = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin',
    timeZoneName: 'longOffset',
  })
    .formatToParts(new Date(`${day}T10:00:00Z`))
    .find((p) => p.type === 'timeZoneName')!.value;
  return name.replace('GMT', '') || '+00:00';
}

function slotsFor(service: string, minutes: number) {
  const slots = [];
  const [year, month] = MONTH.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  for (let d = 1; d <= last; d++) {
    const day = `${MONTH}-${pad(d)}`;
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const offset = berlinOffset(day);
    for (let i = 0, m = 8 * 60; m + minutes <= 12 * 60; i++, m += minutes) {
      const at = (t: number) => `${day}T${pad(Math.floor(t / 60))}:${pad(t % 60)}:00${offset}`;
      slots.push({
        id: `${service}-${day}-${i}`,
        start: at(m),
        end: at(m + minutes),
        available: d % 6 !== 0 && (d * 7 + i) % 5 !== 0,
      });
    }
  }
  return { slots };
}

const firstFreeDay = () =>
  slotsFor('vaterschaft', 30)
    .slots.find((s) => s.available)!
    .start.slice(0, 10);

const reserved = storyJson('rb-reserved', {
  code: 'ST-4711',
  status: 'reserved',
  message: 'Bringen Sie zur Bestätigung die genannten Unterlagen im Original mit.',
  expires_at: `${MONTH}-28T12:00:00${berlinOffset(`${MONTH}-28`)}`,
  cancel_url: 'https://www.example.org/standesamt/termin-absagen?code=ST-4711',
});
const confirmed = storyJson('rb-confirmed', {
  code: 'ST-4712',
  status: 'confirmed',
  message: 'Sie erhalten eine Bestätigung per E-Mail.',
  cancel_url: 'https://www.example.org/standesamt/termin-absagen?code=ST-4712',
});

// Answers no registered JSON can give: field errors (422) and a taken slot (409).
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input instanceof Request ? input.url : input);
  const answer = (status: number, body: unknown) =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  if (url.includes('/story/rb-422')) {
    return answer(422, {
      errors: {
        email: 'An diese E-Mail-Adresse können wir nicht schreiben. Bitte prüfen Sie sie.',
      },
    });
  }
  if (url.includes('/story/rb-409')) return answer(409, { message: 'Bereits vergeben.' });
  return realFetch(input, init);
};

interface ConfigOptions {
  slots?: string;
  booking?: string;
  extra?: object;
}

/** A config of its own per story, with its slots and its booking answer. */
function config(key: string, options: ConfigOptions = {}): string {
  return storyJson(`rb-${key}`, {
    ...fixture,
    slots_url:
      options.slots ??
      // Every service gets the same calendar here; durations differ in the real mock.
      storyJson(`rb-${key}-slots`, slotsFor('vaterschaft', 30)),
    booking_url: options.booking ?? confirmed,
    updated_at: '2023-10-30T09:15:00+01:00',
    ...options.extra,
  });
}

const widget = (endpoint: string, preselect = '', timeout = 5000) =>
  html`<registry-booking
    endpoint=${endpoint}
    month=${MONTH}
    preselect=${preselect}
    timeout=${timeout}
    service="standesamt"
    contact-name="Standesamt"
    contact-phone="(02324) 204 4041"
    contact-email="standesamt@example.org"
    contact-hours="Mo–Fr 8–12 Uhr"
  ></registry-booking>`;

type Ctx = { canvasElement: HTMLElement };

async function find<E extends Element>(ctx: Ctx, selector: string): Promise<E> {
  const el = ctx.canvasElement.querySelector('registry-booking')!;
  for (let i = 0; i < 100; i++) {
    const found = el.shadowRoot?.querySelector<E>(selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not found: ${selector}`);
}

/** Chooses the first free day and its first free time. */
async function toForm(ctx: Ctx): Promise<void> {
  (await find<HTMLButtonElement>(ctx, `.day.free[data-day="${firstFreeDay()}"]`)).click();
  (await find<HTMLInputElement>(ctx, 'input[name="slot"]')).click();
  await find(ctx, '[part="form"]');
}

async function fillAndSend(ctx: Ctx, email = 'anna@example.org'): Promise<void> {
  await toForm(ctx);
  for (const [name, value] of [
    ['name', 'Anna Beispiel'],
    ['email', email],
  ]) {
    const input = await find<HTMLInputElement>(ctx, `[name="${name}"]`);
    input.value = value!;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  (await find<HTMLInputElement>(ctx, '[name="consent"]')).click();
  (await find<HTMLButtonElement>(ctx, '[part="submit"]')).click();
}

const meta: Meta = {
  title: 'Widgets/registry-booking',
  component: 'registry-booking',
  render: () => html``,
};
export default meta;
type Story = StoryObj;

export const Loading: Story = {
  name: 'Loading (endpoint hangs; fallback after 60 s)',
  render: () => widget('/story/hang', '', 60000),
};

export const Services: Story = {
  name: 'Services with their modes',
  render: () => widget(config('services')),
};

export const Unavailable: Story = {
  name: 'Unavailable service: notice and contact, no calendar',
  render: () => widget(config('unavailable'), 'urkunde'),
};

export const ReservationCalendar: Story = {
  name: 'Reservation-only service: caveat, documents, calendar',
  render: () => widget(config('reservation'), 'eheschliessung'),
};

export const BookingCalendar: Story = {
  name: 'Binding booking: calendar',
  render: () => widget(config('booking'), 'vaterschaft'),
};

export const SlotsLoading: Story = {
  name: 'Calendar loading its month',
  render: () => widget(config('slots-loading', { slots: '/story/hang' }), 'vaterschaft', 60000),
};

export const SlotsFailed: Story = {
  name: 'Calendar: slots could not be loaded',
  render: () => widget(config('slots-failed', { slots: '/story/500' }), 'vaterschaft'),
};

export const EmptyMonth: Story = {
  name: 'Calendar: no free slot this month, next free appointment named',
  render: () =>
    widget(
      config('empty', {
        slots: storyJson('rb-empty-slots', {
          slots: [],
          next_available: `${AFTER}-15T09:00:00${berlinOffset(`${AFTER}-15`)}`,
        }),
      }),
      'vaterschaft',
    ),
};

export const Times: Story = {
  name: 'Times of the chosen day',
  render: () => widget(config('times'), 'vaterschaft'),
  play: async (ctx) => {
    (await find<HTMLButtonElement>(ctx, `.day.free[data-day="${firstFreeDay()}"]`)).click();
  },
};

export const Form: Story = {
  name: 'Form (reservation: the caveat before sending)',
  render: () => widget(config('form'), 'eheschliessung'),
  play: toForm,
};

export const FieldErrors: Story = {
  name: 'Form with field errors from the office',
  render: () => widget(config('errors', { booking: '/story/rb-422' }), 'vaterschaft'),
  play: (ctx) => fillAndSend(ctx, 'anna@example.invalid'),
};

export const Conflict: Story = {
  name: '409: the slot was taken, the form keeps its values',
  render: () => widget(config('conflict', { booking: '/story/rb-409' }), 'vaterschaft'),
  play: (ctx) => fillAndSend(ctx),
};

export const SendFailed: Story = {
  name: 'Not sent (500): nothing lost, contact and a prepared e-mail',
  render: () => widget(config('send-failed', { booking: '/story/500' }), 'eheschliessung'),
  play: (ctx) => fillAndSend(ctx),
};

export const ConfirmationReserved: Story = {
  name: 'Confirmation of a reservation (deadline, documents, .ics, print, cancel)',
  render: () => widget(config('done-reserved', { booking: reserved }), 'eheschliessung'),
  play: (ctx) => fillAndSend(ctx),
};

export const ConfirmationBooked: Story = {
  name: 'Confirmation of a binding booking',
  render: () => widget(config('done-booked'), 'vaterschaft'),
  play: (ctx) => fillAndSend(ctx),
};

export const Stale: Story = {
  name: 'Stale (endpoint down): services with their date, no booking',
  render: () => {
    const url = '/story/500?rb-stale';
    seedLastGood(url, fixture, '2023-10-30T08:15:00.000Z');
    return widget(url, 'eheschliessung');
  },
};

export const Fallback: Story = {
  name: 'Fallback (endpoint down, nothing cached)',
  render: () => widget('/story/500?rb-fallback'),
};

export const FallbackWithEditorSlot: Story = {
  name: 'Fallback with the editor’s own contact',
  render: () =>
    html`<registry-booking endpoint="/story/500?rb-slot">
      <p slot="fallback">
        Standesamt: <a href="tel:+4923242044041">(02324) 204 4041</a> bis 4044,
        <a href="mailto:standesamt@example.org">standesamt@example.org</a>
      </p>
    </registry-booking>`,
};

export const ImpairedService: Story = {
  name: 'Inside <city-services>: the registry office is reported impaired',
  render: () =>
    html`<city-services status-endpoint=${storyJson('rb-statuses', statuses)} refresh="0">
      ${widget(config('impaired'), 'eheschliessung')}
    </city-services>`,
};

export const English: Story = {
  render: () => html`<div lang="en">${widget(config('english'), 'eheschliessung')}</div>`,
};
