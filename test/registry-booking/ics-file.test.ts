import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  ICS_MIME_TYPE,
  ICS_PRODID,
  buildIcs,
  escapeIcsText,
  foldIcsLine,
  formatIcsUtc,
  icsBlob,
  icsDataUrl,
} from '../../src/registry-booking/ics-file.js';
import type { IcsEvent } from '../../src/registry-booking/ics-file.js';

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The physical lines; asserts the CRLF rules on the way. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  const lines = ics.split('\r\n');
  expect(lines.pop()).to.equal('');
  for (const line of lines) {
    expect(line, 'no bare CR or LF').not.to.match(/[\r\n]/);
  }
  return lines;
}

/** Reads the file back with ical.js, a full RFC 5545 parser. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).to.have.length(1);
  return { calendar, vevent: events[0]!, event: new ICAL.Event(events[0]!) };
}

/** A DATE-TIME property as the instant it names; it must be in UTC. */
function utcInstant(vevent: InstanceType<typeof ICAL.Component>, name: string): number {
  const value = vevent.getFirstPropertyValue(name);
  expect(value).to.be.instanceOf(ICAL.Time);
  const time = value as InstanceType<typeof ICAL.Time>;
  expect(time.zone).to.equal(ICAL.Timezone.utcTimezone);
  return time.toJSDate().getTime();
}

const description =
  'Bitte mitbringen:\n- Personalausweis, Reisepass oder Aufenthaltstitel\n' +
  '- Geburtsurkunde; beglaubigt\r\nGebühr: 40 € (bar, EC-Karte).\nPfad: C:\\Termine\\4711';

const booking: IcsEvent = {
  uid: 'booking-4711@standesamt.example.de',
  start: '2023-11-14T09:00:00+01:00',
  end: '2023-11-14T09:30:00+01:00',
  summary: 'Standesamt: Anmeldung zur Eheschließung',
  location: 'Standesamt Mitte, Raum 1.04; Rathausplatz 1, 12345 Musterstadt',
  description,
  url: 'https://stadt.example.de/termine/4711?code=a,b;c',
  stamp: new Date('2023-11-01T12:34:56Z'),
};

