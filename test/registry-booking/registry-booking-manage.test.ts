// Managing a booking of the library's own contract (`manage_url`, `cancel_url`): the
// confirmation and the .ics link to this page (`#/booking/<code>/<token>`), which shows the
// booking, cancels it after a confirm step, or cancels it to book a different time with the
// citizen's details kept. Against demo/mock/registry-booking.mjs with `?manage=1`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/registry-booking/registry-booking.define.js';
import { shadow, shadowAll, shadowText } from '../helpers.js';
import { anna, bookingsOf, MONTH, ready, runOf } from './registry-booking-helpers.js';
import {
  book,
  confirmed,
  expectFocused,
  pickDay,
  pickTime,
  slotsShown,
  submit,
} from './registry-booking-steps.js';
import type { RegistryBooking } from '../../src/registry-booking/registry-booking.js';

const clickButton = (el: Element, text: string) => {
  const button = shadowAll<HTMLButtonElement>(el, 'button').find((candidate) =>
    candidate.textContent!.includes(text),
  );
  expect(button, `no button "${text}"`).to.exist;
  button!.click();
};

/** What the mock now says about the booking (its `manage_url` answer). */
async function managed(run: string, link: string): Promise<{ status: string }> {
  const [code, token] = link.split('#/booking/')[1]!.split('/');
  const res = await fetch(`/api/registry/bookings/${code}?token=${token}&run=${run}`);
  return res.json();
}

