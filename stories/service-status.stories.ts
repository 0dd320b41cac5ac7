import { html } from 'lit';
import '../src/service-status/service-status.define.js';
import { seedLastGood, storyJson } from './story-fetch.js';
import fixture from '../demo/mock/fixtures/service-status.json';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const ok = storyJson('service-status', fixture);
const allOperational = storyJson('service-status-ok', {
  ...fixture,
  services: fixture.services.map((s) => ({ ...s, status: 'operational', message: undefined })),
  incidents: [],
});

const meta: Meta = {
  title: 'Widgets/service-status',
  component: 'service-status',
  render: () => html``,
};
export default meta;
type Story = StoryObj;

const widget = (endpoint: string, variant = 'list', timeout = 5000) =>
  html`<service-status
    endpoint=${endpoint}
    variant=${variant}
    timeout=${timeout}
    refresh="0"
    contact-name="Bürgerbüro"
    contact-phone="(02324) 204 0"
    contact-email="buergerbuero@example.org"
    contact-hours="Mo–Fr 8–12 Uhr, Do 14–18 Uhr"
  ></service-status>`;

export const Ready: Story = { render: () => widget(ok) };

export const Loading: Story = {
  name: 'Loading (endpoint hangs; fallback after 60 s)',
  render: () => widget('/story/hang', 'list', 60000),
};

export const Stale: Story = {
  name: 'Stale (endpoint down, last good data from the cache)',
  render: () => {
    const url = '/story/500?stale-demo';
    seedLastGood(url, fixture, '2023-10-30T08:15:00.000Z');
    return widget(url);
  },
};

export const Fallback: Story = {
  name: 'Fallback (endpoint down, nothing cached)',
  render: () => widget('/story/500?no-cache'),
};

export const FallbackWithEditorSlot: Story = {
  name: 'Fallback with the editor’s own contact',
  render: () =>
    html`<service-status endpoint="/story/500?slot" refresh="0">
      <p slot="fallback">
        Rufen Sie das Bürgerbüro an: <a href="tel:+4923242040">(02324) 204 0</a>
      </p>
    </service-status>`,
};

export const Banner: Story = {
  name: 'Banner (a line per impaired service from 600 px)',
  render: () => widget(ok, 'banner'),
};
export const BannerOnAPhone: Story = {
  name: 'Banner in a 320 px container (one summary line that unfolds)',
  render: () => html`<div style="max-width: 320px">${widget(ok, 'banner')}</div>`,
};
export const BannerAllOperational: Story = {
  name: 'Banner, all operational (renders nothing)',
  render: () => widget(allOperational, 'banner'),
};
export const Badge: Story = { render: () => widget(ok, 'badge') };
export const English: Story = {
  render: () => html`<div lang="en">${widget(ok)}</div>`,
};
