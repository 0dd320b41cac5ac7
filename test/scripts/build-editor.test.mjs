// The built workbench (dist/editor/workbench.js, scripts/build-editor.mjs) defines the widgets
// its previews show. esbuild once dropped their `*.define` imports as free of side effects
// (package.json's `sideEffects` names only dist/), and the editors' previews stayed empty.
// Node's test runner, against the built dist/ (`npm run build` first), in headless Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serveDemo } from '../../scripts/serve-demo.mjs';
import { launchChromium } from '../../scripts/launch-chromium.mjs';

describe('the built workbench (dist/editor/workbench.js)', () => {
  let served;
  let browser;

  before(async () => {
    served = await serveDemo({ quiet: true });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await served?.server.stop();
  });

  it('defines every widget and shows them in its preview', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/editor/', served.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('civic-workbench'), { timeout: 20_000 });
    const tags = [
      'service-status',
      'form-finder',
      'defect-reporter',
      'registry-booking',
      'city-services',
    ];
    const undefinedTags = await page.evaluate(
      (names) => names.filter((name) => !customElements.get(name)),
      tags,
    );
    assert.deepEqual(undefinedTags, []);
    // The status preview's widgets render (they stayed undefined, empty boxes, before).
    await page.waitForFunction(
      () => {
        const previews = [];
        const walk = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.localName === 'service-status') previews.push(element);
            if (element.shadowRoot) walk(element.shadowRoot);
          }
        };
        walk(document);
        return (
          previews.length > 0 && previews.every((preview) => preview.shadowRoot?.childElementCount)
        );
      },
      { timeout: 20_000 },
    );
  });
});
