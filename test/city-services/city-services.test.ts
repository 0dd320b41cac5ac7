import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/city-services/city-services.define.js';
import '../../src/service-status/service-status.define.js';
import { clearCivicStorage, shadow, shadowText, uniqueUrl } from '../helpers.js';
import { statusWidgetIn } from './city-services-helpers.js';

describe('<city-services>', () => {
  beforeEach(() => clearCivicStorage());

  describe('when a widget depends on an impaired service', () => {
    it('says so before anything else', async () => {
      const root = await fixture(
        html`<city-services status-endpoint=${uniqueUrl('/api/service-status')} refresh="0">
          <service-status
            service="serviceportal"
            .data=${{ services: [{ id: 'x', name: 'Bibliothek', status: 'operational' }] }}
            refresh="0"
          ></service-status>
        </city-services>`,
      );
      const el = await statusWidgetIn(root, 'ready');
      await waitUntil(() => shadow(el, '[part="service-notice"]'), 'no service notice');
      const notice = shadow(el, '[part="service-notice"]')!;
      expect(notice.textContent).to.contain('Serviceportal: Gestört.');
      // the notice comes first in the widget
      expect(shadow(el, '[part="base"]')!.firstElementChild).to.equal(notice);
      await expect(el).to.be.accessible();
    });

    it('shows no notice for an operational service', async () => {
      const data = { services: [{ id: 'bibliothek', name: 'Bibliothek', status: 'operational' }] };
      const root = await fixture(
        html`<city-services status-endpoint=${uniqueUrl('/api/service-status')} refresh="0">
          <service-status service="homepage" .data=${data} refresh="0"></service-status>
          <service-status service="serviceportal" .data=${data} refresh="0"></service-status>
        </city-services>`,
      );
      const el = await statusWidgetIn(root, 'ready');
      // The page-wide status has arrived once the impaired portal's notice shows next door.
      const neighbour = root.querySelectorAll('service-status')[1]!;
      await waitUntil(() => shadow(neighbour, '[part="service-notice"]'), 'no status arrived', {
        timeout: 5000,
      });
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(shadow(el, '[part="service-notice"]')).to.equal(null);
    });
  });

  describe('when a widget names a service the status file does not list', () => {
    it('warns once in the console, naming it (a name for the id would hide an outage)', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        if (String(args[0]).includes('<city-services>')) warnings.push(String(args[0]));
        else warn(...args);
      };
      try {
        const data = { services: [{ id: 'x', name: 'Bibliothek', status: 'operational' }] };
        const root = await fixture<HTMLElement & { statusEndpoint: string }>(
          html`<city-services status-endpoint=${uniqueUrl('/api/service-status')} refresh="0">
            <service-status service="Serviceportal" .data=${data} refresh="0"></service-status>
            <service-status service="serviceportal" .data=${data} refresh="0"></service-status>
          </city-services>`,
        );
        const known = root.querySelectorAll('service-status')[1]!;
        await waitUntil(() => shadow(known, '[part="service-notice"]'), 'no status arrived', {
          timeout: 5000,
        });
        expect(warnings).to.deep.equal([
          'civic-widgets: <city-services>: service "Serviceportal" is not in the status file; no notice is shown for it',
        ]);
        // The same file again (as a poll brings it): not said again.
        const provided = () => (root as unknown as { value: { statuses: unknown } }).value.statuses;
        const before = provided();
        root.statusEndpoint = uniqueUrl('/api/service-status');
        await waitUntil(() => provided() !== before, 'the file was not read again', {
          timeout: 5000,
        });
        expect(warnings).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('when the status file lists a service twice', () => {
    /** A status file of these services at a blob URL, as a server would answer it. */
    const statusFile = (services: unknown[]): string =>
      URL.createObjectURL(new Blob([JSON.stringify({ services })], { type: 'application/json' }));

    // The editor's copy and paste: an outage listed first must not be hidden by the copy after
    // it, nor by one before it.
    for (const [order, statuses] of [
      ['the outage first', ['major_outage', 'operational']],
      ['the outage last', ['operational', 'major_outage']],
    ] as const) {
      it(`keeps the worse status (${order})`, async () => {
        const url = statusFile(
          statuses.map((status) => ({ id: 'serviceportal', name: 'Serviceportal', status })),
        );
        const root = await fixture(
          html`<city-services status-endpoint=${url} refresh="0">
            <service-status
              service="serviceportal"
              .data=${{ services: [{ id: 'x', name: 'Bibliothek', status: 'operational' }] }}
              refresh="0"
            ></service-status>
          </city-services>`,
        );
        const el = await statusWidgetIn(root, 'ready');
        await waitUntil(() => shadow(el, '[part="service-notice"]'), 'no service notice');
        expect(shadow(el, '[part="service-notice"]')!.textContent).to.contain(
          'Serviceportal: Gestört.',
        );
        URL.revokeObjectURL(url);
      });
    }
  });

  describe('when a widget has no contact of its own', () => {
    it('gives the page-wide contact to its fallback', async () => {
      const root = await fixture(
        html`<city-services
          contact-name="Bürgerbüro"
          contact-phone="(02324) 204 0"
          contact-email="buergerbuero@example.org"
          contact-hours="Mo–Fr 8–12 Uhr"
        >
          <service-status
            endpoint=${uniqueUrl('/api/service-status', { fault: '500' })}
            refresh="0"
          ></service-status>
        </city-services>`,
      );
      const el = await statusWidgetIn(root, 'fallback');
      expect(shadowText(el)).to.contain('Bürgerbüro').and.contain('Mo–Fr 8–12 Uhr');
      expect(shadow(el, 'a[href="mailto:buergerbuero@example.org"]')).to.exist;
    });

    it('lets the widget’s own attributes win', async () => {
      const root = await fixture(
        html`<city-services contact-phone="(02324) 204 0">
          <service-status
            endpoint=${uniqueUrl('/api/service-status', { fault: '500' })}
            contact-phone="(02324) 204 3030"
            refresh="0"
          ></service-status>
        </city-services>`,
      );
      const el = await statusWidgetIn(root, 'fallback');
      expect(shadow(el, 'a[href="tel:023242043030"]')).to.exist;
      expect(shadow(el, 'a[href="tel:023242040"]')).to.equal(null);
    });
  });

  describe('when its status endpoint fails', () => {
    it('does not break the widgets inside', async () => {
      const root = await fixture(
        html`<city-services
          status-endpoint=${uniqueUrl('/api/service-status', { fault: 'hang' })}
          timeout="500"
          refresh="0"
        >
          <service-status
            service="serviceportal"
            endpoint=${uniqueUrl('/api/service-status')}
            refresh="0"
          ></service-status>
        </city-services>`,
      );
      const el = await statusWidgetIn(root, 'ready');
      expect(shadow(el, '[part="service-notice"]')).to.equal(null);
    });
  });
});
