// Regression tests of issue 11 for <registry-booking>: what must never stick, book the wrong
// time or fail in silence.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { clearCivicStorage, shadow, shadowAll, shadowText, waitForState } from '../helpers.js';
import { anna, bookingsOf, contact, ready, runOf, widget } from './registry-booking-helpers.js';
import {
  book,
  confirmed,
  chooseService,
  expectFocused,
  pickDay,
  pickTime,
  problemIn,
  slotsShown,
  sendUntilProblem,
  submit,
  upToForm,
} from './registry-booking-steps.js';
import type { RegistryBooking } from '../../src/registry-booking/registry-booking.js';
import type { RegistryBookingFailedEvent } from '../../src/registry-booking/registry-booking-events.js';

/** Records console.error messages and the URLs fetched while `run` runs. */
async function watching(
  run: () => Promise<void>,
): Promise<{ errors: string[]; fetched: string[] }> {
  const errors: string[] = [];
  const fetched: string[] = [];
  const originalError = console.error;
  const originalFetch = window.fetch;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    fetched.push(input instanceof Request ? input.url : String(input));
    return originalFetch(input, init);
  };
  try {
    await run();
  } finally {
    console.error = originalError;
    window.fetch = originalFetch;
  }
  return { errors, fetched };
}

describe('<registry-booking> reliability', () => {
  beforeEach(() => clearCivicStorage());

  describe('when a configured URL is unusable', () => {
    for (const [variant, field] of [
      ['bad-slots-url', 'slots_url'],
      ['bad-booking-url', 'booking_url'],
      ['script-slots-url', 'slots_url'],
    ] as const) {
      it(`refuses the configuration (${variant}), names ${field} and shows the contact`, async () => {
        let el!: HTMLElement;
        const { errors, fetched } = await watching(async () => {
          el = await widget({ params: { variant } });
          await waitForState(el, 'fallback');
        });
        expect(
          errors.some((text) => text.includes(field)),
          errors.join('\n'),
        ).to.equal(true);
        expect(shadowText(el)).to.contain('Die Terminbuchung ist gerade nicht erreichbar');
        expect(shadowText(el)).not.to.contain('werden geladen');
        const block = shadow(el, '[part="contact"]')!;
        expect(block.textContent).to.contain(contact.name);
        expect(block.querySelector('a[href="tel:023242040"]')).to.exist;
        // Nothing but the configuration was asked: no request to a refused URL.
        expect(fetched.filter((url) => !url.includes('/api/registry?'))).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('when two slots of an answer share an id', () => {
    it('offers only times that book what is shown, and warns about the id', async () => {
      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const el = await ready({ params: { slots: 'duplicate-ids' } });
        await chooseService(el, 'vaterschaft');
        await slotsShown(el);
        await pickDay(el, '2099-11-02');
        const times = shadowAll<HTMLInputElement>(el, 'input[name="slot"]');
        const labels = times.map((input) => input.parentElement!.textContent!.trim());
        // 08:00 and 09:00 came with one id: neither can be booked for sure.
        expect(labels).to.deep.equal([
          '09:30 bis 10:00\u00a0Uhr',
          '10:00 bis 10:30\u00a0Uhr',
          '10:30 bis 11:00\u00a0Uhr',
          '11:30 bis 12:00\u00a0Uhr',
        ]);
        for (const [index, label] of labels.entries()) {
          shadowAll<HTMLInputElement>(el, 'input[name="slot"]')[index]!.click();
          await el.updateComplete;
          await waitUntil(() => shadow(el, '[part="form"]'), 'the form never came');
          await el.updateComplete;
          expect(shadow(el, '[part="form"] .summary')!.textContent).to.contain(label);
        }
        expect(warnings.some((text) => text.includes('vaterschaft-2099-11-02-0800'))).to.equal(
          true,
        );
      } finally {
        console.warn = originalWarn;
      }
    });
  });

  describe('when the booking is refused or fails', () => {
    const typed = { ...anna, notes: 'Mit Dolmetscherin' };

    /** Books 2 Nov 10:15 with `params`; returns the widget once the problem is on screen. */
    async function failedBooking(params: Record<string, string>, reason: string) {
      const el = await ready({ timeout: 3000, params });
      await upToForm(el, 'eheschliessung', '2099-11-02', 'eheschliessung-2099-11-02-1015', typed);
      const failed = oneEvent(el, 'civic-booking-failed') as Promise<RegistryBookingFailedEvent>;
      await submit(el);
      expect((await failed).detail.reason).to.equal(reason);
      const problem = await problemIn(el, 'form');
      // Visible, focused, with the contact, and nothing typed is lost.
      expect(problem.getClientRects().length).to.be.greaterThan(0);
      expectFocused(el, problem);
      expect(problem.querySelector('a[href="tel:023242044041"]')).to.exist;
      for (const [name, value] of Object.entries(typed)) {
        const field = shadow<HTMLInputElement>(el, `[name="${name}"]`)!;
        if (typeof value === 'boolean') expect(field.checked, name).to.equal(value);
        else expect(field.value, name).to.equal(value);
      }
      expect(shadow(el, '[part="submit"]')!.textContent).not.to.contain('Wird gesendet');
      await expect(el).to.be.accessible();
      return { el, problem };
    }

    for (const status of ['413', '403', '404']) {
      it(`says plainly that a ${status} with an HTML page was not accepted, e-mail first`, async () => {
        const { el, problem } = await failedBooking({ booking: `refuse-${status}` }, 'refused');
        expect(problem.textContent).to.contain(
          `Die Terminbuchung hat Ihre Anfrage nicht angenommen (Fehler ${status})`,
        );
        const first = problem.querySelector('.actions > *')!;
        expect(first.localName).to.equal('a');
        expect(first.getAttribute('href')).to.match(/^mailto:standesamt@example\.org\?/);
        const body = new URLSearchParams(first.getAttribute('href')!.split('?')[1]).get('body')!;
        expect(body).to.contain('Anna Beispiel').and.contain('Mit Dolmetscherin');
        expect(await bookingsOf(runOf(el))).to.have.length(0);
      });
    }

    it('shows the server’s own sentence of a 4xx without field errors', async () => {
      const { problem } = await failedBooking({ booking: 'refuse-json' }, 'refused');
      expect(problem.textContent).to.contain(
        'Die Terminbuchung meldet: „Buchungen sind für diese Leistung gesperrt.“',
      );
    });

    for (const fault of ['503', '429']) {
      it(`offers to send again first after ${fault}, keeping everything`, async () => {
        const { el, problem } = await failedBooking({ booking_fault: fault }, 'failed');
        expect(problem.textContent).to.contain('Ihre Angaben sind nicht verloren');
        const first = problem.querySelector('.actions > *')!;
        expect(first.textContent!.trim()).to.equal('Erneut senden');
        expect(await bookingsOf(runOf(el))).to.have.length(0);
      });
    }
  });

  describe('when the slot was taken meanwhile (409)', () => {
    it('says so at the times, with the contact, and keeps what was typed', async () => {
      const el = await ready({ params: { booking: 'conflict-first' } });
      const slotId = 'vaterschaft-2099-11-02-1000';
      const problem = await sendUntilProblem(el, 'vaterschaft', '2099-11-02', slotId, 'times');
      expect(problem.textContent).to.contain('Diese Uhrzeit wurde gerade vergeben');
      expect(problem.querySelector('a[href="tel:023242044041"]')).to.exist;
      expect(shadow<HTMLInputElement>(el, '[name="name"]')!.value).to.equal(anna.name);
      expect(await bookingsOf(runOf(el))).to.have.length(0);
    });
  });

  describe('when the page is reloaded', () => {
    const slotId = 'vaterschaft-2099-11-02-0900';
    const typed = { ...anna, notes: 'Ich komme mit Dolmetscherin.' };
    const field = (el: RegistryBooking, name: string) =>
      shadow<HTMLInputElement>(el, `[name="${name}"]`)!;

    /** The page again (a new element, the same tab and configuration), at a time's form. */
    async function reloaded(before: RegistryBooking, time = slotId): Promise<RegistryBooking> {
      before.remove();
      const el = await ready({ endpoint: before.endpoint! });
      await chooseService(el, 'vaterschaft');
      await slotsShown(el);
      await pickDay(el, '2099-11-02');
      await pickTime(el, time);
      return el;
    }

    it('keeps what was typed in this tab, but asks for the consent again', async () => {
      const first = await ready();
      await upToForm(first, 'vaterschaft', '2099-11-02', slotId, typed);
      const el = await reloaded(first);
      for (const name of ['name', 'email', 'phone', 'notes'] as const) {
        expect(field(el, name).value, name).to.equal(typed[name]);
      }
      expect(field(el, 'consent').checked, 'consent').to.equal(false);
    });

    /** A booking sent, and the page reloaded while it is on its way (it arrives all the same). */
    async function reloadedWhileSending(): Promise<string> {
      const first = await ready({ params: { booking_fault: 'slow' } });
      await upToForm(first, 'vaterschaft', '2099-11-02', slotId, typed);
      await submit(first);
      expect(shadowText(first)).to.contain('Wird gesendet');
      first.remove();
      return first.endpoint!;
    }

    it('sends a booking that was on its way again at once, under its key: booked once', async () => {
      const endpoint = await reloadedWhileSending();
      const el = await ready({ endpoint });
      // Nothing chosen again by hand, no other time to choose meanwhile: its confirmation.
      const confirmation = await confirmed(el);
      expect(confirmation.textContent).to.contain('09:00');
      const bookings = await bookingsOf(runOf(el));
      expect(bookings).to.have.length(1);
      expect(bookings[0]!.attempts).to.equal(2);
      // A definite answer: the next reload sends nothing again.
      el.remove();
      const next = await ready({ endpoint });
      await chooseService(next, 'vaterschaft');
      await slotsShown(next);
      expect(shadow(next, '[part="confirmation"]') === null, 'a confirmation').to.equal(true);
      expect((await bookingsOf(runOf(next)))[0]!.attempts).to.equal(2);
    });

    it('says so and offers to send it again when sending it again fails too', async () => {
      const endpoint = await reloadedWhileSending();
      const originalFetch = window.fetch;
      // The connection still gone after the reload: the booking's POST does not get through.
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        init?.method === 'POST'
          ? Promise.reject(new TypeError('Failed to fetch'))
          : originalFetch(input, init);
      let el: RegistryBooking;
      let problem: HTMLElement;
      try {
        el = await ready({ endpoint });
        problem = await problemIn(el, 'form');
      } finally {
        window.fetch = originalFetch;
      }
      expect(problem.textContent).to.contain('als die Seite neu geladen wurde');
      expect(shadow(el, '.summary')!.textContent).to.contain('09:00');
      expect(field(el, 'email').value).to.equal(anna.email);
      expect(field(el, 'consent').checked, 'its consent was given').to.equal(true);
      problem.querySelector<HTMLButtonElement>('.actions > button')!.click();
      await confirmed(el);
      const bookings = await bookingsOf(runOf(el));
      expect(bookings).to.have.length(1);
      expect(bookings[0]!.attempts).to.equal(2);
    });

    it('keeps name and contact after a booking, not the notes', async () => {
      const first = await ready();
      await upToForm(first, 'vaterschaft', '2099-11-02', slotId, typed);
      await submit(first);
      await waitUntil(() => shadow(first, '#done-title'), 'no confirmation');
      shadowAll<HTMLButtonElement>(first, 'button')
        .find((button) => button.textContent!.includes('Weiteren Termin vereinbaren'))!
        .click();
      await first.updateComplete;
      // Its time is booked now: another one.
      const el = await reloaded(first, 'vaterschaft-2099-11-02-0930');
      expect(field(el, 'name').value).to.equal(anna.name);
      expect(field(el, 'email').value).to.equal(anna.email);
      expect(field(el, 'notes').value).to.equal('');
    });
  });

  describe('focus after content is replaced (issue 12 §3)', () => {
    it('goes to the heading after booking and after "Weiteren Termin vereinbaren"', async () => {
      const el = await ready();
      await book(el, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-1130');
      expectFocused(el, shadow(el, '#done-title')!);
      const again = [...shadowAll<HTMLButtonElement>(el, '[part="confirmation"] button')].find(
        (button) => button.textContent!.includes('Weiteren Termin vereinbaren'),
      )!;
      again.click();
      await el.updateComplete;
      const heading = shadow(el, '#booking-title')!;
      expect(heading.textContent).to.contain('Termin vereinbaren: Standesamt');
      expectFocused(el, heading);
      expect(document.activeElement).to.equal(el);
    });

    it('goes to the calendar heading when the button of an empty month is used', async () => {
      const el = await ready({ params: { slots: 'later' }, month: null });
      await chooseService(el, 'vaterschaft');
      await slotsShown(el);
      shadow<HTMLButtonElement>(el, '[part="calendar"] .empty button')!.click();
      await el.updateComplete;
      expectFocused(el, shadow(el, '#cal-title')!);
    });

    it('goes to "next month" when "previous month" reaches the first month and is disabled', async () => {
      const el = await ready({ month: null });
      await chooseService(el, 'vaterschaft');
      shadow<HTMLButtonElement>(el, '.nextMonth')!.click();
      await el.updateComplete;
      const previous = shadow<HTMLButtonElement>(el, '.prevMonth')!;
      previous.focus();
      previous.click();
      await el.updateComplete;
      expect(previous.disabled).to.equal(true);
      expectFocused(el, shadow(el, '.nextMonth')!);
    });
  });

  describe('a reservation’s deadline (issue 12 §3)', () => {
    it('falls on a day the office is open and says how often the citizen comes', async () => {
      const el = await ready();
      const done = await book(el, 'eheschliessung', '2099-11-02', 'eheschliessung-2099-11-02-0930');
      const caveat = done.querySelector('.hold')!.textContent!;
      const date = /bis zum (\S+), /.exec(caveat)?.[1];
      expect(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag']).to.include(date);
      expect(caveat).to.contain('Sie kommen also zweimal').and.contain('Montag, 2. November 2099');
    });
  });

  describe('field marks (issue 12 §4)', () => {
    it('marks only the optional fields, "(optional)"', async () => {
      const el = await ready();
      await upToForm(el, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-1130');
      const label = (name: string) =>
        shadow(el, `label[for="f-${name}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
      expect(label('name')).to.equal('Vor- und Nachname');
      expect(label('email')).to.equal('E-Mail-Adresse');
      expect(label('phone')).to.equal('Telefonnummer (optional)');
      expect(label('notes')).to.equal('Anmerkungen (optional)');
      expect(shadowText(el)).not.to.contain('Pflichtfeld').and.not.to.contain('freiwillig');
      expect(shadow<HTMLInputElement>(el, '[name="name"]')!.required).to.equal(true);
    });
  });
});
