// The autoloader when an element's module cannot be loaded (a broken deploy, the network gone
// after the page came). A file of its own: browsers keep a module as failed for the page's life.
import { expect, waitUntil } from '@open-wc/testing';

const MODULE = '/src/registry-booking/registry-booking.define.ts';

describe('the autoloader when a widget’s module cannot be loaded', () => {
  it('writes the page’s contact into each such widget, not into one with the editor’s fallback', async () => {
    document.cookie = 'civic-module-fault=registry-booking.define; path=/';
    // The browser's cache may hold the module from an earlier test file's page.
    await fetch(MODULE, { cache: 'reload' });
    const container = document.createElement('div');
    try {
      container.innerHTML = `
        <registry-booking id="own" loading="eager" contact-phone="(02324) 204 4041"
          contact-email="standesamt@example.org"></registry-booking>
        <city-services contact-phone="+49 (0) 2324 204-0">
          <registry-booking id="page" loading="eager"></registry-booking>
        </city-services>
        <div lang="en"><registry-booking id="none" loading="eager"></registry-booking></div>
        <registry-booking id="editor" loading="eager">
          <p slot="fallback">Standesamt: <a href="tel:+49232420440">204 40</a></p>
        </registry-booking>`;
      document.body.append(container);
      await import('../src/civic-widgets.js');
      const line = (id: string) => container.querySelector(`#${id} > p[slot="fallback"]`);
      await waitUntil(() => line('own'), 'no contact was written', { timeout: 10_000 });

      expect(line('own')!.textContent).to.equal(
        'Dieser Dienst kann gerade nicht angezeigt werden. Telefon: (02324) 204 4041 E-Mail: standesamt@example.org',
      );
      const links = [...line('own')!.querySelectorAll('a')].map((link) => link.href);
      expect(links).to.deep.equal(['tel:023242044041', 'mailto:standesamt@example.org']);
      // Dialled as the widgets dial it: the national "(0)" is not dialled after "+49".
      expect(line('page')!.querySelector('a')!.href, 'from <city-services>').to.equal(
        'tel:+4923242040',
      );
      expect(line('none')!.textContent).to.equal(
        'This service cannot be shown right now. The phone number and e-mail address are in this website’s legal notice (Impressum).',
      );
      const editor = container.querySelector('#editor')!;
      expect(editor.querySelectorAll('p').length, 'the editor’s fallback alone').to.equal(1);
      // Shown: an undefined element shows its children.
      expect(line('own')!.getClientRects().length).to.be.greaterThan(0);
      expect(customElements.get('registry-booking')).to.equal(undefined);
      // No empty room reserved for what will not come; marked as the widgets mark themselves.
      for (const widget of container.querySelectorAll('registry-booking')) {
        expect(widget.getAttribute('state'), widget.id).to.equal('fallback');
        expect(getComputedStyle(widget).minHeight, widget.id).to.be.oneOf(['0px', 'auto']);
      }
    } finally {
      container.remove();
      document.cookie = 'civic-module-fault=; path=/; max-age=0';
      // The browser's cache would keep the failed answer for the next test file's page.
      await fetch(MODULE, { cache: 'reload' });
    }
  });
});
