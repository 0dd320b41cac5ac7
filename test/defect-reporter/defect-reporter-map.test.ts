import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { shadow } from '../helpers.js';
import {
  clearStoredReports,
  click,
  next,
  reporterAtLocation,
  waitForStep,
} from './defect-helpers.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';

const withMap = () => reporterAtLocation('baum', { variant: 'map' });

const MAP_FAILED = 'Die Karte konnte nicht geladen werden.';

async function openMap(el: DefectReporter): Promise<HTMLElement> {
  await click(el, '#dr-map-open');
  await waitUntil(() => shadow(el, '#dr-map.leaflet-container'), 'map did not open', {
    timeout: 8000,
  });
  const map = shadow(el, '#dr-map')!;
  await waitUntil(
    () => map.querySelector('img.leaflet-tile-loaded[src*="/api/defects/tiles/"]'),
    'no tiles from the configured URL',
  );
  // Its controls come with its first tile.
  await waitUntil(() => shadow(el, '#dr-map-center'), 'no map controls');
  return map;
}

const position = (el: DefectReporter) => shadow(el, '#dr-position')?.textContent ?? '';

describe('<defect-reporter> with a map', () => {
  beforeEach(clearStoredReports);

  it('opens the map only on request, with tiles from the configured URL and Leaflet styles in the shadow root', async () => {
    const el = await withMap();
    expect(shadow(el, '#dr-map')).to.equal(null);
    const loaded = () => performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded().some((n) => n.includes('leaflet') || n.includes('/tiles/'))).to.equal(false);
    const map = await openMap(el);
    expect(loaded().some((n) => n.includes('leaflet'))).to.equal(true);
    // Leaflet's CSS subset is adopted by the shadow root (no <link>, no inline <style>).
    const pane = map.querySelector('.leaflet-pane')!;
    expect(getComputedStyle(pane).position).to.equal('absolute');
    expect(el.shadowRoot!.querySelector('style, link')).to.equal(null);
    expect(map.getAttribute('role')).to.equal('application');
    expect(shadow(el, '.map-box')!.textContent).to.contain('© OpenStreetMap-Mitwirkende');
    await expect(el).to.be.accessible();
  });

  it('takes the centre of the map as the place, after panning by keyboard', async () => {
    const el = await withMap();
    const map = await openMap(el);
    await click(el, '#dr-map-center');
    expect(position(el)).to.contain('51.399000, 7.186000');
    map.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await new Promise((r) => setTimeout(r, 400));
    await click(el, '#dr-map-center');
    const lng = Number(/51\.\d+, (7\.\d+)/.exec(position(el))![1]);
    expect(lng).to.be.greaterThan(7.186);
    await next(el);
    await waitForStep(el, 'description');
  });

  it('sets the pin where the map is clicked', async () => {
    const el = await withMap();
    const map = await openMap(el);
    const box = map.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2 + 40, clientY: box.top + box.height / 2 - 30 };
    map.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, ...at }));
    map.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, ...at }));
    map.dispatchEvent(new MouseEvent('click', { bubbles: true, ...at }));
    await waitUntil(() => position(el), 'no position after a click');
    const [lat, lng] = /(\d+\.\d+), (\d+\.\d+)/.exec(position(el))!.slice(1).map(Number);
    expect(lat).to.be.greaterThan(51.399);
    expect(lng).to.be.greaterThan(7.186);
  });

  it('can be skipped and closed', async () => {
    const el = await withMap();
    await openMap(el);
    await click(el, '#dr-map-skip');
    expect(el.shadowRoot!.activeElement?.id).to.equal('dr-next');
    await click(el, '#dr-zoom-in');
    await click(el, '#dr-map-close');
    expect(shadow(el, '#dr-map')).to.equal(null);
    expect(shadow(el, '#dr-map-open')).to.exist;
  });

  it('can be closed while it zooms, and nothing fails when the zoom ends', async () => {
    const el = await withMap();
    const map = await openMap(el);
    const pane = map.querySelector<HTMLElement>('.leaflet-map-pane')!;
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await click(el, '#dr-zoom-in');
      await waitUntil(() => pane.classList.contains('leaflet-zoom-anim'), 'the zoom glides');
      await click(el, '#dr-map-close');
      expect(shadow(el, '#dr-map')).to.equal(null);
      // Leaflet ends the zoom a quarter of a second later; before the fix that threw.
      await waitUntil(
        () => !pane.classList.contains('leaflet-zoom-anim') || errors.length > 0,
        'the zoom ends',
      );
      expect(errors).to.deep.equal([]);
      await waitUntil(() => !pane.parentNode, 'the map is removed');
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('says it could not be loaded when none of its tiles come (503), with the focus on the address', async () => {
    const el = await reporterAtLocation('baum', { variant: 'map', tile_fault: '503' });
    await click(el, '#dr-map-open');
    await waitUntil(
      () => shadow(el, '.map-box')?.textContent!.includes(MAP_FAILED),
      'no failure for a map without tiles',
      { timeout: 8000 },
    );
    await el.updateComplete;
    expect(shadow(el, '#dr-map') === null, 'a grey map box is left').to.equal(true);
    const live = shadow(el, '[aria-live="polite"]')!;
    await waitUntil(() => live.textContent!.includes(MAP_FAILED), 'the failure was not said');
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-address');
    await expect(el).to.be.accessible();
  });

  it('offers the map again after it failed, and says so again when it fails again', async () => {
    const el = await reporterAtLocation('baum', { variant: 'map', tile_fault: '503' });
    const failed = async () => {
      await waitUntil(
        () => shadow(el, '.map-box')?.textContent!.includes(MAP_FAILED),
        'no failure for a map without tiles',
        { timeout: 8000 },
      );
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('f-address');
    };
    await click(el, '#dr-map-open');
    await failed();
    // The button is back beside the message (on the same step: not gone until a step later).
    expect(shadow(el, '#dr-map-open')!.textContent).to.contain('Ort auf der Karte wählen');
    await expect(el).to.be.accessible();
    await click(el, '#dr-map-open');
    expect(shadow(el, '#dr-map-open') === null, 'the button while it loads').to.equal(true);
    expect(shadow(el, '.map-box')!.textContent).not.to.contain(MAP_FAILED);
    await failed();
    expect(shadow(el, '#dr-map-open')).to.exist;
  });

  it('opens with the tiles that come when a few fail', async () => {
    const el = await reporterAtLocation('baum', { variant: 'map', tile_fault: 'some' });
    const map = await openMap(el);
    await waitUntil(
      () => map.querySelector('img.leaflet-tile:not(.leaflet-tile-loaded)'),
      'no tile failed',
    );
    expect(shadow(el, '#dr-map-center')).to.exist;
    expect(shadow(el, '.map-box')!.textContent).not.to.contain(MAP_FAILED);
  });

  describe('and the citizen’s system asking for reduced motion', () => {
    const realMatchMedia = window.matchMedia;
    /** `prefers-reduced-motion: reduce` answered as `reduce`: the same in Chromium and Firefox. */
    const askForReducedMotion = () => {
      window.matchMedia = (query: string) =>
        query.includes('prefers-reduced-motion: reduce')
          ? ({
              ...realMatchMedia.call(window, 'all'),
              matches: true,
              media: query,
            } as MediaQueryList)
          : realMatchMedia.call(window, query);
    };
    afterEach(() => {
      window.matchMedia = realMatchMedia;
    });

    /** The animation classes Leaflet sets on the map while it glides (pans) or zooms. */
    async function animationsDuring(map: HTMLElement, act: () => Promise<void>): Promise<string[]> {
      const seen = new Set<string>();
      const note = (records: MutationRecord[]) => {
        for (const record of records) {
          for (const name of (record.target as Element).classList) {
            if (/^leaflet-(pan|zoom)-anim$/.test(name)) seen.add(name);
          }
        }
      };
      const observer = new MutationObserver(note);
      observer.observe(map, { attributes: true, attributeFilter: ['class'], subtree: true });
      await act();
      // Leaflet starts a zoom's animation in the next frame.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      note(observer.takeRecords());
      observer.disconnect();
      return [...seen].sort();
    }

    const panAndZoom = (el: DefectReporter, map: HTMLElement) => async () => {
      map.focus();
      await sendKeys({ press: 'ArrowRight' });
      await click(el, '#dr-zoom-in');
    };

    it('glides and zooms in steps otherwise (the check below can fail)', async () => {
      const el = await withMap();
      const map = await openMap(el);
      expect(await animationsDuring(map, panAndZoom(el, map))).to.deep.equal([
        'leaflet-pan-anim',
        'leaflet-zoom-anim',
      ]);
      await waitUntil(() => !map.querySelector('.leaflet-pan-anim, .leaflet-zoom-anim'), 'glides');
    });

    it('moves and zooms without gliding, and the arrow keys still move it', async () => {
      askForReducedMotion();
      const el = await withMap();
      const map = await openMap(el);
      await click(el, '#dr-map-center');
      const before = position(el);
      expect(await animationsDuring(map, panAndZoom(el, map))).to.deep.equal([]);
      await click(el, '#dr-map-center');
      expect(position(el)).not.to.equal(before);
    });
  });
});
