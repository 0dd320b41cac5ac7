// The shared look of issue 12 §4 that a citizen notices: the editor's fallback text stays
// readable under a CMS's CSS, status names and labels share one baseline, and every "try
// again" button looks the same in every widget and state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/service-status/service-status.define.js';
import { clearCivicStorage, shadowAll, uniqueUrl, waitForState } from '../helpers.js';
import { container, scenarios } from './widget-scenarios.js';

describe('the shared look', () => {
  beforeEach(() => clearCivicStorage());

  describe('under a CMS stylesheet that justifies every paragraph', () => {
    it('keeps the editor’s fallback text aligned to the start', async () => {
      const page = await fixture<HTMLElement>(
        html`<div class="content">
          <style>
            p {
              text-align: justify;
            }
            .content p {
              text-align: justify;
            }
          </style>
          <service-status
            endpoint=${uniqueUrl('/api/service-status', { fault: '500' })}
            refresh="0"
            timeout="1500"
          >
            <div slot="fallback">
              <p>Bürgerbüro: (02324) 204 0, Montag bis Freitag 8 bis 12 Uhr.</p>
            </div>
            <p slot="fallback">Standesamt: (02324) 204 4041.</p>
          </service-status>
          <report-status><p slot="fallback">Mängelmelder: (02324) 204 3030.</p></report-status>
          <p id="page-text">Der Text der Seite selbst bleibt, wie die Seite ihn setzt.</p>
        </div>`,
      );
      const el = page.querySelector('service-status')!;
      await waitForState(el, 'fallback');
      // Every widget's slot, whether its element is defined on the page or not.
      for (const paragraph of page.querySelectorAll('[slot="fallback"] p, p[slot="fallback"]')) {
        expect(getComputedStyle(paragraph).textAlign, paragraph.textContent!).to.be.oneOf([
          'start',
          'left',
        ]);
      }
      expect(getComputedStyle(page.querySelector('#page-text')!).textAlign).to.equal('justify');
    });
  });

  describe('<service-status>', () => {
    it('sets each service’s name and its status label on one baseline', async () => {
      // Wide enough for every name and its label on one line.
      const box = await container(640);
      box.innerHTML = `<service-status endpoint="${uniqueUrl('/api/service-status')}"
        refresh="0"></service-status>`;
      const el = box.querySelector('service-status')!;
      await waitForState(el, 'ready');
      const items = shadowAll(el, '[part="item"]');
      expect(items.length).to.be.above(2);
      for (const item of items) {
        const name = textBox(item.querySelector('.name')!);
        const label = textBox(item.querySelector('[part="status"] span')!);
        // Same font size: text boxes on one baseline end at the same height.
        expect(Math.abs(name.bottom - label.bottom), item.dataset.service).to.be.below(1);
      }
    });
  });

  describe('every retry button that loads data again', () => {
    it('looks the same in every widget and state', async () => {
      const looks = new Map<string, string[]>();
      const failing = scenarios.filter((s) => /stale|fallback$|slots failed/.test(s.name));
      for (const scenario of failing) {
        const box = await container(390);
        const el = await scenario.render(box);
        await waitUntil(() => retryButtons(el).length, `${scenario.name}: no retry button`);
        for (const button of retryButtons(el)) {
          const style = getComputedStyle(button);
          const look = [
            style.backgroundColor,
            style.color,
            style.borderTopWidth,
            style.borderTopColor,
            style.fontWeight,
            style.fontSize,
            style.minHeight,
            style.paddingLeft,
          ].join(' ');
          looks.set(look, [...(looks.get(look) ?? []), scenario.name]);
        }
        box.remove();
      }
      const report = [...looks].map(([look, names]) => `${look}: ${names.join(', ')}`);
      expect(report, report.join('\n')).to.have.length(1);
    });
  });
});

/** The box of an element's text itself (its glyphs' content area, without line-height). */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** Buttons that say "Erneut versuchen" (try again), in every shadow tree of `el`. */
function retryButtons(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a')].filter(
    (button) => button.textContent!.trim() === 'Erneut versuchen',
  );
}
