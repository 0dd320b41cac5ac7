import { expect } from '@open-wc/testing';
import { plainSearch } from '../../src/form-finder/plain-search.js';
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
});
