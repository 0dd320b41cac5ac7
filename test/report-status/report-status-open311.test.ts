// <report-status api="open311"> against the mock Open311 city (demo/mock/open311-city.mjs):
// GET requests/{id}.json for a number, tokens/{token}.json first for a token-only server's
// report, an unknown number (404, and `200 []` as some servers answer), and a lookup that fails.
import '../../src/defect-reporter/defect-reporter.define.js';
import '../../src/report-status/report-status.define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearCivicStorage, shadow, uniqueUrl, waitForState } from '../helpers.js';
import { choose, clearOutbox, fill, next, goTo } from '../defect-reporter/defect-helpers.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';
import type { ReportStatus } from '../../src/report-status/report-status.js';

const CONTACT_PHONE = '(02324) 204 3030';

async function statusWidget(endpoint: string): Promise<ReportStatus> {
  const el = await fixture<ReportStatus>(
    html`<report-status
      api="open311"
      endpoint=${endpoint}
      timeout="3000"
      contact-phone=${CONTACT_PHONE}
    ></report-status>`,
  );
  await waitForState(el, 'ready');
  return el;
}

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function askFor(el: ReportStatus, number: string, state: string): Promise<Element> {
  shadow<HTMLInputElement>(el, '#rs-number')!.value = number;
  shadow<HTMLButtonElement>(el, '#rs-check')!.click();
  await waitUntil(
    () => shadow(el, `.asked .report-status[data-state="${state}"]`),
    `expected "${state}", shown: ${text(shadow(el, '.asked'))}`,
    { timeout: 5000 },
  );
  return shadow(el, '.asked')!;
}

/** Sends a report in a category without questions (104, street light). */
async function sendReport(el: DefectReporter): Promise<string> {
  await waitUntil(() => shadow(el, 'input[name="category"][value="104"]'), 'no services');
  await choose(el, '104');
  await goTo(el, 'location');
  await fill(el, 'address', 'Markt 1, Hattingen');
  await goTo(el, 'description');
  await fill(el, 'description', 'Die Laterne brennt nicht.');
  await goTo(el, 'contact', 'review');
  await next(el);
  await waitUntil(() => shadow(el, '[part="result"]'), 'not sent', { timeout: 8000 });
  return (
    /(?:Vorgangsnummer|Kennung Ihrer Meldung): (\S+)/.exec(
      text(shadow(el, '[part="result"]')),
    )?.[1] ?? ''
  );
}

describe('<report-status api="open311">', () => {
  beforeEach(async () => {
    clearCivicStorage();
    await clearOutbox();
  });

  it('shows a request’s status, the city’s notes, the date and the agency', async () => {
    const el = await statusWidget(uniqueUrl('/api/open311-city/'));
    const shown = text(await askFor(el, '4711', 'closed'));
    expect(shown).to.contain('Vorgangsnummer: 4711 – Erledigt');
    expect(shown).to.contain('Hinweis der Stadt: Das Schlagloch wurde am 24.11. verfüllt.');
    expect(shown).to.contain('Zuständig: Tiefbauamt');
    expect(shown).to.contain('Stand vom 24.11.2026, 14:05');
    await expect(el).to.be.accessible();
  });

  it('resolves the token of a report just sent to a token-only server before asking', async () => {
    const endpoint = uniqueUrl('/api/open311-city/', { city: 'token' });
    const reporter = await fixture<DefectReporter>(
      html`<defect-reporter
        api="open311"
        endpoint=${endpoint}
        timeout="3000"
        send-timeout="3000"
      ></defect-reporter>`,
    );
    const el = await statusWidget(endpoint);
    const token = await sendReport(reporter);
    expect(token, text(shadow(reporter, '[part="result"]'))).to.not.equal('');
    const item = () => shadow(el, `[part="item"][data-report="${token}"]`);
    await waitUntil(
      () => item()?.querySelector('[data-state="open"]'),
      `no state: ${text(item())}`,
      {
        timeout: 5000,
      },
    );
    // The state carries the number the city gave the token.
    expect(text(item())).to.match(/Vorgangsnummer: \d+ – In Bearbeitung/);
  });

  it('resolves a token typed in (tokens/{token}.json) when it is no request number', async () => {
    const el = await statusWidget(uniqueUrl('/api/open311-city/'));
    const shown = text(await askFor(el, 'tok-4713', 'open'));
    expect(shown).to.contain('Vorgangsnummer: 4713 – In Bearbeitung');
    expect(shown).to.contain('Eingegangen, wird geprüft.');
  });

  for (const city of ['', 'not-found-empty']) {
    it(`says when a number is unknown${city ? ` (answered ${city})` : ''}, with the contact`, async () => {
      const el = await statusWidget(uniqueUrl('/api/open311-city/', city ? { city } : {}));
      const shown = await askFor(el, '999999', 'unknown');
      expect(text(shown)).to.contain('Zur Vorgangsnummer 999999 ist keine Meldung bekannt');
      expect(text(shown.querySelector('a[href^="tel:"]'))).to.equal(CONTACT_PHONE);
    });
  }

  it('shows the editor’s fallback contact (slot) under a failed lookup, where no attribute gives one', async () => {
    const el = await fixture<ReportStatus>(
      html`<report-status
        api="open311"
        endpoint=${uniqueUrl('/api/open311-city/', { city: 'requests-down' })}
        timeout="3000"
      >
        <p slot="fallback">Mängelmelder: <a href="tel:+4923242043030">(02324) 204 3030</a></p>
      </report-status>`,
    );
    await waitForState(el, 'ready');
    const shown = await askFor(el, '4712', 'failed');
    const slot = shown.querySelector<HTMLSlotElement>('slot[name="fallback"]')!;
    expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal([
      'Mängelmelder: (02324) 204 3030',
    ]);
    await expect(el).to.be.accessible();
  });

  it('breaks a number longer than a phone’s line (a server’s token), at 320 px', async () => {
    const el = await statusWidget(uniqueUrl('/api/open311-city/'));
    el.style.display = 'block';
    el.style.width = '320px';
    const token = '3f2b8c1e-9d4a-4f6b-8e2c-7a1d5b9c0e3f-293945';
    const shown = await askFor(el, token, 'unknown');
    expect(text(shown)).to.contain(token);
    expect(shown.scrollWidth).to.be.at.most(shown.clientWidth);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('says when the lookup fails, keeps the number and shows the contact', async () => {
    const el = await statusWidget(uniqueUrl('/api/open311-city/', { city: 'requests-down' }));
    const shown = await askFor(el, '4712', 'failed');
    expect(text(shown)).to.contain('Der Stand der Meldung 4712 kann gerade nicht abgefragt werden');
    expect(shown.querySelector('a[href^="tel:"]')).to.exist;
    expect(shadow<HTMLInputElement>(el, '#rs-number')!.value).to.equal('4712');
    await expect(el).to.be.accessible();
  });
});
