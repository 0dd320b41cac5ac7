// One announcement per status change per page (issue 11 §9): the README's own example puts a
// banner and a list in one <city-services>; every widget that shows a service notices each
// change of the status file, but a screen-reader user must hear it once.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/city-services/city-services.define.js';
import '../../src/service-status/service-status.define.js';
import '../../src/form-finder/form-finder.define.js';
import { clearCivicStorage, shadow, uniqueUrl, waitForState } from '../helpers.js';
import { mockFixture, payloadKey, payloadUrl, putPayload } from '../helpers-payload.js';
import type { ServiceStatus } from '../../src/service-status/service-status.js';

interface StatusFile {
  services: { id: string; status: string; message?: string | null }[];
}

const LIVE_REGIONS = '[aria-live], [role="status"], [role="alert"]';
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Every text any live region of the widgets in `root` comes to hold, in order. */
function recordAnnouncements(root: Element): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const lastText = new Map<Element, string>();
  const widgets = [...root.querySelectorAll('service-status, form-finder')];
  const collect = () => {
    for (const widget of widgets) {
      for (const region of widget.shadowRoot!.querySelectorAll(LIVE_REGIONS)) {
        const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text && text !== lastText.get(region)) texts.push(text);
        lastText.set(region, text);
      }
    }
  };
  collect();
  const observer = new MutationObserver(collect);
  for (const widget of widgets) {
    observer.observe(widget.shadowRoot!, { subtree: true, childList: true, characterData: true });
  }
  return { texts, stop: () => observer.disconnect() };
}

/**
 * The demo status file, served under a payload key of its own: change `portal` (the
 * Serviceportal's entry), then `publish()` it for the next poll.
 */
async function servedStatusFile(name: string) {
  const key = payloadKey(name);
  const file = await mockFixture<StatusFile>('service-status.json');
  const portal = file.services.find((service) => service.id === 'serviceportal')!;
  return { url: payloadUrl(key), portal, publish: () => putPayload(key, file) };
}

describe('status announcements on a page', () => {
  beforeEach(() => clearCivicStorage());

  describe('when a banner, a list and another widget show the same service', () => {
    it('announces a polled status change once per page', async () => {
      const { url, portal, publish } = await servedStatusFile('announce-once');
      portal.status = 'operational';
      portal.message = null;
      await publish();
      const page = await fixture<HTMLElement>(
        html`<div style="width: 1000px">
          <city-services status-endpoint=${url} refresh="1">
            <service-status variant="banner" endpoint=${url} refresh="1"></service-status>
            <form-finder service="serviceportal" endpoint=${uniqueUrl('/api/forms')}></form-finder>
            <service-status endpoint=${url} refresh="1"></service-status>
          </city-services>
        </div>`,
      );
      const [banner, list] = [...page.querySelectorAll<ServiceStatus>('service-status')];
      const finder = page.querySelector('form-finder')!;
      await Promise.all([
        waitForState(banner, 'ready'),
        waitForState(list, 'ready'),
        waitForState(finder, 'ready'),
      ]);
      const announcements = recordAnnouncements(page);

      const bannerChanged = oneEvent(banner, 'civic-status-change');
      const listChanged = oneEvent(list, 'civic-status-change');
      portal.status = 'major_outage';
      await publish();
      await Promise.all([bannerChanged, listChanged]);
      await waitUntil(
        () => shadow(finder, '[part="service-notice"]'),
        'the form finder shows the portal’s notice',
      );
      // announce() writes the text in the next frame; then each widget renders it.
      await nextFrame();
      await Promise.all([banner.updateComplete, list.updateComplete]);
      await nextFrame();
      announcements.stop();

      const aboutPortal = announcements.texts.filter((text) => text.includes('Serviceportal'));
      expect(aboutPortal).to.deep.equal(['Serviceportal ist jetzt: Gestört.']);
      // Both widgets still show the change and tell the page's scripts about it.
      expect(shadow(banner, '[part="list"]')!.textContent).to.contain('Serviceportal: Gestört.');
      expect(
        shadow(list, '[data-service="serviceportal"] [part="status"]')!.textContent!.trim(),
      ).to.equal('Gestört');
    });

    it('announces the change back once as well', async () => {
      const { url, portal, publish } = await servedStatusFile('announce-back');
      await publish();
      const page = await fixture<HTMLElement>(
        html`<div>
          <service-status variant="banner" endpoint=${url} refresh="1"></service-status>
          <service-status endpoint=${url} refresh="1"></service-status>
        </div>`,
      );
      const [banner, list] = [...page.querySelectorAll<ServiceStatus>('service-status')];
      await Promise.all([waitForState(banner, 'ready'), waitForState(list, 'ready')]);
      const announcements = recordAnnouncements(page);

      for (const status of ['operational', 'major_outage']) {
        const changed = [
          oneEvent(banner, 'civic-status-change'),
          oneEvent(list, 'civic-status-change'),
        ];
        portal.status = status;
        await publish();
        await Promise.all(changed);
        await nextFrame();
        await Promise.all([banner.updateComplete, list.updateComplete]);
        await nextFrame();
      }
      announcements.stop();
      expect(announcements.texts.filter((text) => text.includes('Serviceportal'))).to.deep.equal([
        'Serviceportal ist jetzt: In Betrieb.',
        'Serviceportal ist jetzt: Gestört.',
      ]);
    });
  });

  describe('when a widget comes to the page after an announcement', () => {
    it('announces the next change of what it shows, even to a status said before', async () => {
      const { url, portal, publish } = await servedStatusFile('announce-later');
      await publish();
      const listOnThePage = async () => {
        const widget = await fixture<ServiceStatus>(
          html`<service-status endpoint=${url} refresh="1"></service-status>`,
        );
        await waitForState(widget, 'ready');
        return widget;
      };
      /** Sets the portal's status, and waits until `widget` has polled and drawn it. */
      const changeTo = async (widget: ServiceStatus, status: string) => {
        const changed = oneEvent(widget, 'civic-status-change');
        portal.status = status;
        await publish();
        await changed;
        await nextFrame();
        await widget.updateComplete;
      };
      const announced = (widget: ServiceStatus) =>
        shadow(widget, '[aria-live="polite"]')!.textContent!.trim();

      const first = await listOnThePage();
      await changeTo(first, 'operational');
      expect(announced(first)).to.equal('Serviceportal ist jetzt: In Betrieb.');
      first.remove();
      // A tab of the CMS page shows a new list while the portal is down again.
      portal.status = 'major_outage';
      await publish();
      const later = await listOnThePage();
      await changeTo(later, 'operational');
      expect(announced(later)).to.equal('Serviceportal ist jetzt: In Betrieb.');
    });
  });
});
