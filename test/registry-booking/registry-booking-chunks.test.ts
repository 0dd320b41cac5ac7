// <registry-booking> when one of its own lazy modules cannot be loaded (a broken deploy, the
// network gone after the page came). A file of its own: browsers keep a module as loaded, or as
// failed, for the page's life, so no other test may have asked for these before.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  clearCivicStorage,
  shadow,
  shadowAll,
  shadowText,
  uniqueUrl,
  waitForState,
} from '../helpers.js';
import { contact, MONTH, ready } from './registry-booking-helpers.js';
import type { RegistryBooking } from '../../src/registry-booking/registry-booking.js';
import { chooseService, pickDay, slotsShown } from './registry-booking-steps.js';

/** The test server answers 404 for the library's module `name` while the cookie is set. */
async function failModule(name: string, path: string): Promise<() => Promise<void>> {
  document.cookie = `civic-module-fault=${name}; path=/`;
  // The browser's cache may hold the module from an earlier test file's page.
  await fetch(path, { cache: 'reload' });
  return async () => {
    document.cookie = 'civic-module-fault=; path=/; max-age=0';
    // The browser's cache keeps the failed answer for the next test file's page otherwise.
    await fetch(path, { cache: 'reload' });
  };
}

/** Counts the widget's warnings that `what` could not be loaded. */
function countWarnings(what: string): { count: () => number; stop: () => void } {
  const original = console.warn;
  let count = 0;
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).includes(`could not load ${what}`)) count++;
    original.apply(console, args);
  };
  return { count: () => count, stop: () => (console.warn = original) };
}

/**
 * Once the failure is said: a render asks for nothing (the module was asked for before every
 * render, each failure asking for a render: "Wird geladen …" for ever, the page's thread busy),
 * and the citizen's retry (`retry`) asks once.
 */
async function expectAskedOnlyByRetry(
  el: RegistryBooking,
  warnings: ReturnType<typeof countWarnings>,
  retry: HTMLButtonElement,
): Promise<void> {
  const failures = warnings.count();
  el.requestUpdate();
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  expect(warnings.count(), 'asked again without a retry').to.equal(failures);
  retry.click();
  await waitUntil(() => warnings.count() === failures + 1, 'the retry did not ask');
  await el.updateComplete;
}

describe('<registry-booking> when its form cannot be loaded', () => {
  beforeEach(() => clearCivicStorage());

  it('says so with the contact and a prepared e-mail, and asks again only when retried', async () => {
    const heal = await failModule('booking-step', '/src/registry-booking/booking-step.ts');
    const warnings = countWarnings('its form');
    try {
      const el = await ready();
      await chooseService(el, 'vaterschaft');
      await slotsShown(el);
      await pickDay(el, '2099-11-02');
      // The time chosen (pickTime would wait for the form).
      shadow<HTMLInputElement>(
        el,
        'input[name="slot"][value="vaterschaft-2099-11-02-0900"]',
      )!.click();
      await waitUntil(
        () => shadowText(el).includes('Das Buchungsformular konnte nicht geladen werden'),
        'the problem was not shown',
      );
      expect(shadow(el, '[part="error"] a[href^="tel:"]'), 'the phone').to.exist;
      expect(shadow(el, '[part="error"] a[href^="mailto:"]'), 'the e-mail').to.exist;
      // The retry asks once more (the browser answers with the failure it keeps); the problem
      // stays said, never "Wird geladen …" for ever.
      const retry = shadowAll<HTMLButtonElement>(el, '[part="error"] button').find((button) =>
        button.textContent!.includes('Erneut versuchen'),
      )!;
      await expectAskedOnlyByRetry(el, warnings, retry);
      expect(shadowText(el)).to.contain('Das Buchungsformular konnte nicht geladen werden');
      expect(shadowText(el)).not.to.contain('Wird geladen');
    } finally {
      warnings.stop();
      await heal();
    }
  });
});

describe('<registry-booking api="zms"> when the captcha cannot be loaded', () => {
  beforeEach(() => clearCivicStorage());

  it('says so with the contact, and asks again only when retried', async () => {
    const heal = await failModule('zms-captcha', '/src/registry-booking/zms-captcha.ts');
    const warnings = countWarnings('its captcha');
    try {
      const el = await fixture<RegistryBooking>(
        html`<registry-booking
          api="zms"
          endpoint=${uniqueUrl('/api/citizen/', { zms: 'captcha' })}
          month=${MONTH}
          contact-name=${contact.name}
          contact-phone=${contact.phone}
        ></registry-booking>`,
      );
      await waitForState(el, 'ready');
      // The Bürgerbüro im Rathaus, whose scope asks for a captcha (demo/mock/zms-citizen-api.mjs).
      shadow<HTMLInputElement>(el, 'input[name="service"][value="1063453"]')!.click();
      await el.updateComplete;
      shadow<HTMLInputElement>(el, 'input[name="place"][value="10001"]')!.click();
      await waitUntil(() => shadow(el, '[part="error"]'), 'the problem was not shown');
      expect(shadow(el, '[part="error"] a[href^="tel:"]'), 'the phone').to.exist;
      await expectAskedOnlyByRetry(
        el,
        warnings,
        shadow<HTMLButtonElement>(el, '[part="error"] button')!,
      );
      expect(shadow(el, '[part="error"]'), 'the problem stays said').to.exist;
    } finally {
      warnings.stop();
      await heal();
    }
  });
});

describe('<registry-booking> opened from a link when the appointment view cannot be loaded', () => {
  beforeEach(() => clearCivicStorage());

  it('says so above the booking, with the contact and a retry, instead of nothing', async () => {
    const heal = await failModule('appointment-view', '/src/registry-booking/appointment-view.ts');
    const page = `${location.pathname}${location.search}`;
    history.replaceState(null, '', `${page}#/booking/ST-1/t-1`);
    try {
      const el = await ready({ params: { manage: '1' } });
      await waitUntil(
        () => shadow(el, '[part="error"]'),
        'the link’s failure was not said (the booking start alone)',
      );
      expect(shadow(el, '[part="error"]')!.textContent).to.contain(
        'Die Terminbuchung ist gerade nicht erreichbar',
      );
      expect(shadow(el, '[part="error"] a[href^="tel:"]'), 'the phone').to.exist;
      expect(shadow(el, '[part="error"] button')!.textContent).to.contain('Erneut versuchen');
      expect(shadow(el, '#booking-title'), 'the booking below').to.exist;
    } finally {
      history.replaceState(null, '', page);
      await heal();
    }
  });
});
