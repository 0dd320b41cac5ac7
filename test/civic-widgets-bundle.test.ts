import { expect } from '@open-wc/testing';
import '../src/civic-widgets.bundle.js';
import { clearCivicStorage, uniqueUrl } from './helpers.js';
import type { FormFinder } from '../src/form-finder/form-finder.js';
import type { ServiceStatus } from '../src/service-status/service-status.js';

// dist/civic-widgets.bundle.js, the one-file fallback, reserves each widget's room as the
// autoloader does (issue 14 §3): a page that includes it does not jump when the data arrives.

describe('civic-widgets.bundle', () => {
  beforeEach(() => clearCivicStorage());

  it("keeps a widget's room before its first render and while it loads", async () => {
    const finder = document.createElement('form-finder') as FormFinder;
    finder.endpoint = uniqueUrl('/api/forms', { fault: 'slow', delay: '800' });
    document.body.append(finder);
    expect(finder.hasUpdated, 'not rendered yet').to.equal(false);
    expect(parseFloat(getComputedStyle(finder).minHeight)).to.be.above(100);
    await finder.updateComplete;
    expect(finder.getAttribute('state')).to.equal('loading');
    expect(parseFloat(getComputedStyle(finder).minHeight)).to.be.above(100);
    finder.remove();
  });

  it("reserves a banner's line while it loads", async () => {
    const banner = document.createElement('service-status') as ServiceStatus;
    banner.variant = 'banner';
    banner.refresh = 0;
    banner.endpoint = uniqueUrl('/api/service-status', { fault: 'slow', delay: '800' });
    document.body.append(banner);
    await banner.updateComplete;
    expect(banner.getAttribute('state')).to.equal('loading');
    expect(parseFloat(getComputedStyle(banner).minHeight)).to.be.at.least(44);
    banner.remove();
  });
});
