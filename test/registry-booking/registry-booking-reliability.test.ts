// Regression tests of issue 11 for <registry-booking>: what must never stick, book the wrong
// time or fail in silence.
import { expect, waitUntil } from '@open-wc/testing';
import { clearCivicStorage, shadow, shadowAll, shadowText, waitForState } from '../helpers.js';
import {
  chooseService,
  contact,
  pickDay,
  ready,
  slotsShown,
  widget,
} from './registry-booking-helpers.js';

/** Records console.error messages and the URLs fetched while `run` runs. */
async function watching(
  run: () => Promise<void>,
): Promise<{ errors: string[]; fetched: string[] }> {
  const errors: string[] = [];
  const fetched: string[] = [];
  const originalError = console.error;
  const originalFetch = window.fetch;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    fetched.push(input instanceof Request ? input.url : String(input));
    return originalFetch(input, init);
  };
  try {
    await run();
  } finally {
    console.error = originalError;
    window.fetch = originalFetch;
  }
  return { errors, fetched };
}

describe('<registry-booking> reliability', () => {
  beforeEach(() => clearCivicStorage());

  describe('when a configured URL is unusable', () => {
    for (const [variant, field] of [
      ['bad-slots-url', 'slots_url'],
      ['bad-booking-url', 'booking_url'],
      ['script-slots-url', 'slots_url'],
    ] as const) {
      it(`refuses the configuration (${variant}), names ${field} and shows the contact`, async () => {
        let el!: HTMLElement;
        const { errors, fetched } = await watching(async () => {
          el = await widget({ params: { variant } });
          await waitForState(el, 'fallback');
        });
        expect(
          errors.some((text) => text.includes(field)),
          errors.join('\n'),
        ).to.equal(true);
        expect(shadowText(el)).to.contain('Die Online-Terminvergabe ist gerade nicht erreichbar');
        expect(shadowText(el)).not.to.contain('werden geladen');
        const block = shadow(el, '[part="contact"]')!;
        expect(block.textContent).to.contain(contact.name);
        expect(block.querySelector('a[href="tel:023242040"]')).to.exist;
        // Nothing but the configuration was asked: no request to a refused URL.
        expect(fetched.filter((url) => !url.includes('/api/registry?'))).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('when two slots of an answer share an id', () => {
    it('offers only times that book what is shown, and warns about the id', async () => {
      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const el = await ready({ params: { slots: 'duplicate-ids' } });
        await chooseService(el, 'vaterschaft');
        await slotsShown(el);
        await pickDay(el, '2099-11-02');
        const times = shadowAll<HTMLInputElement>(el, 'input[name="slot"]');
        const labels = times.map((input) => input.parentElement!.textContent!.trim());
        // 08:00 and 09:00 came with one id: neither can be booked for sure.
        expect(labels).to.deep.equal([
          '09:30 bis 10:00 Uhr',
          '10:00 bis 10:30 Uhr',
          '10:30 bis 11:00 Uhr',
          '11:30 bis 12:00 Uhr',
        ]);
        for (const [index, label] of labels.entries()) {
          shadowAll<HTMLInputElement>(el, 'input[name="slot"]')[index]!.click();
          await el.updateComplete;
          await waitUntil(() => shadow(el, '[part="form"]'), 'the form never came');
          await el.updateComplete;
          expect(shadow(el, '[part="form"] .summary')!.textContent).to.contain(label);
        }
        expect(warnings.some((text) => text.includes('vaterschaft-2099-11-02-0800'))).to.equal(
          true,
        );
      } finally {
        console.warn = originalWarn;
      }
    });
  });
});
