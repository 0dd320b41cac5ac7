import { expect } from '@open-wc/testing';
import {
  departmentCounts,
  plainSearch,
  rememberDepartmentCounts,
} from '../../src/form-finder/plain-search.js';
import type { FormEntry } from '../../src/form-finder/form-catalog-types.js';

const forms: FormEntry[] = [
  { id: 'w', title: 'Wohngeld beantragen', department: 'soziales', url: '/w.pdf', format: 'pdf' },
  {
    id: 'h',
    title: 'Hund anmelden',
    keywords: ['Hundesteuer'],
    department: 'steuern',
    url: '/h.docx',
    format: 'docx',
  },
  { id: 's', title: 'Sperrmüll anmelden', department: 'umwelt', url: '/s.pdf', format: 'pdf' },
];

const titles = (hits: ReturnType<typeof plainSearch>) => hits.map((hit) => hit.form.title);

describe('plainSearch (until the German index is ready)', () => {
  it('lists every form alphabetically for an empty query', () => {
    expect(titles(plainSearch(forms, ''))).to.deep.equal([
      'Hund anmelden',
      'Sperrmüll anmelden',
      'Wohngeld beantragen',
    ]);
  });

  it('finds forms whose title or keywords hold every word, ignoring case and accents', () => {
    expect(titles(plainSearch(forms, 'anmelden'))).to.deep.equal([
      'Hund anmelden',
      'Sperrmüll anmelden',
    ]);
    expect(titles(plainSearch(forms, 'SPERRMULL'))).to.deep.equal(['Sperrmüll anmelden']);
    expect(titles(plainSearch(forms, 'hundesteuer anmelden'))).to.deep.equal(['Hund anmelden']);
    expect(plainSearch(forms, 'reisepass')).to.deep.equal([]);
  });

  it('keeps the department and format filters', () => {
    expect(titles(plainSearch(forms, 'anmelden', { department: 'umwelt' }))).to.deep.equal([
      'Sperrmüll anmelden',
    ]);
    expect(titles(plainSearch(forms, '', { format: 'DOCX' }))).to.deep.equal(['Hund anmelden']);
  });

  it('counts the forms per department once per catalogue, or takes what a worker counted', () => {
    // Issue 14 §3: counted on every search without a query, 10,000 forms were 12–18 ms of the
    // first render's task at 4× CPU.
    const counts = departmentCounts(forms);
    expect([...counts]).to.deep.equal([
      ['soziales', 1],
      ['steuern', 1],
      ['umwelt', 1],
    ]);
    expect(departmentCounts(forms), 'counted once').to.equal(counts);
    const checkedInWorker = [...forms];
    rememberDepartmentCounts(checkedInWorker, [['soziales', 7]]);
    expect([...departmentCounts(checkedInWorker)]).to.deep.equal([['soziales', 7]]);
  });
});
