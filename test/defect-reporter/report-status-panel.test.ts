import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { translate } from '../../src/core/i18n.js';
import { renderReportStatus } from '../../src/defect-reporter/report-status-panel.js';
import { statusMessages } from '../../src/defect-reporter/report-status-messages.js';
import type { StatusMessageKey } from '../../src/defect-reporter/report-status-messages.js';

const message = (key: StatusMessageKey, params?: Record<string, string | number>) =>
  translate(statusMessages, 'de', key, params);

describe('report status view', () => {
  const view = {
    message,
    date: (iso: string) => new Date(iso).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }),
    contact: html`<p class="contact">(02324) 204 3030</p>`,
  };

  it('shows the state, notes, agency and date of a found report', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      renderReportStatus(view, {
        kind: 'found',
        status: {
          id: '4711',
          state: 'closed',
          notes: 'Verfüllt.',
          agency: 'Tiefbauamt',
          updated: '2026-11-24T14:05:00+01:00',
        },
      }),
      host,
    );
    expect(host.textContent).to.contain('4711');
    expect(host.textContent).to.contain('Erledigt');
    expect(host.textContent).to.contain('Hinweis der Stadt: Verfüllt.');
    expect(host.textContent).to.contain('Zuständig: Tiefbauamt');
    expect(host.textContent).to.contain('24.11.2026');
    expect(host.querySelector('.contact')).to.equal(null);
    await expect(host).to.be.accessible();
  });

  it('keeps the number and shows the contact when the lookup fails or the number is unknown', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderReportStatus(view, { kind: 'failed', id: '5001' }), host);
    expect(host.textContent).to.contain('5001');
    expect(host.textContent).to.contain('kann gerade nicht abgefragt werden');
    expect(host.querySelector('.contact')).to.exist;
    render(renderReportStatus(view, { kind: 'unknown', id: '999' }), host);
    expect(host.textContent).to.contain('Zur Vorgangsnummer 999 ist keine Meldung bekannt');
    expect(host.querySelector('.contact')).to.exist;
  });
});
