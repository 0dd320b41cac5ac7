import { html, nothing } from 'lit';
import '../src/city-services/city-services.define.js';
import '../src/form-finder/form-finder.define.js';
import { seedLastGood, storyJson } from './story-fetch.js';
import catalogue from '../demo/mock/fixtures/form-finder.json';
import statuses from '../demo/mock/fixtures/service-status.json';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const ok = storyJson('form-finder', catalogue);
const down = storyJson('form-finder-statuses', statuses);

const meta: Meta = {
  title: 'Widgets/form-finder',
  component: 'form-finder',
  render: () => html``,
};
export default meta;
type Story = StoryObj;

const widget = (endpoint: string, { query = '', department = '', timeout = 5000 } = {}) =>
  html`<form-finder
    endpoint=${endpoint}
    query=${query}
    department=${department || nothing}
    timeout=${timeout}
    contact-name="Bürgerbüro"
    contact-phone="(02324) 204 0"
    contact-email="buergerbuero@example.org"
    contact-hours="Mo–Fr 8–12 Uhr, Do 14–18 Uhr"
  ></form-finder>`;

export const Ready: Story = { render: () => widget(ok) };

export const Searching: Story = {
  name: 'Searching ("hund": matches marked)',
  render: () => widget(ok, { query: 'hund' }),
};

export const NoResults: Story = {
  name: 'No results (nearest forms and the departments’ contacts)',
  render: () => widget(ok, { query: 'Bewohnerparkausweis Garage' }),
};

export const OnlineServiceDown: Story = {
  name: 'Online service down (Serviceportal: "online ausfüllen" unavailable)',
  render: () =>
    html`<city-services status-endpoint=${down} refresh="0">
      <form-finder endpoint=${ok} service="serviceportal" query="Wohngeld"></form-finder>
    </city-services>`,
};

export const OneDepartment: Story = {
  name: 'One department’s page (department="finanzen")',
  render: () => widget(ok, { department: 'finanzen' }),
};

export const Loading: Story = {
  name: 'Loading (endpoint hangs; fallback after 60 s; typing already works)',
  render: () => widget('/story/hang', { timeout: 60000 }),
};

export const Stale: Story = {
  name: 'Stale (endpoint down, last catalogue from the cache, fully searchable)',
  render: () => {
    const url = '/story/500?form-finder-stale';
    seedLastGood(url, catalogue, '2023-10-30T08:15:00.000Z');
    return widget(url, { query: 'Sperrmüll' });
  },
};

export const Fallback: Story = {
  name: 'Fallback (endpoint down, nothing cached)',
  render: () => widget('/story/500?form-finder-no-cache', { query: 'Hundesteuer' }),
};

export const FallbackWithEditorSlot: Story = {
  name: 'Fallback with the editor’s own text',
  render: () =>
    html`<form-finder endpoint="/story/500?form-finder-slot">
      <p slot="fallback">
        Viele Formulare finden Sie auf den Seiten der Fachbereiche. Dringend? Schreiben Sie an
        <a href="mailto:buergerbuero@example.org">buergerbuero@example.org</a>, dann wird Ihnen das
        Formular geschickt.
      </p>
    </form-finder>`,
};

export const English: Story = {
  render: () => html`<div lang="en">${widget(ok, { query: 'Wohngeld' })}</div>`,
};
