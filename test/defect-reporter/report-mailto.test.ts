import { expect } from '@open-wc/testing';
import { translate } from '../../src/core/i18n.js';
import { defectMessages } from '../../src/defect-reporter/defect-reporter-messages.js';
import { en } from '../../src/defect-reporter/defect-reporter-messages-en.js';
import {
  MAILTO_MAX_LENGTH,
  reportMailto,
  reportText,
} from '../../src/defect-reporter/report-mailto.js';
import { migrateFieldsV1 } from '../../src/defect-reporter/stored-report-v1.js';
import type { Msg } from '../../src/defect-reporter/defect-reporter-messages.js';
import type { Report } from '../../src/defect-reporter/report.js';

type Fields = Record<string, string>;

/** A report with these fields (read as the old string bag) and `photos` photos. */
function asReport(fields: Record<string, string | undefined>, photos = 0): Report {
  const given = Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const report = migrateFieldsV1(given, { scope: 'test' });
  return { ...report, photos: Array.from({ length: photos }, () => new Blob(['jpeg'])) };
}

/** The mail builder's old call, on the typed report. */
const buildMailto = (
  address: string | undefined,
  fields: Fields,
  message: Msg,
  photos = 0,
  reference?: string,
) =>
  reportMailto(address, asReport(fields, photos), {
    message,
    categoryName: fields._cat ?? '',
    reference,
  });

const buildText = (fields: Fields, message: Msg, photos = 0, reference?: string): string =>
  reportText(asReport(fields, photos), { message, categoryName: fields._cat ?? '', reference });

/** Splits a mailto: URL by hand: exactly one '?' and one '&' must separate the parts. */
function parse(url = ''): { to: string; subject: string; body: string } {
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(url);
  expect(match, url).to.not.equal(null);
  return {
    to: decodeURIComponent(match![1]!),
    subject: decodeURIComponent(match![2]!),
    body: decodeURIComponent(match![3]!),
  };
}

// The widget's translators: German, and English as it is once its file has loaded.
const de: Msg = (key, params) => translate(defectMessages, 'de', key, params);
const english = { ...defectMessages, loadedEn: en };
const enMsg: Msg = (key, params) => translate(english, 'en', key, params);

const to = 'maengel@stadt.example';
const base: Fields = {
  _cat: 'Straßenschaden',
  category: 'road',
  description: 'Tiefes Schlagloch vor Hausnummer 12.',
  address: 'Hauptstraße 12, 12345 Musterstadt',
  lat: '52.5200081',
  lng: '13.404954',
  name: 'Anna Schmidt',
  email: 'anna@example.org',
};
/** The mailto of `base` with some fields replaced (undefined: left out), on a German page. */
const mailto = (fields: Record<string, string | undefined> = {}, photos = 1, reference?: string) =>
  buildMailto(to, { ...base, ...fields } as Fields, de, photos, reference)!;

