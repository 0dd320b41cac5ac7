import { expect } from '@open-wc/testing';
import {
  CITY_TIME_ZONE,
  formatDate,
  formatDateTime,
  formatTime,
  parseInstant,
} from '../../src/core/format.js';
import { BERLIN, NEW_YORK, TOKYO } from '../time-zones.js';

// Every expectation is about the city's zone, whatever the browser's (test/time-zones.ts).

/** 14 November 2023, 23:30 UTC: 00:30 on the 15th in Berlin, 18:30 on the 14th in New York. */
const NOV_14_2330_UTC = Date.UTC(2023, 10, 14, 23, 30);

describe('format', () => {
  describe('parseInstant', () => {
    it('reads ISO date-times with Z or an offset', () => {
      for (const sameInstant of [
        '2023-11-14T23:30:00Z',
        '2023-11-15T00:30:00+01:00',
        '2023-11-14T18:30-05:00',
      ]) {
        expect(parseInstant(sameInstant)?.getTime(), sameInstant).to.equal(NOV_14_2330_UTC);
      }
      expect(parseInstant('2023-11-14T23:30:00.5Z')?.getTime()).to.equal(NOV_14_2330_UTC + 500);
      expect(parseInstant('2023-11-14T23:30:00.123456Z')?.getTime()).to.equal(
        NOV_14_2330_UTC + 123,
      );
      const date = new Date(Date.UTC(2023, 10, 14));
      expect(parseInstant(date)).to.equal(date);
    });

    it('rejects times without an offset (they would be read in the device zone) and junk', () => {
      for (const unreadable of [
        '2023-11-14T09:00:00',
        '2023-11-14',
        '14.11.2023 09:00',
        '2023-13-45T09:00:00Z',
        '',
      ]) {
        expect(parseInstant(unreadable), unreadable).to.equal(undefined);
      }
      expect(parseInstant(new Date(NaN))).to.equal(undefined);
    });
  });

  describe('formatDate, formatDateTime, formatTime', () => {
    it('defaults to the city time zone, Europe/Berlin', () => {
      expect(CITY_TIME_ZONE).to.equal(BERLIN);
      expect(formatDate('2023-11-14T23:30:00Z', 'de')).to.equal('15.11.2023');
    });

    it('formats the short date of an instant and of a day', () => {
      expect(formatDate('2023-10-30T09:15:00+01:00', 'de')).to.equal('30.10.2023');
      expect(formatDate('2023-10-30T09:15:00+01:00', 'en')).to.equal('30/10/2023');
      expect(formatDate('2023-10-30', 'de', TOKYO)).to.equal('30.10.2023');
      expect(formatDate('2023-10-30', 'de', NEW_YORK)).to.equal('30.10.2023');
      expect(formatDate(new Date(Date.UTC(2023, 9, 30, 23, 30)), 'de')).to.equal('31.10.2023');
    });

    it('formats date and time in the city zone, 24-hour', () => {
      expect(formatDateTime('2023-10-30T08:15:00Z', 'de')).to.equal('30.10.2023, 09:15');
      expect(formatDateTime('2023-10-30T13:15:00Z', 'en')).to.equal('30/10/2023, 14:15');
      expect(formatDateTime('2023-10-30T08:15:00Z', 'de', NEW_YORK)).to.equal('30.10.2023, 04:15');
    });

    it('gives an empty string for what it cannot read, never "Invalid Date"', () => {
      for (const bad of ['', 'nie', '2023-02-30', '2023-11-14T09:00:00', '14.11.2023']) {
        expect(formatDate(bad, 'de'), bad).to.equal('');
        expect(formatDate(bad, 'de', BERLIN, 'long'), bad).to.equal('');
        expect(formatDateTime(bad, 'de'), bad).to.equal('');
      }
    });

    it('formats the clock time in the office zone, 24-hour', () => {
      expect(formatTime('2023-11-14T08:00:00Z', 'de', BERLIN)).to.equal('09:00');
      expect(formatTime('2023-11-14T08:00:00Z', 'en', BERLIN)).to.equal('09:00');
      expect(formatTime('2023-11-14T08:00:00Z', 'de')).to.equal('09:00');
      expect(formatTime('2023-07-03T07:30:00Z', 'de', BERLIN)).to.equal('09:30');
      expect(formatTime('2023-11-14T13:05:00Z', 'en', BERLIN)).to.equal('14:05');
      expect(formatTime('2023-11-14T23:00:00Z', 'de', BERLIN)).to.equal('00:00');
      expect(formatTime('2023-11-14T08:00:00Z', 'en', NEW_YORK)).to.equal('03:00');
      expect(formatTime('2023-11-14T08:00:00Z', 'de', TOKYO)).to.equal('17:00');
      // 02:30 happens twice on 29 Oct 2023 in Berlin.
      expect(formatTime('2023-10-29T00:30:00Z', 'de', BERLIN)).to.equal('02:30');
      expect(formatTime('2023-10-29T01:30:00Z', 'de', BERLIN)).to.equal('02:30');
      expect(formatTime('2023-11-14T09:00:00', 'de', BERLIN)).to.equal('');
    });

    it('formats the long date of an instant in the office zone', () => {
      for (const [instant, lang, zone, shown] of [
        ['2023-11-14T10:00:00Z', 'de', BERLIN, 'Dienstag, 14. November 2023'],
        ['2023-11-14T10:00:00Z', 'en', BERLIN, 'Tuesday, 14 November 2023'],
        ['2023-11-14T23:30:00Z', 'de', BERLIN, 'Mittwoch, 15. November 2023'],
        ['2023-11-14T23:30:00Z', 'de', NEW_YORK, 'Dienstag, 14. November 2023'],
        ['2023-11-14T15:30:00Z', 'en', TOKYO, 'Wednesday, 15 November 2023'],
        ['2023-10-28T22:30:00Z', 'de', BERLIN, 'Sonntag, 29. Oktober 2023'],
      ] as const) {
        expect(formatDate(instant, lang, zone, 'long'), `${instant} in ${zone}`).to.equal(shown);
      }
      expect(formatDate('nie', 'de', BERLIN, 'long')).to.equal('');
    });

    it('formats a day key as that day in any zone', () => {
      for (const zone of [BERLIN, NEW_YORK, TOKYO]) {
        expect(formatDate('2023-11-14', 'de', zone, 'long')).to.equal(
          'Dienstag, 14. November 2023',
        );
      }
      expect(formatDate('2024-03-01', 'de', BERLIN, 'long')).to.equal('Freitag, 1. März 2024');
      expect(formatDate('2024-03-01', 'en', BERLIN, 'long')).to.equal('Friday, 1 March 2024');
      expect(formatDate('2023-02-30', 'de', BERLIN, 'long')).to.equal('');
    });
  });
});
