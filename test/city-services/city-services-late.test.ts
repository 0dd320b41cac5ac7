import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// Only the widget is defined at first: <city-services> arrives later, as on a CMS page that
// loads its scripts in another order.
import '../../src/service-status/service-status.define.js';
import { clearCivicStorage, shadow, uniqueUrl } from '../helpers.js';
import { statusWidgetIn } from './city-services-helpers.js';

describe('<city-services> defined after the widgets', () => {
  beforeEach(() => clearCivicStorage());

  it('still reaches them: contact and service status', async () => {
    const root = await fixture(
      html`<city-services
        status-endpoint=${uniqueUrl('/api/service-status')}
        contact-phone="(02324) 204 0"
        refresh="0"
      >
        <service-status
          service="standesamt"
          endpoint=${uniqueUrl('/api/service-status', { fault: '500' })}
          refresh="0"
        ></service-status>
      </city-services>`,
    );
    const el = await statusWidgetIn(root, 'fallback');
    expect(customElements.get('city-services')).to.equal(undefined);
    expect(shadow(el, 'a[href^="tel:"]')).to.equal(null);

    await import('../../src/city-services/city-services.define.js');

    await waitUntil(() => shadow(el, 'a[href="tel:023242040"]'), 'late contact never arrived');
    await waitUntil(() => shadow(el, '[part="service-notice"]'), 'late status never arrived');
    expect(shadow(el, '[part="service-notice"]')!.textContent).to.contain('Standesamt');
  });
});