describe('ics-file', () => {
  describe('buildIcs', () => {
    it('writes the calendar envelope', () => {
      const lines = physicalLines(buildIcs(booking));
      expect(lines.slice(0, 6)).to.deep.equal([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        `PRODID:${ICS_PRODID}`,
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
      ]);
      expect(lines.slice(-2)).to.deep.equal(['END:VEVENT', 'END:VCALENDAR']);
      expect(lines).to.include('DTSTART:20231114T080000Z');
      expect(lines).to.include('DTEND:20231114T083000Z');
      expect(lines).to.include('DTSTAMP:20231101T123456Z');
    });

    it('round-trips every field through ical.js', () => {
      const { calendar, vevent, event } = parse(buildIcs(booking));
      expect(calendar.name).to.equal('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).to.equal(ICS_PRODID);
      expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
      expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');

      expect(event.uid).to.equal(booking.uid);
      expect(utcInstant(vevent, 'dtstamp')).to.equal(booking.stamp!.getTime());
      expect(utcInstant(vevent, 'dtstart')).to.equal(Date.parse(booking.start as string));
      expect(utcInstant(vevent, 'dtend')).to.equal(Date.parse(booking.end as string));
      expect(event.startDate.toJSDate().toISOString()).to.equal('2023-11-14T08:00:00.000Z');
      expect(event.summary).to.equal('Standesamt: Anmeldung zur Eheschließung');
      expect(event.location).to.equal(booking.location);
      // Line breaks come back as LF, whatever the input used.
      expect(event.description).to.equal(description.replace(/\r\n/g, '\n'));
      expect(vevent.getFirstPropertyValue('url')).to.equal(booking.url);
    });

    it('escapes text per RFC 5545 §3.3.11 in the raw file', () => {
      const ics = buildIcs(booking);
      const unfolded = ics.replace(/\r\n /g, '');
      expect(unfolded).to.include(
        'LOCATION:Standesamt Mitte\\, Raum 1.04\\; Rathausplatz 1\\, 12345 Musterstadt\r\n',
      );
      expect(unfolded).to.include('Gebühr: 40 € (bar\\, EC-Karte).\\nPfad: C:\\\\Termine\\\\4711');
      expect(unfolded).to.include('SUMMARY:Standesamt: Anmeldung zur Eheschließung\r\n');
    });

    it('keeps every line within 75 octets, CRLF-terminated', () => {
      for (const line of physicalLines(buildIcs(booking))) {
        expect(octets(line), line).to.be.at.most(75);
      }
    });

    it('folds a long description with umlauts without breaking a character', () => {
      const long =
        'Für die Anmeldung zur Eheschließung benötigen Sie gültige Ausweisdokumente, ' +
        'eine erweiterte Meldebescheinigung (nicht älter als 14 Tage) und – falls zutreffend – ' +
        'Nachweise über die Auflösung früherer Ehen; Gebühren: 40 €, Übersetzungen à 25 €.\n' +
        'Größere Änderungen? Rufen Sie uns an. Übrigens: 💍 ÄÖÜäöüß '.repeat(4);
      const ics = buildIcs({ ...booking, description: long });
      const lines = physicalLines(ics);

      const start = lines.findIndex((l) => l.startsWith('DESCRIPTION:'));
      let end = start + 1;
      while (lines[end]!.startsWith(' ')) end++;
      const folded = lines.slice(start, end);
      expect(folded.length).to.be.greaterThan(5);

      // Each physical line on its own is whole UTF-8 and whole UTF-16.
      const decoder = new TextDecoder('utf-8', { fatal: true });
      const bytes = encoder.encode(ics);
      let from = 0;
      for (let i = 0; i < bytes.length - 1; i++) {
        if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
          expect(() => decoder.decode(bytes.subarray(from, i))).not.to.throw();
          from = i + 2;
        }
      }
      for (const [i, line] of folded.entries()) {
        expect(line).not.to.match(LONE_SURROGATE);
        expect(octets(line)).to.be.at.most(75);
        if (i > 0) expect(line.startsWith(' ')).to.equal(true);
        // Folded only where needed: the next character would not have fitted.
        if (i < folded.length - 1) {
          const next = [...folded[i + 1]!.slice(1)][0]!;
          expect(octets(line) + octets(next)).to.be.greaterThan(75);
        }
      }
      expect(folded.some((l) => octets(l) < 75)).to.equal(true); // a multi-byte char moved on

      expect(parse(ics).event.description).to.equal(long);
    });

    it('keeps injected line breaks inside their property', () => {
      const { vevent, event } = parse(
        buildIcs({
          ...booking,
          summary: 'Termin\r\nEND:VEVENT\r\nBEGIN:VEVENT',
          url: 'https://stadt.example.de/a b\r\nX-EVIL:1',
        }),
      );
      expect(event.summary).to.equal('Termin\nEND:VEVENT\nBEGIN:VEVENT');
      expect(vevent.getFirstPropertyValue('url')).to.equal(
        'https://stadt.example.de/a%20b%0D%0AX-EVIL:1',
      );
      expect(vevent.getFirstProperty('x-evil')).to.equal(null);
    });

    it('writes other offsets and the DST change as the right UTC instants', () => {
      const cases: [string, string][] = [
        ['2023-10-29T02:30:00+02:00', '20231029T003000Z'], // first 02:30 in Berlin (CEST)
        ['2023-10-29T02:30:00+01:00', '20231029T013000Z'], // second 02:30 (CET)
        ['2023-11-14T09:00:00-05:00', '20231114T140000Z'], // New York
        ['2023-11-15T08:30:00+09:00', '20231114T233000Z'], // Tokyo
      ];
      for (const [start, utc] of cases) {
        const end = new Date(Date.parse(start) + 15 * 60_000);
        const ics = buildIcs({ ...booking, start, end });
        expect(ics).to.include(`\r\nDTSTART:${utc}\r\n`);
        const { vevent } = parse(ics);
        expect(utcInstant(vevent, 'dtstart')).to.equal(Date.parse(start));
        expect(utcInstant(vevent, 'dtend')).to.equal(end.getTime());
      }
    });

    it('leaves out the optional properties when not given', () => {
      const { uid, start, end, summary } = booking;
      const ics = buildIcs({ uid, start, end, summary });
      const names = physicalLines(ics).map((l) => l.split(':')[0]);
      expect(names).not.to.include('LOCATION');
      expect(names).not.to.include('DESCRIPTION');
      expect(names).not.to.include('URL');
      const { event } = parse(ics);
      expect(event.location).to.equal(null);
      expect(event.description).to.equal(null);
    });

    it('stamps the current time when no stamp is given', () => {
      const before = Math.floor(Date.now() / 1000) * 1000;
      const { vevent } = parse(buildIcs({ ...booking, stamp: undefined }));
      const after = Date.now();
      const stamp = utcInstant(vevent, 'dtstamp');
      expect(stamp).to.be.within(before, after);
    });

    it('rejects an event without UID, with unreadable times or ending before it starts', () => {
      expect(() => buildIcs({ ...booking, uid: ' ' })).to.throw(RangeError);
      expect(() => buildIcs({ ...booking, start: '2023-11-14T09:00:00' })).to.throw(RangeError);
      expect(() => buildIcs({ ...booking, end: 'bald' })).to.throw(RangeError);
      expect(() => buildIcs({ ...booking, end: booking.start })).to.throw(RangeError);
    });
  });

  describe('helpers', () => {
    it('formats UTC date-times', () => {
      expect(formatIcsUtc('2023-11-14T23:30:05+01:00')).to.equal('20231114T223005Z');
      expect(formatIcsUtc(new Date(Date.UTC(2024, 1, 29, 0, 0, 0, 999)))).to.equal(
        '20240229T000000Z',
      );
      expect(() => formatIcsUtc('2023-11-14')).to.throw(RangeError);
    });

    it('escapes TEXT values', () => {
      expect(escapeIcsText('a\\b;c,d:e\r\nf\ng\rh')).to.equal('a\\\\b\\;c\\,d:e\\nf\\ng\\nh');
      expect(escapeIcsText('Tab\there\u0000\u0007\u001f!')).to.equal('Tab\there!');
      expect(escapeIcsText('Straße, Höhe 3')).to.equal('Straße\\, Höhe 3');
    });

    it('folds at exactly 75 octets, counting UTF-8', () => {
      const ascii75 = 'X'.repeat(75);
      expect(foldIcsLine(ascii75)).to.equal(ascii75);
      expect(foldIcsLine(`${ascii75}Y`)).to.equal(`${ascii75}\r\n Y`);
      // "ä" is 2 octets: 2 + 36 × 2 = 74, one more would be 76.
      expect(foldIcsLine(`X:${'ä'.repeat(40)}`)).to.equal(
        `X:${'ä'.repeat(36)}\r\n ${'ä'.repeat(4)}`,
      );
      // "€" is 3 octets, "💍" 4 (a surrogate pair in UTF-16): never split.
      const euros = foldIcsLine(`X:${'€'.repeat(60)}`);
      expect(euros.split('\r\n').map(octets)).to.deep.equal([74, 73, 37]);
      const rings = foldIcsLine(`X:${'💍'.repeat(60)}`);
      expect(rings.split('\r\n').map(octets)).to.deep.equal([74, 73, 73, 25]);
      for (const line of rings.split('\r\n')) expect(line).not.to.match(LONE_SURROGATE);
      expect(rings.replace(/\r\n /g, '')).to.equal(`X:${'💍'.repeat(60)}`);
      expect(euros.replace(/\r\n /g, '')).to.equal(`X:${'€'.repeat(60)}`);
    });

    it('makes a data URL and a Blob a browser can read back', async () => {
      const ics = buildIcs(booking);
      const url = icsDataUrl(ics);
      expect(url.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
      expect(await (await fetch(url)).text()).to.equal(ics);

      const blob = icsBlob(ics);
      expect(blob.type).to.equal(ICS_MIME_TYPE);
      expect(blob.size).to.equal(octets(ics));
      expect(await blob.text()).to.equal(ics);
    });

    it('never throws on a lone UTF-16 surrogate: it is written as U+FFFD (issue 11 §3)', async () => {
      // Text that can hold one: a service name from the endpoint, what the citizen typed, a URL.
      const lone = { ...booking, summary: 'Termin \uD800', description: 'Notiz \uDC00 Ende' };
      const withUrl = { ...lone, url: 'https://stadt.example.de/termine/\uD83D' };
      const ics = buildIcs(withUrl);
      expect(ics).not.to.match(LONE_SURROGATE);
      expect(() => icsDataUrl(ics)).not.to.throw();
      // Even a file built elsewhere with a lone surrogate in it.
      const url = icsDataUrl(`${ics}X-NOTE:\uD800\r\n`);
      const text = await (await fetch(url)).text();
      expect(text).to.contain('SUMMARY:Termin \uFFFD').and.contain('X-NOTE:\uFFFD');
      expect(parse(ics).event.description).to.equal('Notiz \uFFFD Ende');
    });
  });
});
