import { expect } from '@open-wc/testing';
import {
  catalogFacts,
  factsOf,
  rememberCatalogFacts,
} from '../../src/form-finder/catalog-facts.js';
import type { FormEntry } from '../../src/form-finder/form-catalog-types.js';

const forms: FormEntry[] = [
  { id: 'w', title: 'Wohngeld', department: 'soziales', url: '/w.pdf', format: 'PDF' },
  { id: 'h', title: 'Hund', department: 'steuern', url: '/h.docx', format: 'docx' },
  { id: 's', title: 'Sperrmüll', department: 'soziales', url: '/s.pdf', format: 'pdf' },
  { id: 'o', title: 'Online', department: 'umwelt', url: '/o' },
];

describe('catalogFacts (what the filters show while nothing is typed)', () => {
  it('counts the forms per department and lists the formats once, in lower case', () => {
    const facts = catalogFacts(forms);
    expect([...facts.departmentCounts]).to.deep.equal([
      ['soziales', 2],
      ['steuern', 1],
      ['umwelt', 1],
    ]);
    expect(facts.formats).to.deep.equal(['pdf', 'docx']);
  });

  it('works them out once per catalogue, or takes what the worker worked out', () => {
    // Issue 14 §3: worked out on every search without a query and on every new catalogue,
    // 10,000 forms were 12–28 and 28–33 ms of the first render's tasks at 4× CPU.
    const catalogue = [...forms];
    expect(catalogFacts(catalogue), 'once').to.equal(catalogFacts(catalogue));
    const checkedInWorker = [...forms];
    // What a worker posts comes through a structured clone.
    const posted = structuredClone(factsOf(checkedInWorker.slice(0, 1)));
    rememberCatalogFacts(checkedInWorker, posted);
    expect(catalogFacts(checkedInWorker)).to.equal(posted);
    expect([...catalogFacts(checkedInWorker).departmentCounts]).to.deep.equal([['soziales', 1]]);
  });
});
