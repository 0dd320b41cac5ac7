import { expect } from '@open-wc/testing';
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
      expect(customElements.get(tag), tag).to.equal(undefined);
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
