// <registry-booking> with several offices in this library's own contract (`offices` in the
// configuration, `office` on slots and bookings; issue 16 §2). Configurations without `offices`
// keep working unchanged: every other test file of this folder runs one.
import { expect, waitUntil } from '@open-wc/testing';
import { clearCivicStorage, shadow, shadowAll } from '../helpers.js';
import { bookingsOf, ready, runOf } from './registry-booking-helpers.js';
import {
  chooseService,
  confirmed,
  fill,
  pickDay,
  slotsShown,
  submit,
} from './registry-booking-steps.js';
import type { RegistryBooking } from '../../src/registry-booking/registry-booking.js';

async function choosePlace(el: RegistryBooking, id: string): Promise<void> {
  shadow<HTMLInputElement>(el, `input[name="place"][value="${id}"]`)!.click();
  await el.updateComplete;
}

describe('<registry-booking> with several offices', () => {
  beforeEach(() => clearCivicStorage());

  it('offers the offices of the chosen service with their addresses, and "any place"', async () => {
    const el = await ready({ params: { variant: 'offices' } });
    await chooseService(el, 'vaterschaft');
    const places = shadow(el, '[part="places"]')!;
    expect(
      shadowAll<HTMLInputElement>(el, 'input[name="place"]').map((input) => input.value),
    ).to.deep.equal(['', 'rathaus', 'blankenstein']);
    expect(places.textContent)
      .to.contain('Standesamt Blankenstein')
      .and.contain('Burgstraße 16, 45527 Hattingen');
    // Blankenstein does not offer the marriage registration: no choice left there.
    await chooseService(el, 'eheschliessung');
    expect(shadow(el, '[part="places"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('books at the chosen office: its slots, its name in the summary, `office` sent', async () => {
    const el = await ready({ params: { variant: 'offices' } });
    await chooseService(el, 'vaterschaft');
    await choosePlace(el, 'blankenstein');
    await slotsShown(el);
    await pickDay(el, '2099-11-02');
    const labels = shadowAll(el, '[part="times"] label').map((label) => label.textContent!.trim());
    expect(labels[0]).to.equal('13:00 bis 13:30\u00a0Uhr');
    const slotId = 'vaterschaft-blankenstein-2099-11-02-1300';
    shadow<HTMLInputElement>(el, `input[name="slot"][value="${slotId}"]`)!.click();
    await el.updateComplete;
    await waitUntil(() => shadow(el, '[part="form"]'), 'no form', { timeout: 8000 });
    await el.updateComplete;
    expect(shadow(el, '[part="form"] .summary')!.textContent)
      .to.contain('Standesamt Blankenstein, Burgstraße 16, 45527 Hattingen')
      .and.contain('13:00 bis 13:30\u00a0Uhr');
    fill(el, { name: 'Anna Beispiel', email: 'anna@example.org', consent: true });
    await submit(el);
    const done = await confirmed(el);
    expect(done.textContent).to.contain('Standesamt Blankenstein');
    const [booking] = (await bookingsOf(runOf(el))) as { slot: string; office?: string }[];
    expect(booking).to.include({ slot: slotId, office: 'blankenstein' });
  });

  it('forgets the office chosen for another service that the new one is not offered at', async () => {
    const el = await ready({ params: { variant: 'offices' } });
    await chooseService(el, 'vaterschaft');
    await choosePlace(el, 'blankenstein');
    await slotsShown(el);
    // Blankenstein has no marriage registrations: its choice is gone, and the times are the
    // Rathaus's, not an empty month at Blankenstein.
    await chooseService(el, 'eheschliessung');
    await slotsShown(el);
    expect(shadow(el, '[part="places"]')).to.equal(null);
    expect(shadowAll(el, '.day.free').length).to.be.greaterThan(0);
    // Back at a service of both offices: "any place" is chosen, nothing hidden is.
    await chooseService(el, 'vaterschaft');
    await slotsShown(el);
    expect(shadow<HTMLInputElement>(el, 'input[name="place"][value=""]')!.checked).to.equal(true);
  });

  it('with "any place", shows every office’s times, each named', async () => {
    const el = await ready({ params: { variant: 'offices' } });
    await chooseService(el, 'vaterschaft');
    await slotsShown(el);
    await pickDay(el, '2099-11-02');
    const labels = shadowAll(el, '[part="times"] label').map((label) => label.textContent!.trim());
    expect(labels[0]).to.equal('08:00 bis 08:30\u00a0Uhr – Standesamt im Rathaus');
    expect(labels.some((label) => label.endsWith('– Standesamt Blankenstein'))).to.equal(true);
  });
});
