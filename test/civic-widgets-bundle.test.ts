import { expect } from '@open-wc/testing';
import '../src/civic-widgets.bundle.js';
import { clearCivicStorage, uniqueUrl } from './helpers.js';
import type { CivicWidget } from '../src/core/civic-widget.js';

// dist/civic-widgets.bundle.js, the one-file fallback, reserves each widget's room as the
// autoloader does (issue 14 §3): a page that includes it does not jump when the data arrives.

/** Each widget with an endpoint that answers late, and the least room it keeps meanwhile (px). */
const slowWidgets: Array<
  [tag: string, endpoint: string, attributes: Record<string, string>, px: number]
> = [
  ['form-finder', '/api/forms', {}, 100],
  ['registry-booking', '/api/registry', {}, 100],
  ['service-status', '/api/service-status', { variant: 'banner', refresh: '0' }, 44],
];

describe('civic-widgets.bundle', () => {
  beforeEach(() => clearCivicStorage());

  for (const [tag, path, attributes, px] of slowWidgets) {
    it(`keeps <${tag}>'s room before its first render and while it loads`, async () => {
      const widget = document.createElement(tag) as CivicWidget<unknown>;
      for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
      widget.setAttribute('endpoint', uniqueUrl(path, { fault: 'slow', delay: '800' }));
      document.body.append(widget);
      const heights = [parseFloat(getComputedStyle(widget).minHeight)];
      await widget.updateComplete;
      expect(widget.getAttribute('state')).to.equal('loading');
      heights.push(parseFloat(getComputedStyle(widget).minHeight));
      expect(
        heights.every((height) => height >= px),
        `min-height ${heights.join(', ')} px`,
      ).to.equal(true);
      widget.remove();
    });
  }
});
