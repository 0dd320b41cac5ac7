// <defect-reporter>'s map when its module or Leaflet neither comes nor fails (a stalled mobile
// connection): the location step says the map could not be loaded, and the address still
// works. The element and its packages are loaded from the test server's fresh path
// (web-test-runner.config.mjs): browsers keep scripts of earlier test files' pages in memory, and
// the module would not be asked for again. So this file uses no helper that loads the element
// from src/ (defect-helpers.ts does).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  clearCivicStorage,
  importFresh,
  shadow,
  shadowText,
  stallModule,
  uniqueUrl,
  waitForState,
} from '../helpers.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';

const MAP_FAILED = 'Die Karte konnte nicht geladen werden.';

/** A reporter with a map, on the location step for a fallen tree. */
async function reporterAtLocation(): Promise<DefectReporter> {
  const el = await fixture<DefectReporter>(
    html`<defect-reporter
      endpoint=${uniqueUrl('/api/defects/config', { variant: 'map' })}
      timeout="1500"
      contact-phone="(02324) 204 3030"
      contact-email="maengelmelder@example.org"
    ></defect-reporter>`,
  );
  await waitForState(el, 'ready');
  shadow<HTMLInputElement>(el, 'input[name="category"][value="baum"]')!.click();
  await el.updateComplete;
  shadow<HTMLButtonElement>(el, '#dr-next')!.click();
  await waitUntil(() => shadow(el, '#dr-map-open'), 'no location step with a map');
  return el;
}

/**
 * Opens the map (unless `opened`); it says it could not be loaded after twice the timeout, not
 * "loading" for good.
 */
async function expectMapFailed(el: DefectReporter, { opened = false } = {}): Promise<void> {
  if (!opened) shadow<HTMLButtonElement>(el, '#dr-map-open')!.click();
  await el.updateComplete;
  await waitUntil(
    () => shadow(el, '.map-box')?.textContent!.includes(MAP_FAILED),
    'the map still loads',
    { timeout: 8000 },
  );
  expect(shadowText(el)).not.to.contain('Karte wird geladen');
  expect(shadow(el, '#dr-map') === null, 'an empty map box is left').to.equal(true);
  // Said to screen readers, and the focus (lost with the button) on the address it asks for.
  const live = shadow(el, '[aria-live="polite"]')!;
  await waitUntil(() => live.textContent!.includes(MAP_FAILED), 'the failure was not said');
  expect(el.shadowRoot!.activeElement?.id).to.equal('f-address');
  // The address still takes the place.
  const address = shadow<HTMLInputElement>(el, '[name="address"]')!;
  address.value = 'Bahnhofstraße 12, Hattingen';
  address.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  shadow<HTMLButtonElement>(el, '#dr-next')!.click();
  await waitUntil(() => shadow(el, '[name="description"]'), 'no step after the address');
}

async function backToTheMap(el: DefectReporter): Promise<void> {
  shadow<HTMLButtonElement>(el, '#dr-back')!.click();
  await waitUntil(() => shadow(el, '#dr-map-open'), 'no way back to the map');
}

describe('<defect-reporter> when its map stalls', () => {
  before(() => importFresh('defect-reporter/defect-reporter.define.ts', { withPackages: true }));
  beforeEach(() => clearCivicStorage());

  // One test: a page loads each module once, and the map's module must come before Leaflet can
  // be asked for.
  it('says the map could not be loaded while its module stalls, then while Leaflet stalls, and opens it once both came', async () => {
    let stall = stallModule('location-map');
    try {
      const el = await reporterAtLocation();
      await expectMapFailed(el);
      await stall.release();
      stall = stallModule('leaflet-src.esm');
      await backToTheMap(el);
      // While Leaflet is on its way: no controls that could not work yet.
      shadow<HTMLButtonElement>(el, '#dr-map-open')!.click();
      await waitUntil(() => shadow(el, '#dr-map'), 'no map box');
      expect(shadowText(el)).to.contain('Karte wird geladen');
      expect(shadow(el, '#dr-map-center, #dr-map-skip') === null, 'inert controls').to.equal(true);
      await expectMapFailed(el, { opened: true });
      await stall.release();
      await backToTheMap(el);
      shadow<HTMLButtonElement>(el, '#dr-map-open')!.click();
      await waitUntil(() => shadow(el, '#dr-map-center'), 'the map never opened', {
        timeout: 8000,
      });
      expect(el.shadowRoot!.activeElement?.id, 'the focus on the map').to.equal('dr-map');
    } finally {
      await stall.release();
    }
  });
});
