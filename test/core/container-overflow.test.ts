// WCAG 1.4.10 Reflow (issue 12 §1): no element of any widget, in any state, is wider than the
// widget's container, from 320 px up. Each scenario is rendered once and measured in containers
// of 390, 360 and 320 px (the container is narrowed in place; container queries follow).
import { expect } from '@open-wc/testing';
import { clearCivicStorage } from '../helpers.js';
import { overflows } from './overflow.js';
import { container, scenarios } from './widget-scenarios.js';

const WIDTHS = [390, 360, 320];

describe('every widget in a narrow container', () => {
  beforeEach(() => clearCivicStorage());

  for (const scenario of scenarios) {
    it(`${scenario.name} fits 390, 360 and 320 px`, async () => {
      const box = await container(WIDTHS[0]);
      await scenario.render(box);
      const problems: string[] = [];
      for (const width of WIDTHS) {
        box.style.width = `${width}px`;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        problems.push(...overflows(box).map((line) => `${width} px: ${line}`));
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
