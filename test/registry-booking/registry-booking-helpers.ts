// Helpers shared by the <registry-booking> tests: the widget against the mock back end
// (demo/mock/registry-booking.mjs), the citizen who books, and what the mock received.
// The steps a citizen takes are in registry-booking-steps.ts.
import { fixture, html } from '@open-wc/testing';
import '../../src/registry-booking/registry-booking.define.js';
import { uniqueUrl, waitForState } from '../helpers.js';
import type { TemplateResult } from 'lit';
import type { RegistryBooking } from '../../src/registry-booking/registry-booking.js';

// November 2099 in the mock (Europe/Berlin, +01:00): 1 Nov is a Sunday; Monday to Friday 8–12
// Uhr; the 6th, 12th, 18th, 24th and 30th are fully booked. "vaterschaft" (booking, 30 min):
// Monday 2 Nov has 6 free slots: 08:00, 09:00, 09:30, 10:00, 10:30, 11:30.
// "eheschliessung" (reservation, 45 min, hold 40 days): 2 Nov free at 08:00, 09:30, 10:15, 11:00.
export const MONTH = '2099-11';

export const contact = {
  name: 'Bürgerbüro',
  phone: '(02324) 204 0',
  email: 'buergerbuero@example.org',
  hours: 'Mo–Fr 8–12 Uhr',
};

export interface Options {
  params?: Record<string, string>;
  /** The endpoint of an earlier widget (the same test run in the mock): a reload of its page. */
  endpoint?: string;
  month?: string | null;
  timeout?: number;
  extra?: TemplateResult;
  preselect?: string;
}

export async function widget(options: Options = {}): Promise<RegistryBooking> {
  const endpoint = options.endpoint ?? uniqueUrl('/api/registry', options.params);
  const month = options.month === null ? undefined : (options.month ?? MONTH);
  return fixture<RegistryBooking>(
    html`<registry-booking
      endpoint=${endpoint}
      month=${month ?? ''}
      preselect=${options.preselect ?? ''}
      timeout=${options.timeout ?? 4000}
      contact-name=${contact.name}
      contact-phone=${contact.phone}
      contact-email=${contact.email}
      contact-hours=${contact.hours}
      >${options.extra ?? ''}</registry-booking
    >`,
  );
}

export const runOf = (el: RegistryBooking) =>
  new URL(el.endpoint!, location.href).searchParams.get('run')!;

export async function ready(options: Options = {}): Promise<RegistryBooking> {
  const el = await widget(options);
  await waitForState(el, 'ready');
  return el;
}

export const anna = {
  name: 'Anna Beispiel',
  email: 'anna@example.org',
  phone: '02324 12345',
  consent: true,
};

export async function bookingsOf(
  run: string,
): Promise<{ key: string; attempts: number; slot: string; code: string }[]> {
  const res = await fetch(`/api/registry/bookings?run=${encodeURIComponent(run)}`);
  return (await res.json()).bookings;
}
