import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { shadow, shadowAll, waitForState } from '../helpers.js';
import { clearStoredReports, configUrl, received, step, waitForStep } from './defect-helpers.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';

/** Presses Tab until the widget's focused element matches, as a keyboard user would. */
async function tabTo(el: DefectReporter, selector: string, max = 30): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    if (active?.matches(selector)) return active;
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('<defect-reporter> by keyboard alone', () => {
  beforeEach(clearStoredReports);

  it('completes and sends a report with Tab, typing, Space and Enter', async () => {
    const { url, run } = configUrl();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="before">Vorher</button>
        <defect-reporter endpoint=${url} timeout="3000"></defect-reporter>
      </div>`,
    );
    const el = wrapper.querySelector('defect-reporter')!;
    await waitForState(el, 'ready');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    // Category: filter by typing, choose with Space, go on with Enter.
    await tabTo(el, '#dr-filter');
    await sendKeys({ type: 'Laterne' });
    const radio = await tabTo(el, 'input[value="strassenlaterne"]');
    await sendKeys({ press: ' ' });
    expect((radio as HTMLInputElement).checked).to.equal(true);
    await tabTo(el, '#dr-next');
    await sendKeys({ press: 'Enter' });
    await waitForStep(el, 'location');

    // Location: Enter in the address field goes on.
    await tabTo(el, '#f-address');
    await sendKeys({ type: 'Bahnhofstraße 12' });
    await sendKeys({ press: 'Enter' });
    await waitForStep(el, 'description');

    await tabTo(el, '#f-description');
    await sendKeys({ type: 'Die Laterne vor Haus 12 ist seit Tagen aus.' });
    expect(shadow(el, '#dr-counter')!.textContent).to.contain('43 von 4.000 Zeichen');
    await tabTo(el, '#dr-next');
    await sendKeys({ press: 'Enter' });
    await waitForStep(el, 'photos');

    await tabTo(el, '#dr-next');
    await sendKeys({ press: 'Enter' });
    await waitForStep(el, 'contact');

    await tabTo(el, '#f-name');
    await sendKeys({ type: 'Kim Beispiel' });
    await tabTo(el, '#f-email');
    await sendKeys({ type: 'kim@example.org' });
    await tabTo(el, '#f-consent');
    await sendKeys({ press: ' ' });
    await tabTo(el, '#dr-next');
    await sendKeys({ press: 'Enter' });
    await waitForStep(el, 'review');

    await tabTo(el, '#dr-next');
    await sendKeys({ press: 'Enter' });
    await waitForStep(el, 'result', 8000);
    expect(step(el)).to.equal('result');
    expect(shadow(el, '.reference')!.textContent).to.contain('Vorgangsnummer');

    const [report] = await received({ run });
    expect(report.fields).to.include({
      category: 'strassenlaterne',
      address: 'Bahnhofstraße 12',
      description: 'Die Laterne vor Haus 12 ist seit Tagen aus.',
      name: 'Kim Beispiel',
      email: 'kim@example.org',
      // Tab never stops at the hidden honeypot.
      website: '',
    });
  });

  it('shows a field error and moves the focus to the field', async () => {
    const el = await fixture<DefectReporter>(
      html`<defect-reporter endpoint=${configUrl().url}></defect-reporter>`,
    );
    await waitForState(el, 'ready');
    shadow(el, '#dr-filter')!.focus();
    await tabTo(el, '#dr-next');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.getAttribute('name')).to.equal('category');
    expect(focused.getAttribute('aria-invalid')).to.equal('true');
    // The focus ring, not the invalid field's thinner outline, which looked the same (2.4.7).
    expect(getComputedStyle(focused)).to.include({ outlineWidth: '3px', outlineOffset: '2px' });
    const other = shadowAll(el, 'input[name="category"]').find((radio) => radio !== focused)!;
    expect(getComputedStyle(other)).to.include({ outlineWidth: '2px', outlineOffset: '0px' });
  });
});
