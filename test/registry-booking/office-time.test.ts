import { expect } from '@open-wc/testing';
import { CITY_TIME_ZONE, parseInstant } from '../../src/core/format.js';
import {
  addDays,
  addMonths,
  dayKeyInZone,
  daysInMonth,
  formatMonth,
  groupSlotsByDay,
  isDayKey,
  isFocusKey,
  monthGrid,
  monthRange,
  moveFocusDate,
  nextSlotMonth,
  todayInZone,
  todayMonth,
  weekdayNames,
  weekdayOf,
} from '../../src/registry-booking/office-time.js';
import type { FocusKey, Slot } from '../../src/registry-booking/office-time.js';
import { BERLIN, NEW_YORK, TOKYO, UTC } from '../time-zones.js';

// Every expectation below is about the office's zone, whatever the browser's; the same maths is
// also checked in New York and Tokyo (test/time-zones.ts).

/** 14 November 2023, 23:30 UTC: already the 15th in Berlin and Tokyo, still the 14th in New York. */
const NOV_14_2330_UTC = '2023-11-14T23:30:00Z';

describe('office-time', () => {
  describe('dayKeyInZone', () => {
    it('gives the Berlin day for instants near midnight (CET, UTC+1)', () => {
      expect(dayKeyInZone('2023-11-14T22:59:59Z', BERLIN)).to.equal('2023-11-14');
      expect(dayKeyInZone('2023-11-14T23:00:00Z', BERLIN)).to.equal('2023-11-15');
      expect(dayKeyInZone(NOV_14_2330_UTC, BERLIN)).to.equal('2023-11-15');
      expect(dayKeyInZone('2023-11-15T00:30:00+01:00', BERLIN)).to.equal('2023-11-15');
      expect(dayKeyInZone(new Date(Date.UTC(2023, 10, 14, 23, 30)), BERLIN)).to.equal('2023-11-15');
    });

    it('defaults to Europe/Berlin', () => {
      expect(CITY_TIME_ZONE).to.equal(BERLIN);
      expect(dayKeyInZone(NOV_14_2330_UTC)).to.equal('2023-11-15');
    });

    // [instant, zone, the day there]
    const days: [instant: string, zone: string, day: string][] = [
      // Berlin, autumn: CEST → CET on 29 Oct 2023 at 01:00 UTC.
      ['2023-10-28T21:59:59Z', BERLIN, '2023-10-28'],
      ['2023-10-28T22:00:00Z', BERLIN, '2023-10-29'],
      ['2023-10-29T00:59:59Z', BERLIN, '2023-10-29'],
      ['2023-10-29T01:00:00Z', BERLIN, '2023-10-29'],
      ['2023-10-29T22:59:59Z', BERLIN, '2023-10-29'],
      ['2023-10-29T23:00:00Z', BERLIN, '2023-10-30'],
      // Berlin, spring: CET → CEST on 26 Mar 2023 at 01:00 UTC.
      ['2023-03-25T22:59:59Z', BERLIN, '2023-03-25'],
      ['2023-03-25T23:00:00Z', BERLIN, '2023-03-26'],
      ['2023-03-26T21:59:59Z', BERLIN, '2023-03-26'],
      ['2023-03-26T22:00:00Z', BERLIN, '2023-03-27'],
      // One instant in other office zones, whatever the device zone.
      ['2023-11-14T23:30:00Z', UTC, '2023-11-14'],
      ['2023-11-14T23:30:00Z', NEW_YORK, '2023-11-14'],
      ['2023-11-14T23:30:00Z', TOKYO, '2023-11-15'],
      // Tokyo: UTC+9 all year.
      ['2023-11-14T14:59:59Z', TOKYO, '2023-11-14'],
      ['2023-11-14T15:00:00Z', TOKYO, '2023-11-15'],
      // New York: EDT (UTC−4) until 5 Nov 2023 06:00 UTC, then EST (UTC−5).
      ['2023-11-05T03:59:59Z', NEW_YORK, '2023-11-04'],
      ['2023-11-05T04:00:00Z', NEW_YORK, '2023-11-05'],
      ['2023-11-06T04:59:59Z', NEW_YORK, '2023-11-05'],
      ['2023-11-06T05:00:00Z', NEW_YORK, '2023-11-06'],
    ];
    it('follows each zone’s offset, across the DST changes of 2023, whatever the device zone', () => {
      for (const [instant, zone, day] of days) {
        expect(dayKeyInZone(instant, zone), `${instant} in ${zone}`).to.equal(day);
      }
    });

    it('throws a RangeError for an unreadable instant', () => {
      expect(() => dayKeyInZone('2023-11-14T09:00:00', BERLIN)).to.throw(RangeError);
      expect(() => dayKeyInZone('morgen', BERLIN)).to.throw(RangeError);
    });
  });

  describe('todayInZone', () => {
    it('is the day of "now" in the office zone', () => {
      const now = new Date(NOV_14_2330_UTC);
      expect(todayInZone(BERLIN, now)).to.equal('2023-11-15');
      expect(todayInZone(NEW_YORK, now)).to.equal('2023-11-14');
      expect(todayInZone(TOKYO, now)).to.equal('2023-11-15');
    });

    it('defaults to Berlin and the current time', () => {
      const before = dayKeyInZone(new Date(), BERLIN);
      const today = todayInZone();
      const after = dayKeyInZone(new Date(), BERLIN);
      expect(isDayKey(today)).to.equal(true);
      expect([before, after]).to.include(today);
    });
  });

  describe('todayMonth', () => {
    it('is the month of "now" in the office zone, with its day key', () => {
      const now = new Date('2023-11-30T23:30:00Z');
      expect(todayMonth(BERLIN, now)).to.deep.equal({ year: 2023, month: 12, iso: '2023-12-01' });
      expect(todayMonth(NEW_YORK, now)).to.deep.equal({ year: 2023, month: 11, iso: '2023-11-30' });
      const newYear = new Date('2023-12-31T23:30:00Z');
      expect(todayMonth(BERLIN, newYear)).to.deep.equal({
        year: 2024,
        month: 1,
        iso: '2024-01-01',
      });
    });
  });

  describe('nextSlotMonth', () => {
    const november = { year: 2023, month: 11 };

    it("is the month of the server's next free slot, in the office zone", () => {
      expect(nextSlotMonth(november, '2024-02-14T09:00:00+01:00', BERLIN)).to.deep.equal({
        year: 2024,
        month: 2,
      });
      // 23:30 UTC on 31 January: already February in Berlin, still January in New York.
      expect(nextSlotMonth(november, '2024-01-31T23:30:00Z', BERLIN)).to.deep.equal({
        year: 2024,
        month: 2,
      });
      expect(nextSlotMonth(november, '2024-01-31T23:30:00Z', NEW_YORK)).to.deep.equal({
        year: 2024,
        month: 1,
      });
    });

    it('is the month after the current one when the server named none or an unreadable one', () => {
      expect(nextSlotMonth(november, undefined, BERLIN)).to.deep.equal({ year: 2023, month: 12 });
      expect(nextSlotMonth({ year: 2023, month: 12 }, '', BERLIN)).to.deep.equal({
        year: 2024,
        month: 1,
      });
      expect(nextSlotMonth(november, 'bald', BERLIN)).to.deep.equal({ year: 2023, month: 12 });
      expect(nextSlotMonth(november, '2024-02-14T09:00:00', BERLIN)).to.deep.equal({
        year: 2023,
        month: 12,
      });
    });
  });

  describe('day keys', () => {
    it('validates YYYY-MM-DD including month lengths and leap years', () => {
      expect(isDayKey('2024-02-29')).to.equal(true);
      expect(isDayKey('2023-02-29')).to.equal(false);
      expect(isDayKey('2023-04-31')).to.equal(false);
      expect(isDayKey('2023-00-10')).to.equal(false);
      expect(isDayKey('2023-1-10')).to.equal(false);
      expect(isDayKey('2023-11-14T00:00:00Z')).to.equal(false);
    });

    it('knows month lengths, leap years included', () => {
      expect(daysInMonth(2023, 2)).to.equal(28);
      expect(daysInMonth(2024, 2)).to.equal(29);
      expect(daysInMonth(1900, 2)).to.equal(28);
      expect(daysInMonth(2000, 2)).to.equal(29);
      expect(daysInMonth(2023, 4)).to.equal(30);
      expect(daysInMonth(2023, 12)).to.equal(31);
    });

    it('counts weekdays from Monday = 0', () => {
      expect(weekdayOf('2023-11-13')).to.equal(0); // Monday
      expect(weekdayOf('2023-11-14')).to.equal(1); // Tuesday
      expect(weekdayOf('2023-11-19')).to.equal(6); // Sunday
    });

    it('adds days across months, years and DST changes', () => {
      expect(addDays('2023-10-28', 1)).to.equal('2023-10-29');
      expect(addDays('2023-10-29', 1)).to.equal('2023-10-30');
      expect(addDays('2023-03-26', -1)).to.equal('2023-03-25');
      expect(addDays('2023-12-31', 1)).to.equal('2024-01-01');
      expect(addDays('2024-03-01', -1)).to.equal('2024-02-29');
      expect(addDays('2023-11-14', 0)).to.equal('2023-11-14');
      expect(() => addDays('2023-02-30', 1)).to.throw(RangeError);
    });
  });

  describe('monthGrid', () => {
    const flat = (year: number, month: number) => monthGrid(year, month).flat();

    it('lays out November 2023 in Monday-first weeks with the adjacent days', () => {
      const weeks = monthGrid(2023, 11);
      expect(weeks).to.have.length(5);
      expect(weeks[0]!.map((d) => d.iso)).to.deep.equal([
        '2023-10-30',
        '2023-10-31',
        '2023-11-01',
        '2023-11-02',
        '2023-11-03',
        '2023-11-04',
        '2023-11-05',
      ]);
      expect(weeks[0]![0]).to.deep.equal({
        iso: '2023-10-30',
        day: 30,
        inMonth: false,
        weekday: 0,
      });
      expect(weeks[0]![2]).to.deep.equal({ iso: '2023-11-01', day: 1, inMonth: true, weekday: 2 });
      expect(weeks[4]!.map((d) => d.iso)).to.deep.equal([
        '2023-11-27',
        '2023-11-28',
        '2023-11-29',
        '2023-11-30',
        '2023-12-01',
        '2023-12-02',
        '2023-12-03',
      ]);
      expect(weeks[4]![6]).to.deep.equal({ iso: '2023-12-03', day: 3, inMonth: false, weekday: 6 });
      for (const week of weeks) {
        expect(week.map((d) => d.weekday)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
      }
      expect(flat(2023, 11).filter((d) => d.inMonth)).to.have.length(30);
    });

    it('has 4 weeks for a February starting on Monday and 6 when needed', () => {
      expect(monthGrid(2021, 2)).to.have.length(4);
      expect(flat(2021, 2).every((d) => d.inMonth)).to.equal(true);
      expect(monthGrid(2024, 9)).to.have.length(6); // 1 Sep 2024 is a Sunday, 30 days
      expect(monthGrid(2020, 3)).to.have.length(6);
    });

    it('crosses the year boundary', () => {
      const days = flat(2024, 12);
      expect(days[0]!.iso).to.equal('2024-11-25');
      expect(days.at(-1)!.iso).to.equal('2025-01-05');
      expect(days.filter((d) => d.inMonth).map((d) => d.day)).to.deep.equal(
        Array.from({ length: 31 }, (_, i) => i + 1),
      );
      expect(flat(2024, 2).filter((d) => d.inMonth)).to.have.length(29);
    });

    it('has every day exactly once in the DST months', () => {
      for (const [year, month] of [
        [2023, 3],
        [2023, 10],
      ] as const) {
        const days = flat(year, month);
        const inMonth = days.filter((d) => d.inMonth).map((d) => d.day);
        expect(inMonth).to.deep.equal(Array.from({ length: 31 }, (_, i) => i + 1));
        for (let i = 1; i < days.length; i++) {
          expect(days[i]!.iso).to.equal(addDays(days[i - 1]!.iso, 1));
        }
      }
      expect(flat(2023, 10).map((d) => d.iso)).to.include('2023-10-29');
    });

    it('rejects a month outside 1–12', () => {
      expect(() => monthGrid(2023, 0)).to.throw(RangeError);
      expect(() => monthGrid(2023, 13)).to.throw(RangeError);
      expect(() => monthGrid(2023, 1.5)).to.throw(RangeError);
    });
  });

  describe('monthRange and addMonths', () => {
    it('gives the first and last day of the month', () => {
      expect(monthRange(2023, 11)).to.deep.equal({ from: '2023-11-01', to: '2023-11-30' });
      expect(monthRange(2023, 12)).to.deep.equal({ from: '2023-12-01', to: '2023-12-31' });
      expect(monthRange(2023, 2)).to.deep.equal({ from: '2023-02-01', to: '2023-02-28' });
      expect(monthRange(2024, 2)).to.deep.equal({ from: '2024-02-01', to: '2024-02-29' });
    });

    it('adds and subtracts months across years', () => {
      expect(addMonths(2023, 11, 1)).to.deep.equal({ year: 2023, month: 12 });
      expect(addMonths(2023, 12, 1)).to.deep.equal({ year: 2024, month: 1 });
      expect(addMonths(2024, 1, -1)).to.deep.equal({ year: 2023, month: 12 });
      expect(addMonths(2023, 11, 0)).to.deep.equal({ year: 2023, month: 11 });
      expect(addMonths(2023, 11, -23)).to.deep.equal({ year: 2021, month: 12 });
      expect(addMonths(2023, 11, 25)).to.deep.equal({ year: 2025, month: 12 });
      expect(addMonths(2023, 1, -12)).to.deep.equal({ year: 2022, month: 1 });
    });
  });

  describe('groupSlotsByDay', () => {
    const slot = (id: string, start: string, available = true): Slot => {
      const startMs = parseInstant(start)?.getTime();
      const end = startMs === undefined ? start : new Date(startMs + 30 * 60_000).toISOString();
      return { id, start, end, available };
    };
    // Shuffled on purpose; mixed offsets so that sorting strings instead of instants would fail.
    const slots = [
      slot('g', '2023-11-16T10:00:00+01:00'),
      slot('i', '2023-11-14T08:45:00Z'),
      slot('a', '2023-11-15T08:00:00Z'),
      slot('b', '2023-11-14T23:30:00Z'), // 00:30 on the 15th in Berlin
      slot('d', '2023-11-14T07:00:00Z', false),
      slot('h', '2023-11-14T09:40:00+01:00'), // 08:40Z: before i
      slot('c', '2023-11-14T09:00:00+01:00'),
      slot('j', '2023-11-14T15:30:00Z'), // 00:30 on the 15th in Tokyo
      slot('e', '2023-11-14T08:30:00Z'),
      slot('x', 'demnächst'),
      slot('y', '2023-11-14T09:00:00'), // no offset: unreadable
    ];
    const ids = (days: Map<string, Slot[]>) =>
      Object.fromEntries([...days].map(([day, list]) => [day, list.map((s) => s.id)]));

    it('groups the available slots by Berlin day, sorted by start', () => {
      const days = groupSlotsByDay(slots, BERLIN);
      expect([...days.keys()]).to.deep.equal(['2023-11-14', '2023-11-15', '2023-11-16']);
      expect(ids(days)).to.deep.equal({
        '2023-11-14': ['c', 'e', 'h', 'i', 'j'],
        '2023-11-15': ['b', 'a'],
        '2023-11-16': ['g'],
      });
      expect(days.get('2023-11-16')![0]).to.equal(slots[0]); // the same objects
    });

    it('defaults to Berlin', () => {
      expect(ids(groupSlotsByDay(slots))).to.deep.equal(ids(groupSlotsByDay(slots, BERLIN)));
    });

    it('groups by the given office zone', () => {
      expect(ids(groupSlotsByDay(slots, NEW_YORK))).to.deep.equal({
        '2023-11-14': ['c', 'e', 'h', 'i', 'j', 'b'],
        '2023-11-15': ['a'],
        '2023-11-16': ['g'],
      });
      expect(ids(groupSlotsByDay(slots, TOKYO))).to.deep.equal({
        '2023-11-14': ['c', 'e', 'h', 'i'],
        '2023-11-15': ['j', 'b', 'a'],
        '2023-11-16': ['g'],
      });
    });

    it('groups across the DST change', () => {
      const days = groupSlotsByDay(
        [
          slot('late-summer', '2023-10-28T21:30:00Z'), // 23:30 CEST on the 28th
          slot('first', '2023-10-28T22:30:00Z'), // 00:30 CEST on the 29th
          slot('twice-a', '2023-10-29T00:30:00Z'), // 02:30 CEST
          slot('twice-b', '2023-10-29T01:30:00Z'), // 02:30 CET, one hour later
          slot('last', '2023-10-29T22:30:00Z'), // 23:30 CET on the 29th
          slot('next', '2023-10-29T23:30:00Z'), // 00:30 CET on the 30th
        ],
        BERLIN,
      );
      expect(ids(days)).to.deep.equal({
        '2023-10-28': ['late-summer'],
        '2023-10-29': ['first', 'twice-a', 'twice-b', 'last'],
        '2023-10-30': ['next'],
      });
    });

    it('leaves out the slots that start at or before `startsAfter`', () => {
      const nineBerlin = parseInstant('2023-11-14T09:00:00+01:00')!.getTime();
      expect(ids(groupSlotsByDay(slots, BERLIN, nineBerlin))).to.deep.equal({
        '2023-11-14': ['e', 'h', 'i', 'j'],
        '2023-11-15': ['b', 'a'],
        '2023-11-16': ['g'],
      });
      const later = parseInstant('2023-11-20T00:00:00Z')!.getTime();
      expect(groupSlotsByDay(slots, BERLIN, later).size).to.equal(0);
    });

    it('is empty for no available slots', () => {
      expect(groupSlotsByDay([], BERLIN).size).to.equal(0);
      expect(groupSlotsByDay([slot('d', '2023-11-14T07:00:00Z', false)], BERLIN).size).to.equal(0);
    });
  });

  describe('moveFocusDate', () => {
    // [from, the key (with Shift held when it says so), to]
    const moves: [from: string, keys: string, to: string][] = [
      // One day with Left/Right, one week with Up/Down.
      ['2023-11-01', 'ArrowLeft', '2023-10-31'],
      ['2023-11-14', 'ArrowRight', '2023-11-15'],
      ['2023-12-31', 'ArrowRight', '2024-01-01'],
      ['2023-11-03', 'ArrowUp', '2023-10-27'],
      ['2023-11-28', 'ArrowDown', '2023-12-05'],
      ['2024-02-26', 'ArrowDown', '2024-03-04'],
      // Shift only changes PageUp/PageDown.
      ['2023-11-14', 'Shift+ArrowRight', '2023-11-15'],
      // Neither skips nor repeats a day at the DST changes.
      ['2023-10-28', 'ArrowRight', '2023-10-29'],
      ['2023-10-29', 'ArrowRight', '2023-10-30'],
      ['2023-10-30', 'ArrowLeft', '2023-10-29'],
      ['2023-03-26', 'ArrowLeft', '2023-03-25'],
      ['2023-10-26', 'ArrowDown', '2023-11-02'],
      ['2023-04-01', 'ArrowUp', '2023-03-25'],
      // Monday with Home, Sunday with End (Sunday ends the week).
      ['2023-11-15', 'Home', '2023-11-13'],
      ['2023-11-15', 'End', '2023-11-19'],
      ['2023-11-13', 'Home', '2023-11-13'],
      ['2023-11-19', 'End', '2023-11-19'],
      ['2023-11-19', 'Home', '2023-11-13'],
      ['2023-11-01', 'Home', '2023-10-30'],
      ['2023-11-30', 'End', '2023-12-03'],
      // One month with PageUp/PageDown, clamping the day.
      ['2023-12-15', 'PageDown', '2024-01-15'],
      ['2024-01-15', 'PageUp', '2023-12-15'],
      ['2023-03-31', 'PageUp', '2023-02-28'],
      ['2024-01-31', 'PageDown', '2024-02-29'],
      ['2023-10-31', 'PageDown', '2023-11-30'],
      ['2023-11-30', 'PageDown', '2023-12-30'],
      // One year with Shift+PageUp/PageDown, clamping 29 February.
      ['2023-11-14', 'Shift+PageDown', '2024-11-14'],
      ['2023-11-14', 'Shift+PageUp', '2022-11-14'],
      ['2024-02-29', 'Shift+PageUp', '2023-02-28'],
      ['2024-02-29', 'Shift+PageDown', '2025-02-28'],
    ];
    for (const [from, keys, to] of moves) {
      it(`moves from ${from} with ${keys} to ${to}`, () => {
        const shift = keys.startsWith('Shift+');
        const key = keys.replace('Shift+', '') as FocusKey;
        expect(moveFocusDate(from, key, shift)).to.equal(to);
      });
    }

    it('visits 365 distinct days walking through a whole year with ArrowRight', () => {
      const seen = new Set<string>();
      let day = '2023-01-01';
      while (day < '2024-01-01') {
        seen.add(day);
        day = moveFocusDate(day, 'ArrowRight');
      }
      expect(seen.size).to.equal(365);
      expect(day).to.equal('2024-01-01');
    });

    it('leaves the day for other keys and recognises the grid keys', () => {
      expect(moveFocusDate('2023-11-14', 'Enter' as FocusKey)).to.equal('2023-11-14');
      expect(isFocusKey('PageUp')).to.equal(true);
      expect(isFocusKey('ArrowLeft')).to.equal(true);
      expect(isFocusKey('Enter')).to.equal(false);
      expect(isFocusKey('Tab')).to.equal(false);
      expect(() => moveFocusDate('2023-02-30', 'ArrowLeft')).to.throw(RangeError);
    });
  });

  describe('formatting', () => {
    it('formats the month heading', () => {
      expect(formatMonth(2023, 11, 'de')).to.equal('November 2023');
      expect(formatMonth(2023, 11, 'en')).to.equal('November 2023');
      expect(formatMonth(2024, 3, 'de')).to.equal('März 2024');
      expect(formatMonth(2024, 3, 'en')).to.equal('March 2024');
      expect(formatMonth(2024, 1, 'de')).to.equal('Januar 2024');
      expect(formatMonth(2023, 12)).to.equal('Dezember 2023');
      expect(() => formatMonth(2023, 13, 'de')).to.throw(RangeError);
    });

    it('names the weekdays Monday first', () => {
      expect(weekdayNames('de').join(' ')).to.equal(
        'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag',
      );
      expect(weekdayNames('en')[0]).to.equal('Monday');
      expect(weekdayNames('en')[6]).to.equal('Sunday');
      const short = weekdayNames('de', 'short');
      expect(short).to.have.length(7);
      expect(short[0]).to.match(/^Mo/);
    });
  });
});
