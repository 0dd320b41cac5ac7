import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { formatDateTime } from '../../src/core/format.js';
import { translate } from '../../src/core/i18n.js';
import {
  needsContact,
  renderReportStatus,
  statusSummary,
} from '../../src/report-status/report-status-panel.js';
import { statusMessages } from '../../src/report-status/report-status-messages.js';
import type { StatusMessageKey } from '../../src/report-status/report-status-messages.js';

const message = (key: StatusMessageKey, params?: Record<string, string | number>) =>
  translate(statusMessages, 'de', key, params);

describe('<report-status> state view', () => {
  const view = { message, date: (iso: string) => formatDateTime(iso, 'de') };

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
    const text = host.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Vorgangsnummer: 4711 – Erledigt');
    expect(text).to.contain('Stand vom 24.11.2026, 14:05');
    expect(text).to.contain('Hinweis der Stadt: Verfüllt.');
    expect(text).to.contain('Zuständig: Tiefbauamt');
    await expect(host).to.be.accessible();
  });

  it('keeps the number in every other outcome, and asks for the contact where it cannot help', () => {
    const host = document.createElement('div');
    for (const [kind, sentence, contact] of [
      ['busy', 'Der Stand der Meldung 5001 wird abgefragt', false],
      ['failed', 'Der Stand der Meldung 5001 kann gerade nicht abgefragt werden.', true],
      ['unknown', 'Zur Vorgangsnummer 5001 ist keine Meldung bekannt', true],
      ['pending', '(Kennung 5001)', false],
    ] as const) {
      const shown = { kind, id: '5001' };
      render(renderReportStatus(view, shown), host);
      expect(host.textContent, kind).to.contain(sentence);
      expect(statusSummary(view, shown), kind).to.contain('5001');
      expect(needsContact(shown), kind).to.equal(contact);
    }
  });
});
