// The autoloader (src/civic-widgets.ts) loads a widget far down the page when the citizen
// scrolls near it. A keyboard user can reach the widget's fallback content before its module
// has arrived: when the widget then draws itself, that content is no longer shown, and the
// focus must not be lost with it. A file of its own: the tag must still be undefined here.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { uniqueUrl } from './helpers.js';

describe('the autoloader and the keyboard focus', () => {
  it('gives the focus back to the fallback link when the widget shows its fallback', async () => {
    // Given a form finder whose endpoint fails, with the editor's fallback phone link (a tag
    // no other test in this file loads: it must still be undefined)
    await import('../src/civic-widgets.js');
    const container = document.createElement('div');
    container.innerHTML = `<div style="height: ${3 * innerHeight}px"></div>
      <form-finder endpoint="${uniqueUrl('/api/forms', { fault: '500' })}" refresh="0">
        <p slot="fallback">Formulare: <a href="tel:+4923242040">(02324) 204 0</a></p>
      </form-finder>`;
    document.body.append(container);
    const el = container.querySelector('form-finder')!;
    expect(Boolean(customElements.get('form-finder')), 'loaded before').to.equal(false);
    const link = container.querySelector('a')!;

    // When a keyboard user is on the link while the widget loads and then gives up
    link.focus();
    expect(document.activeElement === link, 'on the link before').to.equal(true);
    await waitUntil(() => el.getAttribute('state') === 'fallback', 'the widget gave up', {
      timeout: 15_000,
    });
    await el.updateComplete;
    await nextFrame();

    // Then the link is shown again and has the focus
    expect(link.getClientRects().length, 'the fallback link is shown').to.be.greaterThan(0);
    expect(document.activeElement === link, 'the link has the focus').to.equal(true);
    container.remove();
    scrollTo(0, 0);
  });

  it('loads every widget still waiting far down at the first Tab, so Tab does not pass over it', async () => {
    // Given a booking widget three screens down, waiting to be scrolled to
    await import('../src/civic-widgets.js');
    const container = document.createElement('div');
    // (Tab goes from the first button to the second: the focus stays in the page. Leaving it,
    // Firefox sent the keys of later test files to its own window.)
    container.innerHTML = `<button type="button">Vorher</button><button type="button">Weiter</button>
      <div style="height: ${3 * innerHeight}px"></div>
      <registry-booking endpoint="${uniqueUrl('/api/registry')}"></registry-booking>`;
    document.body.append(container);
    const el = container.querySelector('registry-booking')!;
    // (the page has looked at where it is: an observer like the autoloader's has answered)
    await new Promise<void>((resolve) => {
      const observer = new IntersectionObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(el);
    });
    expect(Boolean(customElements.get('registry-booking')), 'loaded before').to.equal(false);

    // When a keyboard user presses Tab, far above the widget
    container.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });

    // Then the widget loads without being scrolled to, and has controls for Tab to reach
    await waitUntil(() => el.getAttribute('state') === 'ready', 'the widget is ready', {
      timeout: 10_000,
    });
    expect(el.getBoundingClientRect().top, 'still far down').to.be.greaterThan(innerHeight);
    expect(el.shadowRoot!.querySelector('button, select, input, a[href]')).to.exist;
    expect(document.activeElement?.textContent).to.equal('Weiter');
    container.remove();
  });

  it("moves the focus from the fallback link to the widget's heading when the widget draws itself", async () => {
    // (Last in this file: its Tab press makes the autoloader load everything at once, which
    // the tests before must not meet. The module still arrives after the link has the focus.)
    // Given a defect reporter three screens down, with the editor's fallback phone link
    await import('../src/civic-widgets.js');
    const container = document.createElement('div');
    container.innerHTML = `<div style="height: ${3 * innerHeight}px"></div>
      <defect-reporter endpoint="${uniqueUrl('/api/defects/config')}">
        <p slot="fallback">Mängel: <a href="tel:+49232420430">(02324) 204 3030</a></p>
      </defect-reporter>
      <button type="button">Danach</button>`;
    document.body.append(container);
    const el = container.querySelector('defect-reporter')!;
    const link = container.querySelector('a')!;
    expect(Boolean(customElements.get('defect-reporter')), 'loaded before').to.equal(false);

    // When a keyboard user tabs to the link (the page scrolls to it) and the widget loads
    link.focus();
    expect(document.activeElement === link, 'on the link before').to.equal(true);
    await waitUntil(() => el.getAttribute('state') === 'ready', 'the widget is ready', {
      timeout: 10_000,
    });
    await waitUntil(() => document.activeElement !== link, 'the focus moved', { timeout: 5000 });

    // Then the link is no longer shown, and the focus is on the widget's heading: a screen
    // reader says where the citizen is
    expect(link.getClientRects().length, 'the fallback link is shown').to.equal(0);
    expect(document.activeElement === el, 'the focus is in the widget').to.equal(true);
    const heading = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(heading?.getAttribute('role')).to.equal('heading');
    expect(heading?.textContent?.trim()).to.equal('Mangel melden');
    // and Tab goes on inside the widget, to its first control
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === el, 'Tab stays in the widget').to.equal(true);
    expect(el.shadowRoot!.activeElement === heading, 'still on the heading').to.equal(false);
    // and the heading gives its tabindex back once the focus has moved on
    expect(heading?.hasAttribute('tabindex')).to.equal(false);
    container.remove();
    scrollTo(0, 0);
  });
});
