// The status banner: on a wide container one line per impaired service, at once; on a narrow
// one (a phone) one summary line that unfolds in place or links to the list. While it loads it
// keeps the height it had with data last time, so nothing below it moves.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/service-status/service-status.define.js';
import {
  rememberBannerHeight,
  rememberedBannerCss,
  rememberedBannerHeights,
  reserveWidgetSpace,
} from '../../src/core/reserved-space.js';
import { clearCivicStorage, shadow, shadowAll, uniqueUrl, waitForState } from '../helpers.js';
import { overflows } from '../core/overflow.js';
import type { ServiceStatus } from '../../src/service-status/service-status.js';

async function bannerIn(width: number, attrs: { detailsHref?: string; endpoint?: string } = {}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px">
      <service-status
        variant="banner"
        endpoint=${attrs.endpoint ?? uniqueUrl('/api/service-status')}
        details-href=${attrs.detailsHref ?? ''}
        refresh="0"
      ></service-status>
    </div>`,
  );
  const el = wrapper.querySelector<ServiceStatus>('service-status')!;
  await waitForState(el, 'ready');
  return { wrapper, el };
}

/** A ready banner `width` px wide whose one service, "Terminvergabe", is slow (given as data). */
async function bannerWithOneSlowService(width: number): Promise<ServiceStatus> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px">
      <service-status
        variant="banner"
        refresh="0"
        .data=${{
          services: [{ id: 'termine', name: 'Terminvergabe', status: 'degraded_performance' }],
        }}
      ></service-status>
    </div>`,
  );
  const el = wrapper.querySelector<ServiceStatus>('service-status')!;
  await waitForState(el, 'ready');
  return el;
}

const visibleLines = (el: Element) =>
  shadowAll(el, '[part="item"]').filter((line) => line.checkVisibility());

const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

async function foldedSummary(el: Element): Promise<HTMLElement> {
  await waitUntil(() => shadow(el, '[part="summary"]'), 'the banner never folded');
  return shadow<HTMLElement>(el, '[part="summary"]')!;
}

describe('<service-status variant="banner"> on a narrow container', () => {
  beforeEach(() => clearCivicStorage());

  it('is one summary line that unfolds in place by keyboard, saying so', async () => {
    const { el } = await bannerIn(360);
    const line = await foldedSummary(el);
    const toggle = line.querySelector('button')!;
    expect(text(toggle)).to.equal('3 Dienste gestört, 1 eingeschränkt – Details');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visibleLines(el)).to.have.length(0);
    expect(el.getBoundingClientRect().height).to.be.below(80);
    await expect(el).to.be.accessible();

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => visibleLines(el).length === 4, 'Enter did not unfold the lines');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const list = shadow(el, `#${toggle.getAttribute('aria-controls')}`)!;
    expect(list.matches('[part="list"]'), 'aria-controls names the list').to.be.true;
    expect(visibleLines(el).map((item) => item.dataset.service)).to.deep.equal([
      'serviceportal',
      'maengelmelder',
      'standesamt',
      'termine',
    ]);
    expect(visibleLines(el)[0].textContent).to.contain('Serviceportal: Gestört.');
    await expect(el).to.be.accessible();

    await sendKeys({ press: ' ' });
    await waitUntil(() => visibleLines(el).length === 0, 'Space did not fold the lines');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  // WCAG 1.4.10 Reflow: unfolded on a phone, the lines with their links and long e-mail
  // addresses stay inside the container (the shared overflow test sees the folded line only).
  for (const width of [320, 360, 390]) {
    it(`fits ${width} px unfolded`, async () => {
      const { wrapper, el } = await bannerIn(width);
      (await foldedSummary(el)).querySelector('button')!.click();
      await waitUntil(() => visibleLines(el).length === 4, 'the lines did not unfold');
      expect(overflows(wrapper)).to.deep.equal([]);
    });
  }

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
    const el = await bannerWithOneSlowService(320);
    const line = await foldedSummary(el);
    expect(text(line.querySelector('button')!)).to.equal('1 Dienst eingeschränkt – Details');
  });
});

