// Visual regression (issue 12 §5): every state of every widget at 320 and 1280 px, compared
// with the reviewed baselines in test/visual/baselines/ (Chromium only: web-test-runner's
// config runs this folder in its own group with Chromium alone). `npm run visual:update`
// writes new baselines; a changed baseline is a commit whose PNGs someone has looked at.
//
// Stable pictures: fixed data (see widget-scenarios.ts), a frozen clock (a report saved for
// later says when), no focus ring or text caret, and what differs by design from run to run
// written as zeros: the server's running numbers (booking code, report reference) and the
// random idempotency key a report saved for later is referred to by.
import './frozen-clock.js';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { clearCivicStorage } from '../helpers.js';
import { container, scenarios } from '../core/widget-scenarios.js';

const WIDTHS = [320, 1280];

/** `registry-booking times` at 320 px → `registry-booking-times-320`. */
const fileName = (scenario: string, width: number) =>
  `${scenario.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${width}`;

/** Takes the focus away (no focus ring, no blinking caret in the picture). */
function blurAll(el: Element): void {
  (el.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  (document.activeElement as HTMLElement | null)?.blur();
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Writes what changes from run to run by design as zeros (see the top of the file). */
function fixRunningNumbers(el: Element): void {
  const root = el.shadowRoot!;
  const texts = (node: Node) => {
    const found: Text[] = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) found.push(text as Text);
    return found;
  };
  for (const counted of root.querySelectorAll('[part="code"], .reference')) {
    for (const text of texts(counted)) text.data = text.data.replace(/\d{2,}/g, '0000');
  }
  for (const text of texts(root)) {
    text.data = text.data.replace(UUID, '00000000-0000-4000-8000-000000000000');
  }
}

describe('how every widget looks', () => {
  before(() => setViewport({ width: 1320, height: 900 }));
  beforeEach(() => clearCivicStorage());

  for (const scenario of scenarios.filter((s) => !s.liveDate)) {
    it(`${scenario.name} at ${WIDTHS.join(' and ')} px`, async () => {
      const box = await container(WIDTHS[0]);
      box.style.background = '#ffffff';
      const el = await scenario.render(box);
      blurAll(el);
      fixRunningNumbers(el);
      await document.fonts.ready;
      for (const width of WIDTHS) {
        box.style.width = `${width}px`;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await visualDiff(box, fileName(scenario.name, width));
      }
    });
  }
});
