import { html } from 'lit';
import '../src/report-status/report-status.define.js';
import { rememberSentReport } from '../src/defect-reporter/sent-reports.js';
import { storyJson } from './story-fetch.js';
import config from '../demo/mock/fixtures/defect-reporter.json';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

// States are answered here, not by a server: GET /story/json/rs-<number> answers that
// number's JSON (the own contract's status answer), an unknown number 404, /story/500 fails.
storyJson('rs-HAT-2023-0815', {
  id: 'HAT-2023-0815',
  status: 'open',
  updated_at: '2026-11-30T09:15:00+01:00',
  agency: 'Baubetriebshof',
});
storyJson('rs-HAT-2023-0007', {
  id: 'HAT-2023-0007',
  status: 'closed',
  status_notes: 'Die Laterne wurde am 24.11. repariert.',
  updated_at: '2026-11-24T14:05:00+01:00',
  agency: 'Baubetriebshof',
});

/** A config of its own per story, with `status_url` (or, `failing`, one that answers 500). */
const configFor = (key: string, statusUrl = '/story/json/rs-{id}') =>
  storyJson(`rs-config-${key}`, { ...config, status_url: statusUrl });

/** Puts a report "sent from this device" into the browser, as the reporter keeps it. */
function sentFrom(endpoint: string): string {
  rememberSentReport({ id: 'HAT-2023-0815', category: 'Straßenschaden / Schlagloch', endpoint });
  return endpoint;
}

const widget = (endpoint: string, reportId = '', timeout = 5000) =>
  html`<report-status
    endpoint=${endpoint}
    report-id=${reportId}
    timeout=${timeout}
    contact-name="Mängelmelder"
    contact-phone="(02324) 204 3030"
    contact-email="maengelmelder@example.org"
  ></report-status>`;

const meta: Meta = {
  title: 'Widgets/report-status',
  component: 'report-status',
  render: () => html``,
};
export default meta;
type Story = StoryObj;

export const Loading: Story = {
  render: () => widget('/story/hang', '', 60000),
};

/** The form for a number, nothing sent from this device yet. */
export const Empty: Story = {
  render: () => widget(configFor('empty')),
};

/** A report sent from this device, with its state. */
export const SentFromThisDevice: Story = {
  render: () => widget(sentFrom(configFor('sent'))),
};

/** A deep link (`report-id`, or the page's `?vorgang=`): a done report with the city's notes. */
export const Closed: Story = {
  render: () => widget(configFor('closed'), 'HAT-2023-0007'),
};

export const UnknownNumber: Story = {
  render: () => widget(configFor('unknown'), 'HAT-1999-0001'),
};

/** The lookup fails: the number stays, with the contact and "Erneut abfragen". */
export const LookupFailed: Story = {
  render: () => widget(sentFrom(configFor('failed', '/story/500?{id}')), 'HAT-2023-0007'),
};

/** The config cannot be read: the fallback names the numbers of this device. */
export const Fallback: Story = {
  render: () => widget(sentFrom('/story/500'), '', 1500),
};
