import { expect, waitUntil } from '@open-wc/testing';
import { clearCivicStorage, shadow, shadowText, uniqueUrl, waitForState } from './helpers.js';

// The autoloader (dist/civic-widgets.js): one script tag, and only the elements a page uses load.
// It is imported in the first test, after the page already holds a widget, as on a CMS page.

/** Adds `markup` to the page, as a CMS inserts a content element or opens a tab. */
function insert(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  return container;
}

describe('the autoloader (civic-widgets.js)', () => {
  beforeEach(() => clearCivicStorage());

  it('defines the elements in the page, and only those', async () => {
    // Given a page that holds one <service-status> and no other widget
    const container = insert(
      `<service-status endpoint="${uniqueUrl('/api/service-status')}" refresh="0"></service-status>`,
    );
    expect(customElements.get('service-status')).to.equal(undefined);
    // When the autoloader runs
    await import('../src/civic-widgets.js');
    // Then the widget upgrades and shows its data
    const el = container.querySelector('service-status')!;
    await waitForState(el, 'ready');
    expect(shadowText(el)).to.contain('Serviceportal');
    // and the elements the page does not use were never loaded
    for (const tag of ['form-finder', 'defect-reporter', 'registry-booking', 'city-services']) {
      expect(Boolean(customElements.get(tag)), `${tag} defined`).to.equal(false);
    }
    container.remove();
  });

  it('loads a widget added later, nested in markup a CMS inserts', async () => {
    // Given the autoloader running and no <form-finder> defined
    await import('../src/civic-widgets.js');
    expect(customElements.get('form-finder')).to.equal(undefined);
    // When a tab with a form finder opens
    const container = insert(
      `<section><h2>Formulare</h2><form-finder endpoint="${uniqueUrl('/api/forms')}"></form-finder></section>`,
    );
    // Then the finder is defined and shows the catalogue
    const el = container.querySelector('form-finder')!;
    await waitForState(el, 'ready');
    expect(shadow(el, 'input')).to.exist;
    container.remove();
  });

  it('joins <city-services> and a widget loaded together, whichever is defined first', async () => {
    // Given a page section with page-wide contact and a widget whose endpoint fails
    await import('../src/civic-widgets.js');
    const container = insert(
      `<city-services contact-phone="(02324) 204 0" refresh="0">
        <defect-reporter endpoint="${uniqueUrl('/api/defects/config', { fault: '500' })}"></defect-reporter>
      </city-services>`,
    );
    // When both load in parallel
    const el = container.querySelector('defect-reporter')!;
    await waitForState(el, 'fallback');
    // Then the widget's fallback gives the page-wide phone number (once <city-services> is defined)
    await customElements.whenDefined('city-services');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const phone = shadow(el, '[part="fallback"] a[href^="tel:"]');
    expect(phone?.getAttribute('href')).to.equal('tel:023242040');
    expect(phone?.textContent).to.contain('(02324) 204 0');
    container.remove();
  });

  it('loads a widget far down the page when the citizen scrolls near it, not before', async () => {
    // Given the autoloader running and, three screens down, a <report-status>
    await import('../src/civic-widgets.js');
    const container = insert(
      `<div style="height: ${3 * innerHeight}px"></div>
      <report-status endpoint="${uniqueUrl('/api/defects/config', { variant: 'map,status' })}"></report-status>`,
    );
    const el = container.querySelector('report-status')!;
    // When the page has looked at where it is (an observer like the autoloader's has answered,
    // after the autoloader's) and a load started then would have had time to finish
    const seen = await new Promise<IntersectionObserverEntry>((resolve) => {
      const observer = new IntersectionObserver(
        ([entry]) => {
          observer.disconnect();
          resolve(entry!);
        },
        { rootMargin: '50% 0px' },
      );
      observer.observe(el);
    });
    expect(seen.isIntersecting, 'the widget is more than half a screen away').to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Then its module has not loaded: it keeps its reserved space
    // (a boolean: chai's message for a failing class would list the whole class)
    expect(Boolean(customElements.get('report-status')), 'report-status defined').to.equal(false);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    // When the citizen scrolls to it, it loads and shows the form to look a report up
    el.scrollIntoView();
    await waitUntil(() => customElements.get('report-status'), 'report-status defined', {
      timeout: 10_000,
    });
    await waitForState(el, 'ready');
    expect(shadow(el, 'input')).to.exist;
    container.remove();
    scrollTo(0, 0);
  });

  it('loads a widget marked loading="eager" at once, wherever it is', async () => {
    await import('../src/civic-widgets.js');
    const container = insert(
      `<div style="height: ${3 * innerHeight}px"></div>
      <registry-booking loading="eager" endpoint="${uniqueUrl('/api/registry')}"></registry-booking>`,
    );
    const el = container.querySelector('registry-booking')!;
    await waitForState(el, 'ready');
    expect(el.getBoundingClientRect().top, 'still far down').to.be.greaterThan(2 * innerHeight);
    container.remove();
  });

  it('imports each element once and names a tag it does not know', async () => {
    const { loadElement } = await import('../src/civic-widgets.js');
    expect(loadElement('registry-booking')).to.equal(loadElement('registry-booking'));
    await loadElement('registry-booking');
    expect(customElements.get('registry-booking')).to.exist;
    let error: unknown;
    await loadElement('city-service').catch((caught: unknown) => (error = caught));
    expect(String(error)).to.contain('<city-service> is not an element of this library');
  });
});
