import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/registry-booking/registry-booking.define.js';
import '../../src/city-services/city-services.define.js';
import { clearCivicStorage, uniqueUrl, waitForState } from '../helpers.js';
import { shadow, shadowAll, shadowText } from '../shadow-dom.js';
import type { RegistryBooking } from '../../src/registry-booking/registry-booking.js';
import type {
  RegistryBookedEvent,
  RegistryBookingFailedEvent,
} from '../../src/registry-booking/registry-booking-events.js';
import {
  anna,
  bookingsOf,
  contact,
  MONTH,
  ready,
  runOf,
  widget,
} from './registry-booking-helpers.js';
import {
  book,
  chooseService,
  confirmed,
  day,
  expectFocused,
  fill,
  monthTitle,
  pickDay,
  pickTime,
  problemIn,
  slotsShown,
  submit,
  upToForm,
} from './registry-booking-steps.js';

describe('<registry-booking>', () => {
  beforeEach(() => clearCivicStorage());

  describe('when the endpoint answers', () => {
    it('lists every service with its mode in words', async () => {
      const el = await ready();
      const options = shadowAll(el, '[part="services"] label');
      expect(options.map((o) => o.querySelector('input')!.value)).to.deep.equal([
        'eheschliessung',
        'urkunde',
        'namensaenderung',
        'vaterschaft',
      ]);
      expect(options[0]!.textContent)
        .to.contain('Anmeldung zur Eheschließung')
        .and.contain('Nur unverbindliche Reservierung');
      expect(options[1]!.textContent).to.contain('Zurzeit nicht möglich');
      expect(options[3]!.textContent).to.contain('Verbindlicher Termin');
      expect(shadowText(el)).to.contain('Termin vereinbaren: Standesamt');
      // Nothing is chosen yet: no calendar, no slot request.
      expect(shadow(el, '[part="calendar"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('preselects the only service and shows its calendar', async () => {
      const el = await ready({ params: { variant: 'single' } });
      expect(shadow<HTMLInputElement>(el, 'input[value="vaterschaft"]')!.checked).to.equal(true);
      await slotsShown(el);
      expect(monthTitle(el)).to.equal('November 2099');
    });

    it('preselects the service named in `preselect`', async () => {
      const el = await ready({ preselect: 'eheschliessung' });
      await slotsShown(el);
      expect(shadow<HTMLInputElement>(el, 'input[value="eheschliessung"]')!.checked).to.equal(true);
    });

    it('leaves out service entries that do not validate and warns', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await ready({ params: { variant: 'one-invalid' } });
        expect(shadowAll(el, 'input[name="service"]')).to.have.length(4);
        expect(warnings.some((w) => String(w[0]).includes('service #1 skipped'))).to.equal(true);
        // The entry with mode "maybe" is named with what was expected of it.
        expect(
          warnings.some((w) =>
            String(w[1]).includes('mode: booking | reservation | unavailable expected'),
          ),
        ).to.equal(true);
      } finally {
        console.warn = original;
      }
    });

    it('speaks English when the page is English', async () => {
      const wrapper = await fixture(
        html`<div lang="en">
          <registry-booking
            endpoint=${uniqueUrl('/api/registry', { variant: 'single' })}
            month=${MONTH}
          ></registry-booking>
        </div>`,
      );
      const el = wrapper.querySelector('registry-booking')!;
      await waitForState(el, 'ready');
      await slotsShown(el);
      await waitUntil(() => shadowText(el).includes('Binding appointment'), 'no English');
      expect(shadowText(el)).to.contain('Choose a day').and.not.contain('Tag wählen');
      expect(day(el, '2099-11-02').getAttribute('aria-label')).to.equal(
        'Monday, 2 November 2099, 6 available appointments',
      );
      await pickDay(el, '2099-11-02');
      await pickTime(el, 'vaterschaft-2099-11-02-0800');
      await waitUntil(() => shadowText(el).includes('Your details'), 'the form is not English');
      expect(shadowText(el)).to.contain('First and last name');
    });

    it('never turns endpoint text into markup', async () => {
      const w = window as unknown as { __xss?: number };
      delete w.__xss;
      const el = await ready({ params: { variant: 'xss' } });
      await chooseService(el, 'eheschliessung');
      await slotsShown(el);
      expect(el.shadowRoot!.querySelectorAll('img, script, iframe')).to.have.length(0);
      expect(shadowText(el)).to.contain('<img src=x onerror=');
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map(
        (a) => a.getAttribute('href') ?? '',
      );
      expect(hrefs.some((h) => h.startsWith('mailto:') && h.includes('<'))).to.equal(false);
      await new Promise((r) => setTimeout(r, 50));
      expect(w.__xss).to.equal(undefined);
    });
  });

  describe('when a service is reservation-only', () => {
    it('says plainly before booking that it is not binding, with the deadline and documents', async () => {
      const el = await ready();
      await chooseService(el, 'eheschliessung');
      const info = shadow(el, '[part="service-info"]')!;
      expect(info.textContent).to.contain(
        'verbindliche Anmeldungen zur Eheschließung derzeit nicht möglich',
      );
      expect(info.textContent).to.contain(
        'Eine Reservierung ist keine verbindliche Anmeldung. Bitte bestätigen Sie sie bis zum',
      );
      expect(info.textContent)
        .to.contain('Dauer: etwa 45 Minuten')
        .and.contain('Personalausweis oder Reisepass');
      await slotsShown(el);
      await pickDay(el, '2099-11-02');
      await pickTime(el, 'eheschliessung-2099-11-02-0800');
      const form = shadow(el, '[part="form"]')!;
      expect(form.textContent).to.contain('Sie kommen also zweimal');
      expect(shadow(el, '[part="submit"]')!.textContent!.trim()).to.equal(
        'Termin unverbindlich reservieren',
      );
      await expect(el).to.be.accessible();
    });

    it('reserves, and the confirmation repeats the caveat with the date from expires_at', async () => {
      const el = await ready();
      const done = await book(el, 'eheschliessung', '2099-11-02', 'eheschliessung-2099-11-02-0930');
      expect(done.textContent).to.contain('Ihr Termin ist reserviert – noch nicht verbindlich');
      expect(shadow(el, '[part="code"]')!.textContent).to.match(/Buchungsnummer: ST-\d+/);
      // expires_at is today + 40 days (the mock); the caveat names that date, or the Friday
      // before when it falls on a weekend (the office opens Monday to Friday).
      const format = (options: Intl.DateTimeFormatOptions, at: Date) =>
        new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', ...options }).format(at);
      let deadline = new Date(Date.now() + 40 * 86400_000);
      while (['Samstag', 'Sonntag'].includes(format({ weekday: 'long' }, deadline))) {
        deadline = new Date(deadline.getTime() - 86400_000);
      }
      const expires = format(
        { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
        deadline,
      );
      expect(done.querySelector('.hold')!.textContent).to.contain(`bis zum ${expires}`);
      expect(done.textContent)
        .to.contain('Montag, 2. November 2099')
        .and.contain('09:30 bis 10:15\u00a0Uhr');
      expect(done.textContent)
        .to.contain('Rathausplatz 1, 45525 Hattingen')
        .and.contain('Anna Beispiel');
      expect(done.textContent).to.contain('Geburtsurkunde');
      expectFocused(el, shadow(el, '#done-title')!);
      await expect(el).to.be.accessible();
    });
  });

  describe('when a service takes binding bookings', () => {
    it('books, fires civic-booked and confirms with code, summary and cancel link', async () => {
      const el = await ready();
      await upToForm(el, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-0900');
      expect(shadow(el, '[part="submit"]')!.textContent!.trim()).to.equal(
        'Termin verbindlich buchen',
      );
      const booked = oneEvent(el, 'civic-booked') as Promise<RegistryBookedEvent>;
      await submit(el);
      const event = await booked;
      expect(event.detail).to.include({
        status: 'confirmed',
        service: 'vaterschaft',
        slot: 'vaterschaft-2099-11-02-0900',
        start: '2099-11-02T09:00:00+01:00',
        end: '2099-11-02T09:30:00+01:00',
      });
      const done = await confirmed(el);
      expect(done.textContent).to.contain('Ihr Termin ist gebucht').and.contain(event.detail.code);
      expect(done.querySelector('.hold')).to.equal(null);
      const cancel = shadow<HTMLAnchorElement>(el, '[part="cancel"]')!;
      expect(cancel.href).to.equal(
        `https://www.example.org/standesamt/termin-absagen?code=${event.detail.code}`,
      );
      const stored = await bookingsOf(runOf(el));
      expect(stored).to.have.length(1);
      expect(stored[0]).to.include({
        slot: 'vaterschaft-2099-11-02-0900',
        code: event.detail.code,
        attempts: 1,
      });
    });

    it('offers another booking; the booked slot is gone, name and e-mail stay', async () => {
      const el = await ready();
      await book(el, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-0900');
      const again = shadowAll<HTMLButtonElement>(el, '[part="confirmation"] button').find((b) =>
        b.textContent!.includes('Weiteren Termin'),
      )!;
      again.click();
      await el.updateComplete;
      await slotsShown(el);
      expect(day(el, '2099-11-02').getAttribute('aria-label')).to.contain('5 freie Termine');
      await pickDay(el, '2099-11-02');
      expect(shadow(el, 'input[value="vaterschaft-2099-11-02-0900"]')).to.equal(null);
      await pickTime(el, 'vaterschaft-2099-11-02-1000');
      expect(shadow<HTMLInputElement>(el, '[name="name"]')!.value).to.equal('Anna Beispiel');
      expect(shadow<HTMLInputElement>(el, '[name="consent"]')!.checked).to.equal(false);
    });
  });

  describe('when a service is unavailable', () => {
    it('shows the notice and the office contact without a calendar; other services stay bookable', async () => {
      const el = await ready();
      await chooseService(el, 'urkunde');
      expect(shadow(el, '[part="calendar"]')).to.equal(null);
      const text = shadowText(el);
      expect(text)
        .to.contain('Zurzeit können keine Abschriften')
        .and.contain('Für dieses Anliegen können Sie zurzeit keinen Termin online vereinbaren');
      const contactBlock = shadow(el, '.offline [part="contact"]')!;
      expect(contactBlock.textContent).to.contain('Standesamt').and.contain('(02324) 204 4041');
      expect(contactBlock.querySelector('a[href="tel:023242044041"]')).to.exist;
      expect(contactBlock.querySelector('a[href="mailto:standesamt@example.org"]')).to.exist;
      await expect(el).to.be.accessible();
      await chooseService(el, 'vaterschaft');
      await slotsShown(el);
      expect(shadowAll(el, '.day.free').length).to.equal(16);
    });

    it('shows the contact when the endpoint gives no booking URLs', async () => {
      const el = await ready({ params: { variant: 'no-urls' } });
      await chooseService(el, 'vaterschaft');
      expect(shadow(el, '[part="calendar"]')).to.equal(null);
      expect(shadowText(el)).to.contain(
        'Für dieses Anliegen können Sie keinen Termin online vereinbaren',
      );
    });
  });

  describe('the calendar', () => {
    // WCAG 1.4.10 Reflow: a 320 px phone leaves the widget less than 320 px once the city's
    // page has its margins (16 px each side: 288 px; the demo: 276 px).
    for (const width of [276, 288, 320, 400]) {
      it(`fits its month into a ${width} px column, the days as large as fit (44 px at most)`, async () => {
        const el = await ready();
        el.style.width = `${width}px`;
        await chooseService(el, 'vaterschaft');
        await slotsShown(el);
        const grid = shadow(el, '[role="grid"]')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        expect(grid.left, 'the grid starts inside the widget').to.be.at.least(box.left);
        expect(grid.right, 'the grid ends inside the widget').to.be.at.most(box.right + 0.5);
        const size = day(el, '2099-11-02').getBoundingClientRect();
        expect(size.height, 'a day is square').to.be.closeTo(size.width, 0.5);
        // 44 px where seven fit (308 px of days, 32 of padding, 2 of border), else what fits:
        // 34 px in the demo's 276 px column, over WCAG 2.5.8's 24 px.
        const expected = Math.min(44, (width - 34) / 7);
        expect(size.width).to.be.closeTo(expected, 1).and.at.least(34);
      });
    }

    // Found at 320 px: the side padding shrank from 16 to 4 px when the month came, and the
    // whole widget moved sideways under the citizen's eyes.
    it('keeps its side padding when the month comes, at 320 px', async () => {
      const el = await ready();
      el.style.width = '320px';
      const padding = () => getComputedStyle(shadow(el, '.base')!).paddingLeft;
      const before = padding();
      await chooseService(el, 'vaterschaft');
      await slotsShown(el);
      expect(padding()).to.equal(before);
    });

    it('names every day with its date and its number of free slots', async () => {
      const el = await ready();
      await chooseService(el, 'vaterschaft');
      await slotsShown(el);
      const grid = shadow(el, '[role="grid"]')!;
      expect(grid.getAttribute('aria-labelledby')).to.equal('month-title');
      expect(monthTitle(el)).to.equal('November 2099');
      expect(shadowAll(el, '[role="grid"] th').map((th) => th.getAttribute('abbr'))).to.deep.equal([
        'Montag',
        'Dienstag',
        'Mittwoch',
        'Donnerstag',
        'Freitag',
        'Samstag',
        'Sonntag',
      ]);
      expect(day(el, '2099-11-02').getAttribute('aria-label')).to.equal(
        'Montag, 2. November 2099, 6 freie Termine',
      );
      expect(day(el, '2099-11-03').getAttribute('aria-label')).to.contain('7 freie Termine');
      const full = day(el, '2099-11-06');
      expect(full.getAttribute('aria-label')).to.equal(
        'Freitag, 6. November 2099, keine freien Termine',
      );
      expect(full.getAttribute('aria-disabled')).to.equal('true');
      expect(day(el, '2099-11-07').getAttribute('aria-disabled')).to.equal('true');
      expect(shadowAll(el, '.day')).to.have.length(30);
      expect(shadowAll(el, '.day.free')).to.have.length(16);
      // One tab stop: the first day with free slots.
      expect(shadowAll(el, '.day[tabindex="0"]').map((d) => d.dataset.day)).to.deep.equal([
        '2099-11-02',
      ]);
      // A full day cannot be chosen.
      await pickDay(el, '2099-11-06');
      expect(shadow(el, '[part="times"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the free times of the chosen day in the office timezone', async () => {
      const el = await ready();
      await chooseService(el, 'vaterschaft');
      await slotsShown(el);
      await pickDay(el, '2099-11-02');
      expect(day(el, '2099-11-02').parentElement!.getAttribute('aria-selected')).to.equal('true');
      const times = shadow(el, '[part="times"]')!;
      expect(times.querySelector('legend')!.textContent).to.contain(
        'Freie Uhrzeiten am Montag, 2. November 2099',
      );
      expect([...times.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal([
        '08:00 bis 08:30\u00a0Uhr',
        '09:00 bis 09:30\u00a0Uhr',
        '09:30 bis 10:00\u00a0Uhr',
        '10:00 bis 10:30\u00a0Uhr',
        '10:30 bis 11:00\u00a0Uhr',
        '11:30 bis 12:00\u00a0Uhr',
      ]);
      await expect(el).to.be.accessible();
    });

    // Also where the page names a month gone by (an attribute left in it).
    for (const month of [null, '2024-05']) {
      it(`opens at the current month in the office timezone${month ? ` (month="${month}")` : ''}; no way back into the past`, async () => {
        const el = await ready({ month });
        await chooseService(el, 'vaterschaft');
        await slotsShown(el);
        const now = new Intl.DateTimeFormat('de-DE', {
          timeZone: 'Europe/Berlin',
          month: 'long',
          year: 'numeric',
        }).format(new Date());
        expect(monthTitle(el)).to.equal(now);
        const prev = shadow<HTMLButtonElement>(el, 'button[aria-label="Vorheriger Monat"]')!;
        expect(prev.disabled).to.equal(true);
        // No free day before today.
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
          new Date(),
        );
        for (const d of shadowAll(el, '.day.free')) expect(d.dataset.day! >= today).to.equal(true);
        expect(shadow(el, '[aria-current="date"]')!.dataset.day).to.equal(today);
      });
    }

    it('loads the slots of the next and the previous month', async () => {
      const el = await ready();
      await chooseService(el, 'vaterschaft');
      await slotsShown(el);
      const requests = () =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name))
          .filter(
            (u) => u.pathname === '/api/registry/slots' && u.searchParams.get('run') === runOf(el),
          );
      shadow<HTMLButtonElement>(el, 'button[aria-label="Nächster Monat"]')!.click();
      await el.updateComplete;
      expect(monthTitle(el)).to.equal('Dezember 2099');
      await slotsShown(el);
      expect(day(el, '2099-12-01').getAttribute('aria-label')).to.match(
        /Dienstag, 1\. Dezember 2099, \d freie Termine/,
      );
      shadow<HTMLButtonElement>(el, 'button[aria-label="Vorheriger Monat"]')!.click();
      await el.updateComplete;
      await slotsShown(el);
      expect(monthTitle(el)).to.equal('November 2099');
      await waitUntil(() => requests().length >= 3, 'three slot requests');
      expect(
        requests().map(
          (u) =>
            `${u.searchParams.get('service')} ${u.searchParams.get('from')} ${u.searchParams.get('to')}`,
        ),
      ).to.deep.equal([
        'vaterschaft 2099-11-01 2099-11-30',
        'vaterschaft 2099-12-01 2099-12-31',
        'vaterschaft 2099-11-01 2099-11-30',
      ]);
    });

    it('shows a loading state while the month loads, never old slots', async () => {
      const el = await ready({ params: { slots_fault: 'slow', delay: '700' } });
      await chooseService(el, 'vaterschaft');
      await el.updateComplete;
      const loading = shadow(el, '[part="calendar"] .loading')!;
      expect(loading.textContent).to.contain('Freie Termine werden geladen');
      expect(loading.getAttribute('role')).to.equal('status');
      expect(shadowAll(el, '.day.free')).to.have.length(0);
      await slotsShown(el);
      shadow<HTMLButtonElement>(el, 'button[aria-label="Nächster Monat"]')!.click();
      await el.updateComplete;
      // November's slots must not show as December's.
      expect(shadowAll(el, '.day.free')).to.have.length(0);
      expect(shadow(el, '[part="calendar"] .loading')).to.exist;
      await expect(el).to.be.accessible();
      await slotsShown(el);
      expect(shadowAll(el, '.day.free').length).to.be.greaterThan(0);
    });

    it('says so when a month has no free slot and names the next free appointment', async () => {
      const el = await ready({ month: null, params: { slots: 'later' } });
      await chooseService(el, 'eheschliessung');
      await slotsShown(el);
      const empty = shadow(el, '[part="calendar"] .empty')!;
      expect(empty.textContent)
        .to.contain('Keine freien Termine in diesem Monat.')
        .and.match(/Nächster freier Termin am \w+, \d+\. \w+ \d{4}\./);
      const next = new Date();
      next.setUTCDate(15);
      next.setUTCMonth(next.getUTCMonth() + 1);
      const nextMonth = new Intl.DateTimeFormat('de-DE', {
        timeZone: 'UTC',
        month: 'long',
        year: 'numeric',
      }).format(next);
      const button = empty.querySelector('button')!;
      expect(button.textContent!.trim()).to.equal(`${nextMonth} anzeigen`);
      expect(empty.textContent).to.contain(nextMonth.split(' ')[0]!);
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      await slotsShown(el);
      expect(monthTitle(el)).to.equal(nextMonth);
      expect(shadowAll(el, '.day.free').length).to.be.greaterThan(0);
    });

    it('says so when nothing is free at all and offers the next month', async () => {
      const el = await ready({ params: { slots: 'none' } });
      await chooseService(el, 'eheschliessung');
      await slotsShown(el);
      const empty = shadow(el, '[part="calendar"] .empty')!;
      expect(empty.textContent)
        .to.contain('Keine freien Termine in diesem Monat.')
        .and.not.contain('Nächster');
      empty.querySelector('button')!.click();
      await el.updateComplete;
      expect(monthTitle(el)).to.equal('Dezember 2099');
    });

    for (const fault of ['500', 'wrong-shape', 'network']) {
      it(`shows the office contact when the slots fail (${fault}), and retries`, async () => {
        const el = await ready({ params: { slots_fault: fault } });
        await chooseService(el, 'vaterschaft');
        await slotsShown(el);
        const problem = shadow(el, '[part="calendar"] [part="error"]')!;
        expect(problem.textContent).to.contain(
          'Die freien Termine konnten gerade nicht geladen werden',
        );
        expect(problem.querySelector('a[href="tel:023242044041"]')).to.exist;
        expect(shadowAll(el, '.day.free')).to.have.length(0);
        await expect(el).to.be.accessible();
        problem.querySelector('button')!.click();
        await el.updateComplete;
        expect(shadow(el, '[part="calendar"] .loading')).to.exist;
      });
    }
  });

  describe('in another timezone than the device', () => {
    // The browsers run in UTC. 00:30 in Berlin on 15 January 2099 is 23:30 UTC on the 14th.
    it('puts slots on their Berlin day and shows Berlin times', async () => {
      const el = await ready({ month: '2099-01', params: { slots: 'midnight' } });
      await chooseService(el, 'eheschliessung');
      await slotsShown(el);
      expect(shadowAll(el, '.day.free').map((d) => d.dataset.day)).to.deep.equal(['2099-01-15']);
      expect(day(el, '2099-01-15').getAttribute('aria-label')).to.contain('2 freie Termine');
      expect(day(el, '2099-01-14').getAttribute('aria-label')).to.contain('keine freien Termine');
      await pickDay(el, '2099-01-15');
      expect(shadowAll(el, '[part="times"] label').map((l) => l.textContent!.trim())).to.deep.equal(
        ['00:30 bis 01:15\u00a0Uhr', '23:30 bis 00:15\u00a0Uhr'],
      );
    });

    it('follows the office timezone of the endpoint', async () => {
      const el = await ready({ month: '2099-01', params: { slots: 'midnight', variant: 'tokyo' } });
      await chooseService(el, 'eheschliessung');
      await slotsShown(el);
      // 00:30 Berlin = 08:30 Tokyo on the 15th; 23:30 Berlin = 07:30 Tokyo on the 16th.
      expect(shadowAll(el, '.day.free').map((d) => d.dataset.day)).to.deep.equal([
        '2099-01-15',
        '2099-01-16',
      ]);
      await pickDay(el, '2099-01-16');
      expect(shadow(el, '[part="times"] label')!.textContent!.trim()).to.equal(
        '07:30 bis 08:15\u00a0Uhr',
      );
    });
  });

  describe('with the keyboard only', () => {
    it('moves through the grid per the date picker pattern', async () => {
      const el = await ready();
      await chooseService(el, 'vaterschaft');
      await slotsShown(el);
      day(el, '2099-11-02').focus();
      const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.day;
      const press = async (key: string) => {
        await sendKeys({ press: key });
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
      };
      await press('ArrowRight');
      expect(focused()).to.equal('2099-11-03');
      await press('ArrowDown');
      expect(focused()).to.equal('2099-11-10');
      await press('End');
      expect(focused()).to.equal('2099-11-15');
      await press('Home');
      expect(focused()).to.equal('2099-11-09');
      await press('ArrowUp');
      expect(focused()).to.equal('2099-11-02');
      expect(shadowAll(el, '.day[tabindex="0"]').map((d) => d.dataset.day)).to.deep.equal([
        '2099-11-02',
      ]);
      await press('PageDown');
      expect(monthTitle(el)).to.equal('Dezember 2099');
      expect(focused()).to.equal('2099-12-02');
      await slotsShown(el);
      expect(focused()).to.equal('2099-12-02');
      await press('ArrowLeft');
      await press('ArrowLeft');
      expect(monthTitle(el)).to.equal('November 2099');
      expect(focused()).to.equal('2099-11-30');
      await slotsShown(el);
      await sendKeys({ down: 'Shift' });
      await press('PageDown');
      await sendKeys({ up: 'Shift' });
      expect(monthTitle(el)).to.equal('November 2100');
      expect(focused()).to.equal('2100-11-30');
    });

    it('books an appointment without a mouse', async () => {
      const el = await ready({ params: { variant: 'single' } });
      await slotsShown(el);
      const radio = shadow<HTMLInputElement>(el, 'input[value="vaterschaft"]')!;
      radio.focus();
      const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
      // Radio → previous and next month → the grid's one tab stop.
      await sendKeys({ press: 'Tab' });
      expect(active()!.getAttribute('aria-label')).to.equal('Vorheriger Monat');
      await sendKeys({ press: 'Tab' });
      expect(active()!.getAttribute('aria-label')).to.equal('Nächster Monat');
      await sendKeys({ press: 'Tab' });
      expect(active()!.dataset.day).to.equal('2099-11-02');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shadow(el, '[part="times"] legend')!.textContent).to.contain(
        'Dienstag, 3. November 2099',
      );
      await expect(el).to.be.accessible();
      // Tab leaves the grid for the first time; Space chooses it, an arrow the next one.
      await sendKeys({ press: 'Tab' });
      expect((active() as HTMLInputElement).value).to.equal('vaterschaft-2099-11-03-0800');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await waitUntil(() => shadow(el, '[part="form"]'), 'no form');
      await el.updateComplete;
      expect(
        shadow<HTMLInputElement>(el, 'input[value="vaterschaft-2099-11-03-0830"]')!.checked,
      ).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(active()!.getAttribute('name')).to.equal('name');
      await sendKeys({ type: 'Karl Tastatur' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'karl@example.org' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(active()!.getAttribute('name')).to.equal('consent');
      await sendKeys({ type: ' ' }); // Space ("Space" is unknown to Firefox's WebDriver BiDi)
      await sendKeys({ press: 'Tab' });
      expect(active()!.getAttribute('part')).to.equal('submit');
      await sendKeys({ press: 'Enter' });
      const done = await confirmed(el);
      expect(done.textContent).to.contain('Ihr Termin ist gebucht').and.contain('Karl Tastatur');
      expectFocused(el, shadow(el, '#done-title')!);
      await expect(el).to.be.accessible();
      const stored = await bookingsOf(runOf(el));
      expect(stored.map((b) => b.slot)).to.deep.equal(['vaterschaft-2099-11-03-0830']);
    });
  });

  describe('when the form is sent', () => {
    it('checks the fields first, marks them and focuses the first', async () => {
      const el = await ready();
      await upToForm(el, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-0800', {
        name: '',
        email: 'anna',
      });
      const failed = oneEvent(el, 'civic-booking-failed');
      let fired = false;
      void failed.then(() => (fired = true));
      await submit(el);
      await el.updateComplete;
      const name = shadow<HTMLInputElement>(el, '[name="name"]')!;
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el, `#${name.getAttribute('aria-describedby')}`)!.textContent).to.contain(
        'Bitte geben Sie Ihren Vor- und Nachnamen an.',
      );
      expect(shadow(el, '[name="email"]')!.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el, '[name="consent"]')!.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el, '[name="phone"]')!.getAttribute('aria-invalid')).to.equal('false');
      expectFocused(el, name);
      expect(shadow(el, '[part="form"] [part="error"]')!.textContent).to.contain(
        'Bitte prüfen Sie die markierten Angaben.',
      );
      await expect(el).to.be.accessible();
      expect(await bookingsOf(runOf(el))).to.have.length(0);
      expect(fired).to.equal(false);
    });

    it('says its field errors in the language it speaks now: switched to English, they read English', async () => {
      const el = await ready();
      await upToForm(el, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-0800', {
        name: '',
        email: 'anna',
      });
      await submit(el);
      await el.updateComplete;
      const text = (selector: string) => shadow(el, selector)!.textContent!.trim();
      expect(text('#err-name')).to.equal('Bitte geben Sie Ihren Vor- und Nachnamen an.');
      el.setAttribute('lang', 'en');
      // The form's own heading in English: its table's English is here.
      await waitUntil(
        () => shadow(el, '[part="form"] legend')?.textContent?.trim() === 'Your details',
        'the form never spoke English',
      );
      expect(text('#err-name')).to.equal('Please enter your first and last name.');
      expect(text('#err-email')).to.equal(
        'Please enter your e-mail address, for example name@example.org.',
      );
      expect(text('#err-consent')).to.equal(
        'Please agree, otherwise we cannot give you the appointment.',
      );
      expect(text('[part="form"] [part="error"]')).to.equal('Please check the marked fields.');
      expect(text('[part="form"]')).not.to.contain('Bitte');
    });

    it('shows the server’s field errors at the fields and keeps every value', async () => {
      const el = await ready();
      await upToForm(el, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-0800', {
        ...anna,
        email: 'anna@example.invalid',
        notes: 'Wir kommen zu zweit.',
      });
      const failed = oneEvent(el, 'civic-booking-failed') as Promise<RegistryBookingFailedEvent>;
      await submit(el);
      expect((await failed).detail.reason).to.equal('invalid');
      await el.updateComplete;
      const email = shadow<HTMLInputElement>(el, '[name="email"]')!;
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el, '#err-email')!.textContent).to.contain(
        'An diese E-Mail-Adresse können wir nicht schreiben',
      );
      expectFocused(el, email);
      expect(email.value).to.equal('anna@example.invalid');
      expect(shadow<HTMLTextAreaElement>(el, '[name="notes"]')!.value).to.equal(
        'Wir kommen zu zweit.',
      );
      expect(shadow<HTMLInputElement>(el, '[name="consent"]')!.checked).to.equal(true);
      await expect(el).to.be.accessible();
      fill(el, { email: 'anna@example.org' });
      await submit(el);
      await confirmed(el);
      expect(await bookingsOf(runOf(el))).to.have.length(1);
    });

    it('on 409 loads the slots again, keeps the form and says so', async () => {
      const el = await ready();
      await upToForm(el, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-1000');
      // Someone else books the same slot first.
      const bookingUrl = new URL('/api/registry/bookings', location.href);
      bookingUrl.searchParams.set('run', runOf(el));
      const other = await fetch(bookingUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `other-${runOf(el)}` },
        body: JSON.stringify({
          ...anna,
          name: 'Bert Schneller',
          service: 'vaterschaft',
          slot: 'vaterschaft-2099-11-02-1000',
        }),
      });
      expect(other.status).to.equal(201);
      const failed = oneEvent(el, 'civic-booking-failed') as Promise<RegistryBookingFailedEvent>;
      await submit(el);
      expect((await failed).detail.reason).to.equal('conflict');
      await waitUntil(() => shadow(el, '[part="times"] [part="error"]'), 'no conflict notice');
      await slotsShown(el);
      await el.updateComplete;
      const notice = shadow(el, '[part="times"] [part="error"]')!;
      expect(notice.textContent).to.contain('Diese Uhrzeit wurde gerade vergeben');
      expectFocused(el, notice);
      expect(shadow(el, 'input[value="vaterschaft-2099-11-02-1000"]')).to.equal(null);
      expect(shadowAll(el, 'input[name="slot"]')).to.have.length(5);
      expect(day(el, '2099-11-02').getAttribute('aria-label')).to.contain('5 freie Termine');
      expect(shadow<HTMLInputElement>(el, '[name="name"]')!.value).to.equal('Anna Beispiel');
      expect(shadow<HTMLInputElement>(el, '[name="email"]')!.value).to.equal('anna@example.org');
      await expect(el).to.be.accessible();
      // Sending again without a new time asks for one (and sends nothing).
      await submit(el);
      const ask = shadow(el, '[part="form"] [part="error"]')!;
      expect(ask.textContent!.trim()).to.equal('Bitte wählen Sie eine Uhrzeit.');
      expectFocused(el, ask);
      await pickTime(el, 'vaterschaft-2099-11-02-1030');
      expect(shadow(el, '[part="times"] [part="error"]')).to.equal(null);
      await submit(el);
      await confirmed(el);
      const stored = await bookingsOf(runOf(el));
      expect(stored.map((b) => b.slot).sort()).to.deep.equal([
        'vaterschaft-2099-11-02-1000',
        'vaterschaft-2099-11-02-1030',
      ]);
    });

    it('retries with the same Idempotency-Key: the server stores one booking', async () => {
      const el = await ready({ params: { booking: 'lose-first' } });
      await upToForm(el, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-1130');
      await submit(el);
      const problem = await problemIn(el, 'form');
      expect(problem.textContent).to.contain('Ihre Angaben sind nicht verloren');
      // The first answer was lost after the server stored the booking.
      expect(await bookingsOf(runOf(el))).to.have.length(1);
      problem.querySelector('button')!.click();
      const done = await confirmed(el);
      const stored = await bookingsOf(runOf(el));
      expect(stored).to.have.length(1);
      expect(stored[0]!.attempts).to.equal(2);
      expect(done.textContent).to.contain(stored[0]!.code);
    });

    for (const fault of ['500', 'network', 'hang']) {
      it(`keeps everything and offers the contact with a prepared e-mail on ${fault}`, async () => {
        const el = await ready({ timeout: 1500, params: { booking_fault: fault } });
        await upToForm(el, 'eheschliessung', '2099-11-02', 'eheschliessung-2099-11-02-1015', {
          ...anna,
          notes: 'Trauung im Mai',
        });
        const failed = oneEvent(el, 'civic-booking-failed') as Promise<RegistryBookingFailedEvent>;
        await submit(el);
        expect(shadow(el, '[part="submit"]')!.textContent).to.contain('Wird gesendet');
        expect((await failed).detail.reason).to.equal('failed');
        const problem = await problemIn(el, 'form');
        expectFocused(el, problem);
        expect(problem.querySelector('a[href="tel:023242044041"]')).to.exist;
        const mail = [...problem.querySelectorAll('a')].find((a) =>
          a.textContent!.includes('E-Mail mit Ihrem Terminwunsch'),
        )!;
        const href = mail.getAttribute('href')!;
        expect(href.startsWith('mailto:standesamt@example.org?')).to.equal(true);
        const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
        expect(params.get('subject')).to.equal(
          'Terminwunsch: Anmeldung zur Eheschließung am Montag, 2. November 2099 um 10:15 Uhr',
        );
        expect(params.get('body'))
          .to.contain('Anna Beispiel')
          .and.contain('Trauung im Mai')
          .and.contain('02324 12345');
        expect(shadow<HTMLInputElement>(el, '[name="name"]')!.value).to.equal('Anna Beispiel');
        expect(shadow<HTMLTextAreaElement>(el, '[name="notes"]')!.value).to.equal('Trauung im Mai');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('the confirmation', () => {
    it('offers the .ics file in the language it speaks now: switched to English, the file is English', async () => {
      const el = await ready();
      await book(el, 'eheschliessung', '2099-11-02', 'eheschliessung-2099-11-02-1100');
      const german = shadow<HTMLAnchorElement>(el, '[part="download"]')!.href;
      const code = shadow(el, '[part="code"] strong')!.textContent!.trim();
      el.setAttribute('lang', 'en');
      await waitUntil(
        () => shadow(el, '[part="download"]')?.textContent?.trim() === 'Add to calendar (.ics)',
        'the confirmation never spoke English',
      );
      const link = shadow<HTMLAnchorElement>(el, '[part="download"]')!;
      expect(link.href).not.to.equal(german);
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(await (await fetch(link.href)).text())).getFirstSubcomponent(
          'vevent',
        )!,
      );
      expect(event.summary).to.equal(
        'Anmeldung zur Eheschließung – Standesamt (Non-binding reservation)',
      );
      expect(event.description)
        .to.contain('Non-binding reservation.')
        .and.contain(`Booking number: ${code}`)
        .and.not.contain('Buchungsnummer');
    });

    it('offers an .ics file that a real parser reads back field by field', async () => {
      const el = await ready();
      await book(el, 'eheschliessung', '2099-11-02', 'eheschliessung-2099-11-02-1100');
      const link = shadow<HTMLAnchorElement>(el, '[part="download"]')!;
      const code = shadow(el, '[part="code"] strong')!.textContent!.trim();
      expect(link.getAttribute('download')).to.equal(`termin-${code}.ics`);
      expect(link.href.startsWith('blob:')).to.equal(true);
      const text = await (await fetch(link.href)).text();
      expect(text.endsWith('\r\n')).to.equal(true);
      for (const line of text.split('\r\n')) {
        expect(new TextEncoder().encode(line).length).to.be.at.most(75);
        expect(line).not.to.match(/[\r\n]/);
      }
      const calendar = new ICAL.Component(ICAL.parse(text));
      const vevent = calendar.getFirstSubcomponent('vevent')!;
      const event = new ICAL.Event(vevent);
      expect(event.uid).to.equal(`${code}@${location.hostname}`);
      const start = vevent.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
      expect(start.zone).to.equal(ICAL.Timezone.utcTimezone);
      expect(start.toJSDate().toISOString()).to.equal('2099-11-02T10:00:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).to.equal('2099-11-02T10:45:00.000Z');
      const stamp = (
        vevent.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>
      ).toJSDate();
      expect(Math.abs(stamp.getTime() - Date.now())).to.be.below(60_000);
      expect(event.summary).to.equal(
        'Anmeldung zur Eheschließung – Standesamt (Unverbindliche Reservierung)',
      );
      expect(event.location).to.equal('Standesamt, Rathausplatz 1, 45525 Hattingen');
      expect(event.description).to.contain(
        'Unverbindliche Reservierung. Eine Reservierung ist keine verbindliche Anmeldung',
      );
      expect(event.description)
        .to.contain(`Buchungsnummer: ${code}`)
        .and.contain('- Geburtsurkunde');
      expect(vevent.getFirstPropertyValue('url')).to.equal(
        `https://www.example.org/standesamt/termin-absagen?code=${code}`,
      );
    });

    it('has a print button and print styles that hide the controls', async () => {
      const el = await ready();
      await book(el, 'vaterschaft', '2099-11-02', 'vaterschaft-2099-11-02-1030');
      const print = shadow<HTMLButtonElement>(el, '[part="print"]')!;
      expect(print.textContent!.trim()).to.equal('Drucken');
      expect(getComputedStyle(print).display).not.to.equal('none');
      // Firefox over WebDriver BiDi cannot emulate print media: there the rule itself is checked.
      const emulated = !navigator.userAgent.includes('Firefox');
      if (emulated) await emulateMedia({ media: 'print' });
      try {
        if (emulated) {
          // Style recalculation after the emulation is not synchronous in every run.
          await waitUntil(
            () => getComputedStyle(print).display === 'none',
            'print styles keep the button',
            {
              timeout: 2000,
            },
          );
          // The download, print and cancel controls sit in the hidden actions row.
          expect(getComputedStyle(shadow(el, '[part="confirmation"] .actions')!).display).to.equal(
            'none',
          );
          expect(shadow(el, '[part="download"]')!.getClientRects()).to.have.length(0);
          expect(getComputedStyle(shadow(el, '[part="code"]')!).display).not.to.equal('none');
        } else {
          const rules = (el.constructor as typeof RegistryBooking).elementStyles
            .flatMap((s) => [
              ...((s as CSSStyleSheet).cssRules ??
                (s as { styleSheet: CSSStyleSheet }).styleSheet.cssRules),
            ])
            .filter(
              (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print',
            );
          const text = rules.map((r) => r.cssText).join(' ');
          expect(text).to.contain('.actions').and.contain('button').and.contain('display: none');
        }
      } finally {
        if (emulated) await emulateMedia({ media: 'screen' });
      }
    });
  });

  // Every fault kind, the contact, the retry and axe: registry-booking-base.test.ts.
  describe('when the endpoint fails and nothing is cached', () => {
    it('names what failed, with the contact', async () => {
      const el = await widget({ params: { fault: '500' } });
      await waitForState(el, 'fallback');
      expect(shadowText(el)).to.contain('Die Terminbuchung ist gerade nicht erreichbar');
      expect(shadow(el, '[part="contact"]')!.textContent).to.contain('Bürgerbüro');
    });
  });

  describe('when the endpoint fails after a good answer', () => {
    it('shows the services with their date but lets nobody book from stale data', async () => {
      const params = { fail_after: '1' };
      const first = await ready({ params });
      const url = first.endpoint!;
      first.remove();
      const el = await fixture<RegistryBooking>(
        html`<registry-booking
          endpoint=${url}
          month=${MONTH}
          contact-phone=${contact.phone}
        ></registry-booking>`,
      );
      await waitForState(el, 'stale');
      expect(shadow(el, '[part="stale-notice"]')!.textContent).to.match(
        /zuletzt bekannten Stand vom \d\d\.\d\d\.\d{4}, \d\d:\d\d/,
      );
      expect(shadowAll(el, 'input[name="service"]')).to.have.length(4);
      await chooseService(el, 'vaterschaft');
      expect(shadow(el, '[part="calendar"]')).to.equal(null);
      expect(shadowText(el)).to.contain('Termine können nur mit aktuellen Daten vergeben werden');
      expect(shadow(el, '.offline a[href="tel:023242040"]')).to.exist;
      await expect(el).to.be.accessible();
      const requested = performance
        .getEntriesByType('resource')
        .some((e) => e.name.includes('/api/registry/slots') && e.name.includes(runOf(el)));
      expect(requested).to.equal(false);
    });

    it('falls back to an inline snapshot, marked stale, without booking', async () => {
      const el = await fixture<RegistryBooking>(
        html`<registry-booking
          endpoint=${uniqueUrl('/api/registry', { fault: '500' })}
          month=${MONTH}
        >
          <script type="application/json">
            {
              "office": { "name": "Standesamt", "phone": "(02324) 204 4041" },
              "updated_at": "2023-10-30T10:00:00+01:00",
              "services": [
                {
                  "id": "eheschliessung",
                  "name": "Anmeldung zur Eheschließung",
                  "mode": "reservation"
                }
              ],
              "slots_url": "/api/registry/slots",
              "booking_url": "/api/registry/bookings"
            }
          </script>
        </registry-booking>`,
      );
      await waitForState(el, 'stale');
      expect(shadowText(el)).to.contain('zuletzt bekannten Stand vom 30.10.2023, 10:00');
      expect(shadow(el, '[part="calendar"]')).to.equal(null);
      expect(shadow(el, '.offline a[href="tel:023242044041"]')).to.exist;
    });
  });

  describe('inside <city-services>', () => {
    it('announces an impaired service up front and uses the page-wide contact in the fallback', async () => {
      const page = await fixture(
        html`<city-services
          status-endpoint=${uniqueUrl('/api/service-status')}
          refresh="0"
          contact-name="Rathaus"
          contact-phone="(02324) 204 0"
        >
          <registry-booking
            endpoint=${uniqueUrl('/api/registry')}
            service="standesamt"
            month=${MONTH}
          ></registry-booking>
          <registry-booking
            endpoint=${uniqueUrl('/api/registry', { fault: '500' })}
            month=${MONTH}
          ></registry-booking>
        </city-services>`,
      );
      const [el, failing] = [...page.querySelectorAll('registry-booking')] as RegistryBooking[];
      await waitForState(el!, 'ready');
      await waitUntil(() => shadow(el!, '[part="service-notice"]'), 'no service notice');
      // Its own endpoint answers: a calm note, not a warning above a calendar that works.
      const notice = shadow(el!, '[part="service-notice"]')!.textContent!;
      expect(notice).to.contain('Standesamt').and.contain('länger dauern');
      expect(notice).not.to.contain('Teilweise gestört');
      await waitForState(failing!, 'fallback');
      expect(shadow(failing!, '[part="contact"]')!.textContent).to.contain('Rathaus');
      await expect(el).to.be.accessible();
    });
  });
});
