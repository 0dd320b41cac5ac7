// The status banner: one summary line at every width (on a phone it counts the impaired
// services, on a wide container it names them) that unfolds in place or links to the list.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/service-status/service-status.define.js';
import { reserveWidgetSpace } from '../../src/core/reserved-space.js';
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
    // The resize observer reports the narrow width in a frame.
    await waitUntil(
      () => line.textContent!.replace(/\s+/g, ' ').trim() === '1 Dienst eingeschränkt – Details',
      `the line reads "${line.textContent}"`,
    );
  });
});

describe('<service-status variant="banner"> on a wide container', () => {
  beforeEach(() => clearCivicStorage());

  it('is one summary line naming the impaired services, that unfolds in place', async () => {
    const { wrapper, el } = await bannerIn(1000);
    // Give the resize observer a frame to report the width.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    const details = shadow<HTMLDetailsElement>(el, 'details[part="summary"]')!;
    const summary = details.querySelector('summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '3 Dienste gestört, 1 eingeschränkt: Serviceportal, Mängelmelder, Standesamt, Terminvergabe Bürgerbüro – Details',
    );
    expect(el.getBoundingClientRect().height).to.be.below(80);
    expect(visibleLines(el)).to.have.length(0);
    summary.click();
    await waitUntil(() => visibleLines(el).length === 4, 'the lines did not unfold');
    await expect(el).to.be.accessible();
    wrapper.style.width = '360px';
    await waitUntil(
      () =>
        summary.textContent!.replace(/\s+/g, ' ').trim() ===
        '3 Dienste gestört, 1 eingeschränkt – Details',
      'the line did not shorten to the count on a narrow container',
    );
  });
});

describe('<service-status variant="banner"> while it loads', () => {
  beforeEach(() => clearCivicStorage());

  // Layout shift (issue 14 §3): the page reserves the banner's one line (reserved-space.ts);
  // the loading line and the line the data brings are that tall, so nothing below moves.
  it('is as tall as its line with data, at 320 and 1000 px', async () => {
    reserveWidgetSpace();
    const widths = [320, 1000];
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        ${widths.map(
          (width) =>
            html`<div style="width: ${width}px">
              <service-status
                variant="banner"
                endpoint=${uniqueUrl('/api/service-status', { fault: 'slow' })}
                refresh="0"
              ></service-status>
            </div>`,
        )}
      </div>`,
    );
    const banners = [...wrapper.querySelectorAll<ServiceStatus>('service-status')];
    await Promise.all(banners.map((banner) => banner.updateComplete));
    expect(banners.map((banner) => banner.getAttribute('state'))).to.deep.equal([
      'loading',
      'loading',
    ]);
    const loadingHeights = banners.map((banner) => banner.getBoundingClientRect().height);
    await Promise.all(banners.map((banner) => waitForState(banner, 'ready')));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const readyHeights = banners.map((banner) => banner.getBoundingClientRect().height);
    readyHeights.forEach((height, index) =>
      expect(height, `at ${widths[index]} px`).to.be.closeTo(loadingHeights[index], 1),
    );
  });
});