describe('<service-status variant="banner"> on a wide container', () => {
  beforeEach(() => clearCivicStorage());

  it('shows one line per impaired service, worst first, without a click', async () => {
    const { wrapper, el } = await bannerIn(1000, { detailsHref: '/status/' });
    expect(visibleLines(el).map((item) => item.dataset.service)).to.deep.equal([
      'serviceportal',
      'maengelmelder',
      'standesamt',
      'termine',
    ]);
    expect(text(visibleLines(el)[0])).to.contain('Serviceportal: Gestört.');
    expect(text(visibleLines(el)[1])).to.contain(
      'So geht es trotzdem: Mängel telefonisch melden, Telefon: (02324) 204 3030',
    );
    expect(text(visibleLines(el)[3])).to.contain('Terminvergabe Bürgerbüro: Eingeschränkt.');
    expect(shadow(el, '[part="summary"]'), 'no summary line').to.be.null;
    await expect(el).to.be.accessible();
    wrapper.style.width = '600px';
    await waitUntil(() => !shadow(el, '[part="summary"]'), 'folded at 600 px');
    expect(overflows(wrapper), 'at 600 px, the narrowest wide container').to.deep.equal([]);

    wrapper.style.width = '360px';
    await waitUntil(
      () => shadow(el, '[part="summary"]') && visibleLines(el).length === 0,
      'the banner did not fold into its summary line on a narrow container',
    );
    expect(text(shadow(el, '[part="summary"] a')!)).to.equal(
      '3 Dienste gestört, 1 eingeschränkt – Details',
    );
  });
});