/** Books and follows the confirmation's link to the booking on the same page. */
async function bookAndOpen(el: RegistryBooking, service: string, slotId: string): Promise<string> {
  await book(el, service, '2099-11-02', slotId);
  const link = shadow<HTMLAnchorElement>(el, '[part="confirmation"] [part="cancel"]')!;
  expect(link.href).to.match(/#\/booking\/ST-\d+\/t\w+$/);
  link.click();
  await waitUntil(() => shadow(el, '[part="appointment"] [part="code"]'), 'no booking shown', {
    timeout: 8000,
  });
  await el.updateComplete;
  return link.href;
}

describe('<registry-booking> managing a booking (manage_url, cancel_url)', () => {
  afterEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    await setViewport({ width: 800, height: 600 });
  });

  it('links the .ics to the booking on this page', async () => {
    const el = await ready({ params: { manage: '1' } });
    await book(el, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-0900');
    const link = shadow<HTMLAnchorElement>(el, '[part="confirmation"] [part="cancel"]')!.href;
    const ics = await (
      await fetch(shadow<HTMLAnchorElement>(el, '[part="download"]')!.href)
    ).text();
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.contain(`URL:${link}`);
  });

  it('shows a reservation with its deadline and cancels it after a confirm step', async () => {
    const el = await ready({ params: { manage: '1' } });
    const link = await bookAndOpen(el, 'eheschliessung', 'eheschliessung-2099-11-02-0930');
    const view = shadow(el, '[part="appointment"]')!;
    expect(view.textContent)
      .to.contain('Ihr Termin ist reserviert – noch nicht verbindlich')
      .and.contain('Buchungsnummer')
      .and.contain('Anmeldung zur Eheschließung')
      .and.contain('Montag, 2. November 2099')
      .and.contain('09:30\u00a0Uhr');
    expect(view.querySelector('.hold')!.textContent).to.match(
      /Bitte bestätigen Sie die Reservierung bis zum \w+, \d+\. \w+ \d{4} persönlich/,
    );
    expectFocused(el, shadow(el, '#appointment-title')!);
    await expect(el).to.be.accessible();

    shadow<HTMLButtonElement>(el, '[part="appointment"] [part="cancel"]')!.click();
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Möchten Sie diesen Termin wirklich absagen?');
    await expect(el).to.be.accessible();
    expect((await managed(runOf(el), link)).status).to.equal('reserved');
    clickButton(el, 'Ja, Termin absagen');
    await waitUntil(() => shadowText(el).includes('Ihr Termin ist abgesagt'), 'not cancelled');
    expect((await managed(runOf(el), link)).status).to.equal('cancelled');
    expect(shadowText(el)).to.contain('(02324) 204 4041');
    await expect(el).to.be.accessible();
  });

  it('cancels once on a double click of "Ja, Termin absagen", and says it is cancelled', async () => {
    const el = await ready({ params: { manage: '1' } });
    const link = await bookAndOpen(el, 'vaterschaft', 'vaterschaft-2099-11-02-0900');
    shadow<HTMLButtonElement>(el, '[part="appointment"] [part="cancel"]')!.click();
    await el.updateComplete;
    const cancels: Promise<Response>[] = [];
    const pageFetch = window.fetch;
    window.fetch = (input, init) => {
      const answer = pageFetch(input, init);
      if (init?.method === 'POST') cancels.push(answer);
      return answer;
    };
    try {
      clickButton(el, 'Ja, Termin absagen');
      clickButton(el, 'Ja, Termin absagen'); // before the buttons are drawn away
      await waitUntil(() => cancels.length > 0, 'no cancel sent');
      await Promise.allSettled(cancels);
    } finally {
      window.fetch = pageFetch;
    }
    expect(cancels).to.have.length(1);
    await waitUntil(() => shadowText(el).includes('Ihr Termin ist abgesagt'), 'not cancelled');
    expect(shadow(el, '#appointment-title')!.textContent).to.contain('Ihr Termin ist abgesagt');
    expect((await managed(runOf(el), link)).status).to.equal('cancelled');
  });

  it('books a different time: cancels, keeps the service and the citizen\u2019s details', async () => {
    const booked = await ready({ params: { manage: '1' } });
    await book(booked, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-0900');
    const link = shadow<HTMLAnchorElement>(booked, '[part="confirmation"] [part="cancel"]')!.href;
    // The link opened later, in a new page: nothing typed there yet.
    history.replaceState(null, '', link);
    const el = await fixture<RegistryBooking>(
      html`<registry-booking endpoint=${booked.endpoint!} month=${MONTH}></registry-booking>`,
    );
    await waitUntil(() => shadow(el, '[part="appointment"] [part="rebook"]'), 'no booking shown', {
      timeout: 8000,
    });
    await el.updateComplete;
    clickButton(el, 'Anderen Termin wählen');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Ihre Angaben bleiben erhalten');
    clickButton(el, 'Ja, absagen und neu wählen');
    await waitUntil(() => shadow(el, '[part="calendar"]'), 'not back at the calendar', {
      timeout: 8000,
    });
    expect((await managed(runOf(el), link)).status).to.equal('cancelled');
    expect(shadow<HTMLInputElement>(el, 'input[name="service"][value="vaterschaft"]')!.checked).to
      .be.true;
    await slotsShown(el);
    await pickDay(el, '2099-11-02');
    // The cancelled time is free again.
    expect(shadow(el, 'input[name="slot"][value="vaterschaft-2099-11-02-0900"]')).to.exist;
    await pickTime(el, 'vaterschaft-2099-11-02-0930');
    expect(shadow<HTMLInputElement>(el, '[name="name"]')!.value).to.equal(anna.name);
    expect(shadow<HTMLInputElement>(el, '[name="email"]')!.value).to.equal(anna.email);
    expect(shadow<HTMLInputElement>(el, '[name="phone"]')!.value).to.equal(anna.phone);
    shadow<HTMLInputElement>(el, '[name="consent"]')!.click();
    await submit(el);
    await confirmed(el);
    const bookings = await bookingsOf(runOf(el));
    expect(bookings.map((booking) => booking.slot)).to.deep.equal([
      'vaterschaft-2099-11-02-0900',
      'vaterschaft-2099-11-02-0930',
    ]);
  });

  async function openLink(params: Record<string, string>, hash: string) {
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    const el = await ready({ params: { manage: '1', ...params } });
    await waitUntil(
      () => shadow(el, '#appointment-title') && !shadow(el, '[part="appointment"] .loading'),
      'the booking view never settled',
      {
        timeout: 8000,
      },
    );
    await el.updateComplete;
    return el;
  }

  it('says when the link names no booking, with the contact', async () => {
    const el = await openLink({}, '#/booking/ST-1/tnothing');
    expect(shadowText(el))
      .to.contain('Ihr Termin kann gerade nicht angezeigt werden')
      .and.contain('Diesen Termin gibt es nicht (mehr)')
      .and.contain('(02324) 204 4041');
    await expect(el).to.be.accessible();
  });

  it('offers to try again when the booking system fails, at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await openLink({ manage_fault: '500' }, '#/booking/ST-1/tnothing');
    expect(shadowText(el))
      .to.contain('Die Terminbuchung ist gerade nicht erreichbar')
      .and.contain('(02324) 204 4041');
    expect(shadowAll(el, 'button').some((button) => button.textContent!.includes('Erneut'))).to.be
      .true;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('keeps the booking when cancelling fails, and says so', async () => {
    const first = await ready({ params: { manage: '1', cancel_fault: '500' } });
    const link = await bookAndOpen(first, 'vaterschaft', 'vaterschaft-2099-11-02-0900');
    shadow<HTMLButtonElement>(first, '[part="appointment"] [part="cancel"]')!.click();
    await first.updateComplete;
    clickButton(first, 'Ja, Termin absagen');
    await waitUntil(
      () => shadowText(first).includes('Die Terminbuchung ist gerade nicht erreichbar'),
      'no problem shown',
    );
    expect(shadow(first, '#appointment-title')!.textContent).to.contain(
      'Ihr Termin konnte nicht abgesagt werden',
    );
    expect(shadowText(first)).to.contain('(02324) 204 4041');
    expect((await managed(runOf(first), link)).status).to.equal('confirmed');
  });

  it('reads the appointment again when a cancel\u2019s answer was lost: it is cancelled', async () => {
    const el = await ready({ params: { manage: '1', cancel: 'lose-first' } });
    const link = await bookAndOpen(el, 'vaterschaft', 'vaterschaft-2099-11-02-0900');
    shadow<HTMLButtonElement>(el, '[part="appointment"] [part="cancel"]')!.click();
    await el.updateComplete;
    clickButton(el, 'Ja, Termin absagen');
    await waitUntil(
      () => shadowText(el).includes('Die Terminbuchung ist gerade nicht erreichbar'),
      'no problem shown',
    );
    expect((await managed(runOf(el), link)).status).to.equal('cancelled');
    clickButton(el, 'Erneut versuchen');
    await waitUntil(() => shadowText(el).includes('Ihr Termin ist abgesagt'), 'not read again');
    expect(shadow(el, '#appointment-title')!.textContent).to.contain('Ihr Termin ist abgesagt');
    expect(shadowText(el)).not.to.contain('konnte nicht abgesagt werden');
  });

  it('offers to cancel again after a failed cancel, once the appointment is read', async () => {
    const el = await ready({ params: { manage: '1', cancel_fault: '500' } });
    const link = await bookAndOpen(el, 'vaterschaft', 'vaterschaft-2099-11-02-0900');
    shadow<HTMLButtonElement>(el, '[part="appointment"] [part="cancel"]')!.click();
    await el.updateComplete;
    clickButton(el, 'Ja, Termin absagen');
    await waitUntil(() => shadowText(el).includes('konnte nicht abgesagt werden'), 'no problem');
    clickButton(el, 'Erneut versuchen');
    await waitUntil(
      () => shadow(el, '[part="appointment"] [part="cancel"]'),
      'the appointment is not shown with its cancel button again',
    );
    expect(shadow(el, '#appointment-title')!.textContent).to.contain('Ihr Termin ist bestätigt');
    expect((await managed(runOf(el), link)).status).to.equal('confirmed');
  });
});
