import { expect } from '@open-wc/testing';
import { formCatalogContract } from '../../src/form-finder/form-finder-contract.js';
import {
  parseFormCatalog,
  parseFormCatalogInSlices,
} from '../../src/form-finder/form-finder-schema.js';
import type { FormFinderCatalog } from '../../src/form-finder/form-finder-schema.js';

const good = {
  id: 'wohngeld',
  title: 'Antrag auf Wohngeld',
  department: 'soziales',
  url: '/w.pdf',
};
const department = { id: 'soziales', name: 'Fachbereich Soziales und Wohnen' };

/** Runs `fn` with console.warn silenced; returns what was warned. */
function quietly(fn: () => void): string[] {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warned.push(String(args[0]));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return warned;
}

/**
 * Checks `raw` both ways: with the documented contract (docs/schemas) and with the widget's own
 * parser, whose warnings are caught.
 */
function checkBothWays(raw: unknown): {
  contractAccepts: boolean;
  parsed: FormFinderCatalog;
  warned: string[];
} {
  const contractAccepts = formCatalogContract.safeParse(raw).success;
  let parsed: FormFinderCatalog | undefined;
  const warned = quietly(() => {
    parsed = parseFormCatalog(raw);
  });
  return { contractAccepts, parsed: parsed!, warned };
}

