import { expect } from '@open-wc/testing';
import {
  MAILTO_MAX_LENGTH,
  buildReportMailto,
  buildReportText,
} from '../../src/defect-reporter/report-mailto.js';
import type { ReportMailInput } from '../../src/defect-reporter/report-mailto.js';

/** Splits a mailto: URL by hand: exactly one '?' and one '&' must separate the parts. */
function parse(url: string): { to: string; subject: string; body: string } {
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(url);
  expect(match, url).to.not.equal(null);
  return {
    to: decodeURIComponent(match![1]!),
    subject: decodeURIComponent(match![2]!),
    body: decodeURIComponent(match![3]!),
  };
}

const base: ReportMailInput = {
  to: 'maengel@stadt.example',
  category: 'Straßenschaden',
  description: 'Tiefes Schlagloch vor Hausnummer 12.',
  address: 'Hauptstraße 12, 12345 Musterstadt',
  lat: 52.520008,
  lng: 13.404954,
  name: 'Anna Schmidt',
  email: 'anna@example.org',
  lang: 'de',
};

describe('report-mailto', () => {
  it('builds a German mail with category, description, place, map link and contact', () => {
    const url = buildReportMailto(base);
    expect(url.startsWith('mailto:maengel@stadt.example?subject=')).to.equal(true);
    const { to, subject, body } = parse(url);
    expect(to).to.equal('maengel@stadt.example');
    expect(subject).to.equal('Mängelmeldung: Straßenschaden');
    expect(body).to.contain('Kategorie: Straßenschaden');
    expect(body).to.contain('Beschreibung:\r\nTiefes Schlagloch vor Hausnummer 12.');
    expect(body).to.contain('Ort: Hauptstraße 12, 12345 Musterstadt');
    expect(body).to.contain('Koordinaten: 52.520008, 13.404954');
    expect(body).to.contain(
      'https://www.openstreetmap.org/?mlat=52.520008&mlon=13.404954#map=18/52.520008/13.404954',
    );
    expect(body).to.contain('Kontakt: Anna Schmidt, anna@example.org');
    expect(body).to.contain('Fotos konnten nicht automatisch angehängt werden');
  });

  it('builds an English mail for non-German languages', () => {
    const { subject, body } = parse(buildReportMailto({ ...base, lang: 'en-GB' }));
    expect(subject).to.equal('Defect report: Straßenschaden');
    expect(body).to.contain('Category: Straßenschaden');
    expect(body).to.contain('Location: Hauptstraße 12');
    expect(body).to.contain('Photos could not be attached');
    expect(parse(buildReportMailto({ ...base, lang: 'de-AT' })).subject).to.match(/^Mängel/);
  });

  it('percent-encodes everything, so &, #, ? and line breaks cannot break the URL', () => {
    const description = 'A & B #1 ?x=y\nZeile 2 + 100 %';
    const url = buildReportMailto({ ...base, description, name: 'Ö & Co' });
    expect(url).not.to.match(/[\s#]/);
    expect(url.split('&')).to.have.length(2);
    expect(url.split('?')).to.have.length(2);
    const { body } = parse(url);
    expect(body).to.contain('A & B #1 ?x=y\r\nZeile 2 + 100 %');
    expect(body).to.contain('Kontakt: Ö & Co, anna@example.org');
    // RFC 6068: CRLF line breaks only
    expect(body.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('uses the coordinates alone when there is no address, and neither when invalid', () => {
    const coordsOnly = parse(buildReportMailto({ ...base, address: undefined })).body;
    expect(coordsOnly).not.to.contain('Ort:');
    expect(coordsOnly).to.contain('mlat=52.520008');

    const invalid = parse(buildReportMailto({ ...base, lat: Number.NaN, lng: 200 })).body;
    expect(invalid).not.to.contain('openstreetmap');
    expect(invalid).not.to.contain('Koordinaten');
    expect(invalid).to.contain('Ort: Hauptstraße 12');
  });

  it('leaves out the contact line without name and e-mail, the photo line for 0 photos', () => {
    const { body } = parse(
      buildReportMailto({ ...base, name: undefined, email: undefined, photoCount: 0 }),
    );
    expect(body).not.to.contain('Kontakt');
    expect(body).not.to.contain('Fotos');
  });

  it('adds the reference (Idempotency-Key) if given', () => {
    const { body } = parse(buildReportMailto({ ...base, reference: 'c0ffee00-1234' }));
    expect(body).to.contain('Referenz: c0ffee00-1234');
  });

  it('keeps short descriptions whole', () => {
    const url = buildReportMailto(base);
    expect(url.length).to.be.below(MAILTO_MAX_LENGTH);
    expect(parse(url).body).not.to.contain('…');
  });

  it('shortens a long description with "…" to stay under the limit, as close as possible', () => {
    const description = 'Übergroßes Schlagloch, äußerst gefährlich. '.repeat(200);
    const url = buildReportMailto({ ...base, description });
    expect(url.length).to.be.at.most(MAILTO_MAX_LENGTH);
    expect(url.length).to.be.above(MAILTO_MAX_LENGTH - 20);
    const { body } = parse(url);
    const shortened = body.split('Beschreibung:\r\n')[1]!.split('\r\n')[0]!;
    expect(shortened.endsWith('…')).to.equal(true);
    expect(description.startsWith(shortened.slice(0, -1))).to.equal(true);
    expect(body).to.contain('Ort: Hauptstraße 12'); // the rest of the mail survives
    expect(body).to.contain('openstreetmap');
  });

  it('never cuts an emoji (surrogate pair) in half', () => {
    const url = buildReportMailto({ ...base, description: '🕳️🚧'.repeat(500) });
    expect(url.length).to.be.at.most(MAILTO_MAX_LENGTH);
    expect(() => parse(url)).not.to.throw(); // a lone surrogate would make encoding throw
  });

  it('also shortens the address and name if they alone are too long', () => {
    const url = buildReportMailto({
      ...base,
      description: 'x'.repeat(3000),
      address: 'Ä'.repeat(1000),
      name: 'Ü'.repeat(1000),
    });
    expect(url.length).to.be.at.most(MAILTO_MAX_LENGTH);
    const { body } = parse(url);
    expect(body).to.contain('Kategorie: Straßenschaden');
    expect(body).to.contain('anna@example.org');
  });

  it('buildReportText gives the whole text, nothing shortened, for copying', () => {
    const description = 'Ein sehr langer Text. '.repeat(200).trim();
    const text = buildReportText({ ...base, description, photoCount: 0 });
    expect(text).to.contain(description);
    expect(text).not.to.contain('\r');
    expect(text.split('\n')[0]).to.equal('Guten Tag,');
    expect(buildReportMailto({ ...base, description }).length).to.be.at.most(MAILTO_MAX_LENGTH);
  });
});
