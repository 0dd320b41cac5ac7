// Helpers shared by the <registry-booking> tests: the widget against the mock back end
// (demo/mock/registry-booking.mjs) and the steps a citizen takes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/registry-booking/registry-booking.define.js';
import { shadow, shadowAll, uniqueUrl, waitForState } from '../helpers.js';
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
  month?: string | null;
  timeout?: number;
  extra?: TemplateResult;
  preselect?: string;
}

export async function widget(options: Options = {}): Promise<RegistryBooking> {
  const endpoint = uniqueUrl('/api/registry', options.params);
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

export async function chooseService(el: RegistryBooking, id: string): Promise<void> {
  shadow<HTMLInputElement>(el, `input[name="service"][value="${id}"]`)!.click();
  await el.updateComplete;
}

/** Waits until the month's slots are on screen (or their problem/empty notice). */
export async function slotsShown(el: Element): Promise<void> {
  await waitUntil(
    () =>
      shadow(el, '[part="calendar"]') &&
      !shadow(el, '[part="calendar"] .loading') &&
      (shadowAll(el, '.day.free').length > 0 ||
        shadow(el, '[part="calendar"] .empty') ||
        shadow(el, '[part="calendar"] [part="error"]')),
    'slots never shown',
    { timeout: 8000 },
  );
  await (el as RegistryBooking).updateComplete;
}

export const day = (el: Element, iso: string) =>
  shadow<HTMLButtonElement>(el, `[data-day="${iso}"]`)!;

export async function pickDay(el: Element, iso: string): Promise<void> {
  day(el, iso).click();
  await (el as RegistryBooking).updateComplete;
}

export async function pickTime(el: Element, slotId: string): Promise<void> {
  shadow<HTMLInputElement>(el, `input[name="slot"][value="${slotId}"]`)!.click();
  await (el as RegistryBooking).updateComplete;
  await waitUntil(() => shadow(el, '[part="form"]'), 'the form never came', { timeout: 8000 });
  await (el as RegistryBooking).updateComplete;
}

export function fill(el: RegistryBooking, values: Record<string, string | boolean>): void {
  for (const [name, value] of Object.entries(values)) {
    const input = shadow<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`)!;
    if (typeof value === 'boolean') {
      if ((input as HTMLInputElement).checked !== value) (input as HTMLInputElement).click();
    } else {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }
}

export const anna = {
  name: 'Anna Beispiel',
  email: 'anna@example.org',
  phone: '02324 12345',
  consent: true,
};

/** Chooses service, day and time and fills the form. */
export async function upToForm(
  el: RegistryBooking,
  service: string,
  iso: string,
  slotId: string,
  values: Record<string, string | boolean> = anna,
): Promise<void> {
  await chooseService(el, service);
  await slotsShown(el);
  await pickDay(el, iso);
  await pickTime(el, slotId);
  fill(el, values);
  await el.updateComplete;
}

export async function submit(el: RegistryBooking): Promise<void> {
  shadow<HTMLButtonElement>(el, '[part="submit"]')!.click();
  await el.updateComplete;
}

/** The problem box the citizen sees at the times or in the form, once it is there. */
export async function problemIn(el: RegistryBooking, part: 'times' | 'form'): Promise<HTMLElement> {
  const selector = `[part="${part}"] [part="error"]`;
  await waitUntil(() => shadow(el, selector), `no problem shown in the ${part}`, { timeout: 8000 });
  await el.updateComplete;
  return shadow<HTMLElement>(el, selector)!;
}

export async function confirmed(el: RegistryBooking): Promise<HTMLElement> {
  await waitUntil(() => shadow(el, '[part="confirmation"]'), 'no confirmation', { timeout: 8000 });
  await el.updateComplete;
  return shadow<HTMLElement>(el, '[part="confirmation"]')!;
}

export async function bookingsOf(
  run: string,
): Promise<{ key: string; attempts: number; slot: string; code: string }[]> {
  const res = await fetch(`/api/registry/bookings?run=${encodeURIComponent(run)}`);
  return (await res.json()).bookings;
}

/** Compares nodes by identity (chai would try to print whole DOM trees on failure). */
export function expectFocused(el: RegistryBooking, node: Element): void {
  const active = el.shadowRoot!.activeElement;
  expect(active === node, `focus is on ${active?.outerHTML.slice(0, 80) ?? 'nothing'}`).to.equal(
    true,
  );
}

export const monthTitle = (el: RegistryBooking) => shadow(el, '#month-title')!.textContent!.trim();