describe('form catalogue validation', () => {
  describe('when given the demo catalogue', () => {
    it('is valid under the documented contract and loads whole', async () => {
      const raw = await (await fetch('/demo/mock/fixtures/form-finder.json')).json();
      expect(formCatalogContract.safeParse(raw).success).to.equal(true);
      const parsed = parseFormCatalog(raw);
      expect(parsed.forms).to.have.length(raw.forms.length);
      expect(parsed.departments).to.have.length(raw.departments.length);
      expect(parsed.updated_at).to.equal('2023-10-30T09:00:00+01:00');
      // every form's department exists
      const ids = new Set(parsed.departments.map((d) => d.id));
      expect(parsed.forms.filter((f) => !ids.has(f.department))).to.deep.equal([]);
    });
  });

  describe('when a form is valid', () => {
    const valid = {
      minimal: good,
      complete: {
        ...good,
        description: 'Mietzuschuss',
        keywords: ['Mietzuschuss'],
        format: 'pdf',
        size_bytes: 0,
        updated_at: '2023-01-01',
        online_url: 'https://portal.example.org/wohngeld',
        service: 'serviceportal',
      },
      'with unknown fields': { ...good, color: 'blue', extra: { a: 1 } },
    };
    for (const [name, form] of Object.entries(valid)) {
      it(`${name}: both accept it, the widget keeps only the known fields`, () => {
        const { contractAccepts, parsed, warned } = checkBothWays({
          departments: [],
          forms: [form],
        });
        expect(contractAccepts).to.equal(true);
        expect(warned).to.deep.equal([]);
        const [kept] = parsed.forms;
        expect(kept).to.include({ id: 'wohngeld' });
        expect(kept).not.to.have.property('color');
      });
    }
  });

  describe('when a form or department is invalid', () => {
    const invalidForms = {
      'no title': { ...good, title: undefined },
      'empty title': { ...good, title: '' },
      'no url': { ...good, url: undefined },
      'no department': { ...good, department: undefined },
      'numeric id': { ...good, id: 7 },
      'size as text': { ...good, size_bytes: '248 KB' },
      'negative size': { ...good, size_bytes: -1 },
      'keywords as text': { ...good, keywords: 'Mietzuschuss' },
      'numbers among the keywords': { ...good, keywords: ['a', 1] },
      'not an object': 'wohngeld',
    };
    for (const [name, form] of Object.entries(invalidForms)) {
      it(`form with ${name}: both reject it, the widget skips it with a warning`, () => {
        const { contractAccepts, parsed, warned } = checkBothWays({
          departments: [],
          forms: [good, form],
        });
        expect(contractAccepts).to.equal(false);
        expect(parsed.forms).to.have.length(1);
        expect(warned).to.deep.equal(['civic-widgets: form #1 skipped']);
      });
    }

    // A field the form can do without is left out (with a warning naming it); the form stays.
    for (const [name, form, field] of [
      ['online_url as an object', { ...good, online_url: { href: 'x' } }, 'online_url'],
      ['a javascript: online_url', { ...good, online_url: 'javascript:alert(1)' }, 'online_url'],
      ['updated_at as a German date', { ...good, updated_at: '30.10.2023' }, 'updated_at'],
    ] as const) {
      it(`form with ${name}: both reject it, the widget leaves the field out with a warning`, () => {
        const { contractAccepts, parsed, warned } = checkBothWays({
          departments: [],
          forms: [good, form],
        });
        expect(contractAccepts).to.equal(false);
        expect(parsed.forms).to.have.length(2);
        expect(parsed.forms[1]).not.to.have.property(field);
        expect(warned).to.have.length(1);
        expect(warned[0]).to.match(
          new RegExp(`^civic-widgets: form #1\\.${field}: .* expected; left out$`),
        );
      });
    }

    it('department without a name: both reject it, the widget skips it', () => {
      const bad = { id: 'x', phone: '(02324) 204 0' };
      const { contractAccepts, parsed, warned } = checkBothWays({
        departments: [department, bad],
        forms: [good],
      });
      expect(contractAccepts).to.equal(false);
      expect(parsed.departments).to.deep.equal([department]);
      expect(warned).to.deep.equal(['civic-widgets: department #1 skipped']);
    });
  });

  describe('when the envelope is wrong', () => {
    const wrong = {
      'another payload': { hello: 'world', items: 42 },
      'forms not a list': { departments: [], forms: {} },
      'departments not a list': { departments: 'soziales', forms: [good] },
      null: null,
    };
    for (const [name, raw] of Object.entries(wrong)) {
      it(`${name}: both reject it (the widget falls back)`, () => {
        expect(formCatalogContract.safeParse(raw).success).to.equal(false);
        expect(() => parseFormCatalog(raw)).to.throw(TypeError);
      });
    }

    it('updated_at neither a day nor a date-time with an offset: both reject it, the widget leaves it out', () => {
      for (const updated of [20231030, '2023-10-30T09:15:00', '30.10.2023 09:15']) {
        const { contractAccepts, parsed, warned } = checkBothWays({
          updated_at: updated,
          departments: [],
          forms: [good],
        });
        expect(contractAccepts).to.equal(false);
        expect(parsed).not.to.have.property('updated_at');
        expect(warned).to.have.length(1);
      }
    });

    // An empty catalogue answers every search with "Kein Formular gefunden.": the widget
    // falls back (the last good catalogue, or the contact) instead.
    for (const [name, forms] of [
      ['no form', []],
      ['no valid form', [{ ...good, title: undefined, titel: good.title }]],
    ] as const) {
      it(`${name}: both reject it, in one go and in slices (the widget falls back)`, async () => {
        const raw = { departments: [department], forms };
        expect(formCatalogContract.safeParse(raw).success).to.equal(false);
        quietly(() => expect(() => parseFormCatalog(raw)).to.throw(TypeError, /forms/));
        const original = console.warn;
        console.warn = () => undefined;
        try {
          await parseFormCatalogInSlices(raw, async () => undefined).then(
            () => expect.fail('accepted'),
            (error) => expect(error).to.be.instanceOf(TypeError),
          );
        } finally {
          console.warn = original;
        }
      });
    }

    it('tolerates a catalogue without departments', () => {
      expect(parseFormCatalog({ forms: [good] }).departments).to.deep.equal([]);
    });
  });

  describe('in slices (the widget’s check of a large catalogue)', () => {
    it('pauses between slices and gives what the one-go check gives, warnings included', async () => {
      const forms = Array.from({ length: 10 }, (_, index) =>
        index === 7
          ? { ...good, id: 'ohne-titel', title: undefined }
          : { ...good, id: `f${index}` },
      );
      const raw = { updated_at: '2026-11-30', departments: [department], forms };
      let oneGoResult;
      const oneGo = quietly(() => {
        oneGoResult = parseFormCatalog(raw);
      });
      let pauses = 0;
      const warned: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warned.push(String(args[0]));
      let sliced;
      try {
        sliced = await parseFormCatalogInSlices(raw, async () => void pauses++, 3);
      } finally {
        console.warn = original;
      }
      expect(pauses, 'a pause after every third form').to.equal(3);
      expect(sliced).to.deep.equal(oneGoResult);
      expect(sliced.forms).to.have.length(9);
      expect(warned).to.deep.equal(oneGo);
      expect(warned[0]).to.contain('form #7');
    });
  });
});
