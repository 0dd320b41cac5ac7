// The steps a citizen takes in <registry-booking>, and what they see, shared by its tests.
import { expect, waitUntil } from '@open-wc/testing';
import { shadow, shadowAll } from '../helpers.js';
import { anna } from './registry-booking-helpers.js';
import type { RegistryBooking } from '../../src/registry-booking/registry-booking.js';

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

/** Chooses service, day and time, fills the form and sends it; the confirmation once shown. */
export async function book(
  el: RegistryBooking,
  service: string,
  iso: string,
  slotId: string,
): Promise<HTMLElement> {
  await upToForm(el, service, iso, slotId);
  await submit(el);
  return confirmed(el);
}

/** Chooses service, day and time, fills the form and sends it; the problem then shown in `part`. */
export async function sendUntilProblem(
  el: RegistryBooking,
  service: string,
  iso: string,
  slotId: string,
  part: 'times' | 'form',
): Promise<HTMLElement> {
  await upToForm(el, service, iso, slotId);
  await submit(el);
  return problemIn(el, part);
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

/** Compares nodes by identity (chai would try to print whole DOM trees on failure). */
export function expectFocused(el: RegistryBooking, node: Element): void {
  const active = el.shadowRoot!.activeElement;
  expect(active === node, `focus is on ${active?.outerHTML.slice(0, 80) ?? 'nothing'}`).to.equal(
    true,
  );
}

export const monthTitle = (el: RegistryBooking) => shadow(el, '#month-title')!.textContent!.trim();