describe('<service-status variant="banner"> while it loads', () => {
  beforeEach(() => clearCivicStorage());

  // Layout shift (issue 14 §3): the page reserves the banner's one line (reserved-space.ts);
  // the loading line and a phone's summary line are that tall, so nothing below moves.
  it('is as tall on a phone as its summary line with data', async () => {
    reserveWidgetSpace();
    const { el, loadingHeight } = await loadingBanner(320);
    await waitForState(el, 'ready');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1);
  });

  /** A banner that stays loading (its endpoint answers late), in a container `width` px wide. */
  async function loadingBanner(width: number, params: Record<string, string> = {}) {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: ${width}px">
        <service-status
          variant="banner"
          endpoint=${uniqueUrl('/api/service-status', { fault: 'slow', delay: '800', ...params })}
          refresh="0"
        ></service-status>
      </div>`,
    );
    const el = wrapper.querySelector<ServiceStatus>('service-status')!;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    return { wrapper, el, loadingHeight: el.getBoundingClientRect().height };
  }

  it('links its summary line to details-href in a line as tall as its loading line', async () => {
    // 500 px: the summary is one line of text there (on 320 px it wraps into two).
    const { loadingHeight } = await loadingBanner(500);
    const { el } = await bannerIn(500, { detailsHref: '/status/' });
    await foldedSummary(el);
    expect(el.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1);
  });

  // The reserved line is one line of the banner: a first visit with one impaired service, the
  // usual outage, moves nothing below it on a wide container either.
  it('is one line of the wide banner tall: one impaired service takes the reserved line', async () => {
    const { loadingHeight } = await loadingBanner(1000);
    expect(loadingHeight, 'the line reserved while it loads').to.be.above(44);
    const el = await bannerWithOneSlowService(1000);
    expect(visibleLines(el)).to.have.length(1);
    expect(el.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1);
  });

  // A first visit cannot know that all work: the line it reserved says so instead of vanishing
  // (the page below would move up); the next visit reserves nothing and shows nothing.
  for (const width of [320, 1000]) {
    it(`says in its reserved line that all services work on a first visit, at ${width} px`, async () => {
      const { el, loadingHeight } = await loadingBanner(width, { variant: 'all-operational' });
      await waitForState(el, 'ready');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(text(shadow(el, '[part="summary"]')!)).to.equal(
        'Alle Online-Dienste sind in Betrieb.',
      );
      expect(el.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1);
      expect(rememberedBannerHeights().get(el.endpoint!), 'the next visit reserves').to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  // A wide banner's height depends on the data: the first visit cannot know it, the next can.
  it('reserves on the next visit the height it had with data, at 1000 px', async () => {
    const endpoint = uniqueUrl('/api/service-status', { fault: 'slow', delay: '600' });
    const first = await bannerIn(1000, { endpoint });
    const heightWithData = first.el.getBoundingClientRect().height;
    expect(heightWithData, 'four lines').to.be.above(150);
    first.wrapper.remove();

    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 1000px">
        <service-status variant="banner" endpoint=${endpoint} refresh="0"></service-status>
      </div>`,
    );
    const el = wrapper.querySelector<ServiceStatus>('service-status')!;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect(el.getBoundingClientRect().height, 'loading').to.be.closeTo(heightWithData, 1);
    await waitForState(el, 'ready');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.getBoundingClientRect().height, 'with data').to.be.closeTo(heightWithData, 1);
  });

  it('takes no room while it loads when all services worked last time', async () => {
    const endpoint = uniqueUrl('/api/service-status', {
      variant: 'all-operational',
      fault: 'slow',
      delay: '600',
    });
    const first = await fixture<ServiceStatus>(
      html`<service-status variant="banner" endpoint=${endpoint} refresh="0"></service-status>`,
    );
    await waitForState(first, 'ready');
    expect(rememberedBannerHeights().get(endpoint), 'remembered').to.equal(0);
    first.remove();

    // The next page's autoloader reserves what this page remembered (the page-level sheet).
    const nextVisit = new CSSStyleSheet();
    nextVisit.replaceSync(rememberedBannerCss());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, nextVisit];
    try {
      const el = await fixture<ServiceStatus>(
        html`<service-status variant="banner" endpoint=${endpoint} refresh="0"></service-status>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(shadow(el, '[role="status"].loading')!.textContent, 'said').to.contain('Wird geladen');
      await expect(el).to.be.accessible();
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
        (sheet) => sheet !== nextVisit,
      );
    }
  });

  it("reserves the remembered height in the page's own sheet before the element is defined", () => {
    rememberBannerHeight('/api/service-status?say="quoted"', 123);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rememberedBannerCss());
    const frame = document.createElement('div');
    frame.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    frame.shadowRoot!.innerHTML = `<service-status variant="banner" cache="off"></service-status>`;
    const banner = frame.shadowRoot!.firstElementChild!;
    banner.setAttribute('endpoint', '/api/service-status?say="quoted"');
    banner.setAttribute('state', 'loading');
    document.body.append(frame);
    try {
      expect(getComputedStyle(banner).minHeight).to.equal('123px');
    } finally {
      frame.remove();
    }
  });

  // A CMS that adds a cache-busting query to the endpoint makes a new one per edit.
  it('remembers the ten endpoints it saw last', () => {
    for (let index = 0; index < 12; index++) rememberBannerHeight(`/status.json?v=${index}`, index);
    rememberBannerHeight('/status.json?v=3', 33);
    expect([...rememberedBannerHeights()]).to.deep.equal([
      ...[2, 4, 5, 6, 7, 8, 9, 10, 11].map((version) => [`/status.json?v=${version}`, version]),
      ['/status.json?v=3', 33],
    ]);
  });

  it('keeps nothing with cache="off"', async () => {
    const endpoint = uniqueUrl('/api/service-status');
    const el = await fixture<ServiceStatus>(
      html`<service-status
        variant="banner"
        endpoint=${endpoint}
        cache="off"
        refresh="0"
      ></service-status>`,
    );
    await waitForState(el, 'ready');
    expect(rememberedBannerHeights().has(endpoint), 'its height').to.be.false;
    const kept = Object.keys(localStorage).filter((key) => key.includes(endpoint));
    expect(kept, 'its data').to.be.empty;
  });
});
