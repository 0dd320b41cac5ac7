// <registry-booking> when one of its lazy modules (the form, the ZMS captcha, what an appointment
// link opens) neither comes nor fails (a stalled connection). The element is loaded from the
// test server's fresh-sources path (web-test-runner.config.mjs): browsers keep scripts of earlier
// test files' pages in memory, and the module would not be asked for again. So this file uses no
// helper that loads the element from src/.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  clearCivicStorage,
  importFresh,
  shadow,
  shadowAll,
  shadowText,
  stallModule,
  uniqueUrl,
  waitForState,
} from '../helpers.js';
import type { RegistryBooking } from '../../src/registry-booking/registry-booking.js';

describe('<registry-booking> when one of its modules stalls', () => {
  before(() => importFresh('registry-booking/registry-booking.define.ts'));
  beforeEach(() => clearCivicStorage());

  it('says so after twice its timeout, with the contact, and a retry gets the form once it came', async () => {
    const stall = stallModule('booking-step');
    try {
      const el = await fixture<RegistryBooking>(
        html`<registry-booking
          endpoint=${uniqueUrl('/api/registry')}
          month="2099-11"
          timeout="2000"
          contact-phone="(02324) 204 0"
          contact-email="buergerbuero@example.org"
        ></registry-booking>`,
      );
      await waitForState(el, 'ready');
      shadow<HTMLInputElement>(el, 'input[name="service"][value="vaterschaft"]')!.click();
      // The month's times are there (the day is free), as the citizen sees them.
      await waitUntil(() => shadow(el, '.day.free[data-day="2099-11-02"]'), 'no free day', {
        timeout: 8000,
      });
      shadow<HTMLButtonElement>(el, '[data-day="2099-11-02"]')!.click();
      const time = () =>
        shadow<HTMLInputElement>(el, 'input[name="slot"][value="vaterschaft-2099-11-02-0900"]');
      await waitUntil(time, 'no time to choose');
      time()!.click();
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Wird geladen');
      await waitUntil(
        () => shadowText(el).includes('Das Buchungsformular konnte nicht geladen werden'),
        'still loading',
        { timeout: 10_000 },
      );
      expect(shadowText(el)).not.to.contain('Wird geladen');
      expect(shadow(el, '[part="error"] a[href^="tel:"]'), 'the phone').to.exist;
      // The module comes after all: the citizen's retry gets the form.
      await stall.release();
      shadowAll<HTMLButtonElement>(el, '[part="error"] button')
        .find((button) => button.textContent!.includes('Erneut versuchen'))!
        .click();
      await waitUntil(() => shadow(el, '[part="form"]'), 'the form never came', { timeout: 8000 });
    } finally {
      await stall.release();
    }
  });

  it('says the captcha (ZMS) could not be loaded after twice its timeout, and a retry gets it once it came', async () => {
    const stall = stallModule('zms-captcha');
    try {
      const el = await fixture<RegistryBooking>(
        html`<registry-booking
          api="zms"
          endpoint=${uniqueUrl('/api/citizen/', { zms: 'captcha' })}
          month="2099-11"
          timeout="2000"
          contact-phone="(02324) 204 0"
        ></registry-booking>`,
      );
      await waitForState(el, 'ready');
      // The Bürgerbüro im Rathaus, whose scope asks for a captcha (demo/mock/zms-citizen-api.mjs).
      shadow<HTMLInputElement>(el, 'input[name="service"][value="1063453"]')!.click();
      await el.updateComplete;
      shadow<HTMLInputElement>(el, 'input[name="place"][value="10001"]')!.click();
      await el.updateComplete;
      await waitUntil(() => shadow(el, '[part="error"]'), 'still loading', { timeout: 10_000 });
      expect(shadow(el, '[part="error"] a[href^="tel:"]'), 'the phone').to.exist;
      await stall.release();
      shadow<HTMLButtonElement>(el, '[part="error"] button')!.click();
      await waitUntil(() => !shadow(el, '[part="error"]'), 'the captcha never came', {
        timeout: 8000,
      });
    } finally {
      await stall.release();
    }
  });

  it('says an appointment link could not be opened after twice its timeout, instead of nothing', async () => {
    const stall = stallModule('appointment-link');
    const page = `${location.pathname}${location.search}`;
    history.replaceState(null, '', `${page}#/booking/ST-1/t-1`);
    try {
      const el = await fixture<RegistryBooking>(
        html`<registry-booking
          endpoint=${uniqueUrl('/api/registry', { manage: '1' })}
          month="2099-11"
          timeout="2000"
          contact-phone="(02324) 204 0"
        ></registry-booking>`,
      );
      await waitForState(el, 'ready');
      await waitUntil(() => shadow(el, '[part="error"]'), 'the link’s stall was not said', {
        timeout: 10_000,
      });
      expect(shadow(el, '[part="error"]')!.textContent).to.contain(
        'Die Terminbuchung ist gerade nicht erreichbar',
      );
      expect(shadow(el, '#booking-title'), 'the booking below').to.exist;
    } finally {
      history.replaceState(null, '', page);
      await stall.release();
    }
  });
});
