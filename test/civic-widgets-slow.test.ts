// The autoloader when an element's module is slow to come: the connection stalls, and the
// answer neither comes nor fails. The library is loaded from the test server's fresh-sources
// path (web-test-runner.config.mjs): browsers keep scripts loaded by earlier test files' pages in
// memory, and the module would not be asked for again.
import { expect, waitUntil } from '@open-wc/testing';
import { importFresh, stallModule } from './helpers.js';

describe('the autoloader when a widget’s module is slow to come', () => {
  it('writes the contact meanwhile, and gives way to the widget when it comes', async () => {
    const stall = stallModule('report-status.define');
    const container = document.createElement('div');
    container.innerHTML = `<report-status loading="eager" contact-phone="(02324) 204-0"></report-status>`;
    const widget = container.querySelector('report-status')!;
    try {
      document.body.append(container);
      await importFresh('civic-widgets.ts');
      const line = () => widget.querySelector('p[data-civic-contact]');
      await waitUntil(line, 'no contact while the module is slow', { timeout: 15_000 });
      expect(line()!.textContent).to.equal(
        'Dieser Dienst kann gerade nicht angezeigt werden. Telefon: (02324) 204-0',
      );
      expect(customElements.get('report-status')).to.equal(undefined);
      // The module may still come: the widget keeps its space, the page will not jump then.
      expect(widget.hasAttribute('state')).to.equal(false);
      expect(parseFloat(getComputedStyle(widget).minHeight)).to.be.greaterThan(100);
    } finally {
      await stall.release();
    }
    try {
      await waitUntil(() => customElements.get('report-status'), 'the module did not come');
      await waitUntil(() => !widget.querySelector('p'), 'the contact line stayed');
      await waitUntil(() => widget.shadowRoot?.querySelector('h2, [role="heading"]'));
    } finally {
      container.remove();
    }
  });
});