describe('report-mailto', () => {
  const mapLink =
    'https://www.openstreetmap.org/?mlat=52.520008&mlon=13.404954#map=18/52.520008/13.404954';
  // The translator decides the language: every label of the mail comes from it.
  for (const { language, message, subject, lines } of [
    {
      language: 'German',
      message: de,
      subject: 'Mängelmeldung: Straßenschaden',
      lines: [
        'Guten Tag,',
        'Kategorie: Straßenschaden',
        'Beschreibung:\r\nTiefes Schlagloch vor Hausnummer 12.',
        'Ort: Hauptstraße 12, 12345 Musterstadt',
        'Koordinaten: 52.520008, 13.404954',
        mapLink,
        'Kontakt: Anna Schmidt, anna@example.org',
        'Fotos können nicht automatisch an eine E-Mail angehängt werden',
      ],
    },
    {
      language: 'English',
      message: enMsg,
      subject: 'Problem report: Straßenschaden',
      lines: [
        'Hello,',
        'Category: Straßenschaden',
        'Description:\r\nTiefes Schlagloch vor Hausnummer 12.',
        'Location: Hauptstraße 12, 12345 Musterstadt',
        'Coordinates: 52.520008, 13.404954',
        mapLink,
        'Contact: Anna Schmidt, anna@example.org',
        'Photos cannot be attached to an e-mail',
      ],
    },
  ]) {
    it(`builds a ${language} mail with category, description, place, map link and contact`, () => {
      const url = buildMailto(to, base, message, 1)!;
      expect(url.startsWith('mailto:maengel@stadt.example?subject=')).to.equal(true);
      const mail = parse(url);
      expect(mail.to).to.equal('maengel@stadt.example');
      expect(mail.subject).to.equal(subject);
      expect(mail.body.split('\r\n')[0]).to.equal(lines[0]);
      for (const line of lines) expect(mail.body).to.contain(line);
    });
  }

  it('writes no German into an English mail or text', () => {
    expect(buildText(base, enMsg, 0, 'k-1')).to.contain('Reference: k-1');
    expect(buildText(base, enMsg, 1, 'k')).not.to.match(
      /Guten|Kategorie|Beschreib|Koordinaten|Karte|Kontakt|Fotos|Referenz/,
    );
  });

  it('gives no mailto without one valid address', () => {
    for (const address of [undefined, '', 'a@b.example,c@d.example', 'a b@c.example', 'x?@y']) {
      expect(buildMailto(address, base, de), address).to.equal(undefined);
    }
    expect(buildMailto(' a@b.example ', base, de)).to.match(/^mailto:a@b\.example\?subject=/);
  });

  it('percent-encodes everything, so &, #, ? and line breaks cannot break the URL', () => {
    const description = 'A & B #1 ?x=y\nZeile 2 + 100 %';
    const url = mailto({ description, name: 'Ö & Co' });
    expect(url).not.to.match(/[\s#]/);
    expect(url.split('&')).to.have.length(2);
    expect(url.split('?')).to.have.length(2);
    const { body } = parse(url);
    expect(body).to.contain('A & B #1 ?x=y\r\nZeile 2 + 100 %');
    expect(body).to.contain('Kontakt: Ö & Co, anna@example.org');
    // RFC 6068: CRLF line breaks only
    expect(body.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('puts single-line fields on one line, and keeps the lines of the description', () => {
    const text = buildText(
      { ...base, name: ' Anna\n  Schmidt ', description: ' Zeile 1\r\nZeile 2\r\rZeile 4 ' },
      de,
    );
    expect(text).to.contain('Kontakt: Anna Schmidt, anna@example.org');
    expect(text).to.contain('Beschreibung:\nZeile 1\nZeile 2\n\nZeile 4\n');
  });

  it('uses the coordinates alone when there is no address, and neither when invalid', () => {
    const coordsOnly = parse(mailto({ address: undefined })).body;
    expect(coordsOnly).not.to.contain('Ort:');
    expect(coordsOnly).to.contain('mlat=52.520008');

    for (const [lat, lng] of [
      ['', ''],
      [undefined, undefined],
      ['abc', '13'],
      ['52', '200'],
      ['-91', '13'],
    ]) {
      const invalid = parse(mailto({ lat, lng })).body;
      expect(invalid, `${lat} ${lng}`).not.to.contain('openstreetmap');
      expect(invalid).not.to.contain('Koordinaten');
      expect(invalid).to.contain('Ort: Hauptstraße 12');
    }
    expect(parse(mailto({ lat: '0', lng: '-180' })).body).to.contain(
      'Koordinaten: 0.000000, -180.000000',
    );
  });

  it('leaves out the contact line without name and e-mail, the photo line for 0 photos', () => {
    const { body } = parse(mailto({ name: undefined, email: '' }, 0));
    expect(body).not.to.contain('Kontakt');
    expect(body).not.to.contain('Fotos');
    expect(body).not.to.match(/\r\n\r\n\r\n/); // no empty paragraph
    expect(parse(mailto({ name: undefined })).body).to.contain('Kontakt: anna@example.org');
  });

  it('adds the reference (Idempotency-Key) if given', () => {
    const { body } = parse(mailto({}, 2, 'c0ffee00-1234'));
    expect(body).to.match(/Fotos können .*\r\nReferenz: c0ffee00-1234$/);
    expect(parse(mailto()).body).not.to.contain('Referenz');
  });

  it('keeps short descriptions whole', () => {
    const url = mailto();
    expect(url.length).to.be.below(MAILTO_MAX_LENGTH);
    expect(parse(url).body).not.to.contain('…');
  });

  it('shortens a long description with "…" to stay under the limit, as close as possible', () => {
    const description = 'Übergroßes Schlagloch, äußerst gefährlich. '.repeat(200);
    const url = mailto({ description }, 1, 'c0ffee00-1234');
    expect(url.length).to.be.at.most(MAILTO_MAX_LENGTH);
    expect(url.length).to.be.above(MAILTO_MAX_LENGTH - 20);
    const { subject, body } = parse(url);
    const shortened = body.split('Beschreibung:\r\n')[1]!.split('\r\n')[0]!;
    expect(shortened.endsWith('…')).to.equal(true);
    expect(description.startsWith(shortened.slice(0, -1))).to.equal(true);
    // the rest of the mail survives whole
    expect(subject).to.equal('Mängelmeldung: Straßenschaden');
    expect(body).to.contain('Ort: Hauptstraße 12, 12345 Musterstadt\r\n');
    expect(body).to.contain('Kontakt: Anna Schmidt, anna@example.org\r\n');
    expect(body).to.contain('openstreetmap');
    expect(body).to.contain('Referenz: c0ffee00-1234');
  });

  it('never cuts an emoji (surrogate pair) in half', () => {
    const url = mailto({ description: '🕳️🚧'.repeat(500) });
    expect(url.length).to.be.at.most(MAILTO_MAX_LENGTH);
    expect(() => parse(url)).not.to.throw(); // a lone surrogate would make encoding throw
  });

  it('also shortens the address and name if they alone are too long', () => {
    const url = mailto({
      description: 'x'.repeat(3000),
      address: 'Ä'.repeat(1000),
      name: 'Ü'.repeat(1000),
    });
    expect(url.length).to.be.at.most(MAILTO_MAX_LENGTH);
    const { body } = parse(url);
    expect(body).to.contain('Kategorie: Straßenschaden');
    expect(body).to.contain('anna@example.org');
    expect(body).to.match(/Ort: Ä+…/);
  });

  it('fits even when every field is long', () => {
    const long = '🚧'.repeat(2000);
    const url = mailto(
      { _cat: long, description: long, address: long, name: long, email: long },
      1,
      'c0ffee00-1234',
    );
    expect(url.length).to.be.at.most(MAILTO_MAX_LENGTH);
    expect(parse(url).body).to.contain('Referenz: c0ffee00-1234');
  });

  it('reportText gives the whole text, nothing shortened, for copying', () => {
    const description = 'Ein sehr langer Text. '.repeat(200).trim();
    const text = buildText({ ...base, description }, de, 0);
    expect(text).to.contain(description);
    expect(text).not.to.contain('\r');
    expect(text.split('\n')[0]).to.equal('Guten Tag,');
    expect(mailto({ description }).length).to.be.at.most(MAILTO_MAX_LENGTH);
  });
});
