// The status banner on a phone: one summary line that unfolds in place or links to the list;
// on wide containers one line per impaired service, as before.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/service-status/service-status.define.js';
import { clearCivicStorage, shadow, shadowAll, uniqueUrl, waitForState } from '../helpers.js';
import type { ServiceStatus } from '../../src/service-status/service-status.js';

async function bannerIn(width: number, attrs: { detailsHref?: string } = {}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px">
      <service-status
        variant="banner"
        endpoint=${uniqueUrl('/api/service-status')}
        details-href=${attrs.detailsHref ?? ''}
        refresh="0"
      ></service-status>
    </div>`,
  );
  const el = wrapper.querySelector<ServiceStatus>('service-status')!;
  await waitForState(el, 'ready');
  return { wrapper, el };
}

const visibleLines = (el: Element) =>
  shadowAll(el, '[part="item"]').filter((line) => line.checkVisibility());

async function foldedSummary(el: Element): Promise<HTMLElement> {
  await waitUntil(() => shadow(el, '[part="summary"]'), 'the banner never folded');
  return shadow<HTMLElement>(el, '[part="summary"]')!;
}

describe('<service-status variant="banner"> on a narrow container', () => {
  beforeEach(() => clearCivicStorage());

  it('is one summary line that unfolds in place, by keyboard', async () => {
    const { el } = await bannerIn(360);
    await foldedSummary(el);
    const details = shadow<HTMLDetailsElement>(el, 'details[part="summary"]')!;
    const summary = details.querySelector('summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '3 Dienste gestört, 1 eingeschränkt – Details',
    );
    expect(visibleLines(el)).to.have.length(0);
    expect(el.getBoundingClientRect().height).to.be.below(80);
    await expect(el).to.be.accessible();

    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'Enter did not open the details');
    await waitUntil(() => visibleLines(el).length === 4, 'the lines did not unfold');
    expect(visibleLines(el).map((line) => line.dataset.service)).to.deep.equal([
      'serviceportal',
      'maengelmelder',
      'standesamt',
      'termine',
    ]);
    expect(visibleLines(el)[0].textContent).to.contain('Serviceportal: Gestört.');
    await expect(el).to.be.accessible();
  });

  it('links to the list with `details-href`', async () => {
    const { el } = await bannerIn(320, { detailsHref: '/status/' });
    const line = await foldedSummary(el);
    const link = line.querySelector('a')!;
    expect(link.href).to.equal(new URL('/status/', location.href).href);
    expect(link.textContent).to.equal('3 Dienste gestört, 1 eingeschränkt – Details');
    expect(shadowAll(el, '[part="item"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says "eingeschränkt" and the singular when one service is slow', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <service-status
          variant="banner"
          refresh="0"
          .data=${{
            services: [{ id: 'termine', name: 'Terminvergabe', status: 'degraded_performance' }],
          }}
        ></service-status>
      </div>`,
    );
    const el = wrapper.querySelector('service-status')!;
    await waitForState(el, 'ready');
    const line = (await foldedSummary(el)).querySelector('summary')!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '1 Dienst eingeschränkt – Details',
    );
  });
});

describe('<service-status variant="banner"> on a wide container', () => {
  beforeEach(() => clearCivicStorage());

  it('shows one line per impaired service, and folds when its container narrows', async () => {
    const { wrapper, el } = await bannerIn(1000);
    // Give the resize observer a frame to report the width.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(shadow(el, '[part="summary"]')).to.equal(null);
    expect(visibleLines(el)).to.have.length(4);
    wrapper.style.width = '360px';
    await foldedSummary(el);
    expect(visibleLines(el)).to.have.length(0);
  });
});
