import { expect } from '@open-wc/testing';
import {
  csvTemplate,
  decodeSpreadsheet,
  departmentsFrom,
  DEPARTMENT_COLUMNS,
  FORM_COLUMNS,
  formsFrom,
  guessMapping,
  parseCsv,
} from '../../editor/src/csv-import.js';

/** Windows-1252 bytes of a text made of Latin-1 characters (what German Excel writes). */
const windows1252 = (text: string): Uint8Array =>
  Uint8Array.from([...text].map((character) => character.charCodeAt(0)));

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('CSV import (Formulare)', () => {
  describe('decoding', () => {
    it('reads UTF-8', () => {
      const { text, encoding } = decodeSpreadsheet(utf8('Titel\nÄnderung für Größe'));
      expect(encoding).to.equal('utf-8');
      expect(text).to.equal('Titel\nÄnderung für Größe');
    });

    it('reads Windows-1252 as German Excel writes it', () => {
      const { text, encoding } = decodeSpreadsheet(
        windows1252('Titel;Fachbereich\r\nÄnderung;Bürgerbüro'),
      );
      expect(encoding).to.equal('windows-1252');
      expect(text).to.equal('Titel;Fachbereich\r\nÄnderung;Bürgerbüro');
    });

    it('reads the euro sign and the typographic dash of Windows-1252', () => {
      const bytes = Uint8Array.from([0x80, 0x20, 0x96, 0x20, 0x84, 0x61, 0x93]);
      expect(decodeSpreadsheet(bytes).text).to.equal('€ – „a“');
    });

    it('drops a UTF-8 byte-order mark', () => {
      const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Titel;Link\nA;/a.pdf')]);
      const table = parseCsv(decodeSpreadsheet(bytes).text);
      expect(table.headers).to.deep.equal(['Titel', 'Link']);
    });
  });

  describe('parsing', () => {
    it('detects ; as delimiter', () => {
      const table = parseCsv('Titel;Fachbereich;Link\nWohngeld;soziales;/wohngeld.pdf\n');
      expect(table.delimiter).to.equal(';');
      expect(table.rows).to.deep.equal([['Wohngeld', 'soziales', '/wohngeld.pdf']]);
    });

    it('detects , as delimiter', () => {
      const table = parseCsv('title,department,url\r\nWohngeld,soziales,/wohngeld.pdf\r\n');
      expect(table.delimiter).to.equal(',');
      expect(table.rows[0]).to.deep.equal(['Wohngeld', 'soziales', '/wohngeld.pdf']);
    });

    it('keeps ; and line breaks inside quoted cells, and doubled quotes', () => {
      const csv =
        'Titel;Beschreibung;Link\r\n"Antrag; Teil A";"Erste Zeile\r\nzweite Zeile mit ""Zitat""";/a.pdf\r\nB;;/b.pdf\r\n';
      const table = parseCsv(csv);
      expect(table.rows).to.have.length(2);
      expect(table.rows[0][0]).to.equal('Antrag; Teil A');
      expect(table.rows[0][1]).to.equal('Erste Zeile\r\nzweite Zeile mit "Zitat"');
      expect(table.rows[1]).to.deep.equal(['B', '', '/b.pdf']);
    });

    it('skips empty lines and pads short rows', () => {
      const table = parseCsv('Titel;Link;Format\n\nA;/a.pdf\n;;\n');
      expect(table.rows).to.deep.equal([['A', '/a.pdf', '']]);
    });
  });

  describe('columns', () => {
    it('maps German and English headers to the contract, whatever their case and spaces', () => {
      const mapping = guessMapping(
        ['TITEL', 'fach bereich', 'Link', 'online_url', 'Suchbegriffe'],
        FORM_COLUMNS,
      );
      expect(mapping.title).to.equal(0);
      expect(mapping.department).to.equal(1);
      expect(mapping.url).to.equal(2);
      expect(mapping.online_url).to.equal(3);
      expect(mapping.keywords).to.equal(4);
      expect(mapping.description).to.equal(-1);
    });

    it('builds forms with keywords, department names read as ids, and ids from titles', () => {
      const departments = departmentsFrom(
        parseCsv('Name;E-Mail\nFachbereich Soziales und Wohnen;soziales@example.org'),
        guessMapping(['Name', 'E-Mail'], DEPARTMENT_COLUMNS),
      );
      expect(departments).to.deep.equal([
        {
          name: 'Fachbereich Soziales und Wohnen',
          email: 'soziales@example.org',
          id: 'fachbereich-soziales-und-wohnen',
        },
      ]);
      const table = parseCsv(
        'Titel;Fachbereich;Link;Suchbegriffe;Größe (Bytes)\nAntrag auf Wohngeld;Fachbereich Soziales und Wohnen;/w.pdf;Miete, Zuschuss;12.345\nAntrag auf Wohngeld;soziales;/w2.pdf;;\n',
      );
      const forms = formsFrom(table, guessMapping(table.headers, FORM_COLUMNS), departments);
      expect(forms[0]).to.deep.equal({
        title: 'Antrag auf Wohngeld',
        department: 'fachbereich-soziales-und-wohnen',
        url: '/w.pdf',
        keywords: ['Miete', 'Zuschuss'],
        size_bytes: 12345,
        id: 'antrag-auf-wohngeld',
      });
      expect(forms[1].id).to.equal('antrag-auf-wohngeld-2');
      expect(forms[1].department).to.equal('soziales');
    });
  });

  it('writes a template German Excel opens: BOM, ;, German headers', () => {
    const template = csvTemplate(FORM_COLUMNS, { title: 'Antrag; Teil A' });
    expect(template.startsWith('\uFEFFTitel;Fachbereich;Link;')).to.equal(true);
    const table = parseCsv(template);
    expect(table.rows[0][0]).to.equal('Antrag; Teil A');
    expect(guessMapping(table.headers, FORM_COLUMNS).url).to.equal(2);
  });
});
