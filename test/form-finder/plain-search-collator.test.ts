// The German collator of plain-search.ts is made on the first sort, not when the module loads:
// making one costs 60–110 ms at 4× CPU in a fresh page (docs/benchmarks.md, long tasks), which
// fell into <form-finder>'s module evaluation on every page. The module is imported here only
// after Intl.Collator is watched, so no static import of it.
import { expect } from '@open-wc/testing';
import type { FormEntry } from '../../src/form-finder/form-catalog-types.js';

type PlainSearch = typeof import('../../src/form-finder/plain-search.js');

const form = (id: string, title: string): FormEntry => ({
  id,
  title,
  department: 'buergerbuero',
  url: `/${id}.pdf`,
});

describe('plainSearch and the German collator', () => {
  const original = Intl.Collator;
  const made: unknown[][] = [];
  let plain: PlainSearch;

  before(async () => {
    Intl.Collator = new Proxy(original, {
      construct(target, args) {
        made.push(args);
        return Reflect.construct(target, args);
      },
    });
    plain = await import('../../src/form-finder/plain-search.js');
  });

  after(() => {
    Intl.Collator = original;
  });

  it('makes no collator when its module loads', () => {
    expect(made).to.deep.equal([]);
  });

  it('searches a catalogue the worker sorted without making one', () => {
    const forms = [form('w', 'Wohngeld'), form('h', 'Hund anmelden'), form('s', 'Sperrmüll')];
    // As the catalogue worker sends it: the positions of the forms in title order.
    plain.rememberTitleOrder(forms, [1, 2, 0]);
    const titles = plain.plainSearch(forms, '').map((hit) => hit.form.title);
    expect(titles).to.deep.equal(['Hund anmelden', 'Sperrmüll', 'Wohngeld']);
    expect(made).to.deep.equal([]);
  });

  it('makes one German collator (numbers by value) on the first sort, and keeps it', () => {
    const titles = (forms: FormEntry[]) => plain.byTitle(forms).map((entry) => entry.title);
    expect(
      titles([form('b', 'Formular 10'), form('a', 'Formular 2'), form('c', 'Ärger')]),
    ).to.deep.equal(['Ärger', 'Formular 2', 'Formular 10']);
    expect(titles([form('z', 'Zulassung'), form('o', 'Öffnungszeiten')])).to.deep.equal([
      'Öffnungszeiten',
      'Zulassung',
    ]);
    expect(made).to.deep.equal([['de', { numeric: true }]]);
  });
});
