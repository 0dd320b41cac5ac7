// Parity of the catalogue's index and ranking (catalog-index.ts, written for speed) with
// MiniSearch, whose ranking it keeps: stock MiniSearch built through its public API over the same
// corpus, asked every query the German search sends, finds the same documents with the same
// scores and matched words, best first. When the index or its ranking drifts, this test fails
// instead of citizens quietly finding other forms.
import { expect } from '@open-wc/testing';
import MiniSearch from 'minisearch';
import { CatalogIndex, FIELDS } from '../../src/form-finder/catalog-index.js';
import { FormSearchIndex } from '../../src/form-finder/german-search.js';
import { STOPWORDS, normalizeGerman, scanWords } from '../../src/form-finder/german-text.js';
import {
  FORM_SEARCH_QUERIES,
  generateFormCatalog,
} from '../../scripts/bench/form-search-corpus.mjs';
import type { Options, Query } from 'minisearch';
import type { QueryLeaf } from '../../src/form-finder/catalog-index.js';
import type { FormEntry } from '../../src/form-finder/form-catalog-types.js';

/**
 * What the index stores per field, said through MiniSearch's public options: each normalised
 * word once (hyphenated compounds also whole), function words left out.
 */
function distinctGermanWords(text: string): string[] {
  const terms = new Set<string>();
  scanWords(
    text,
    (from, to) => {
      const term = normalizeGerman(text.slice(from, to).replace(/-/g, ''));
      if (!STOPWORDS.has(term)) terms.add(term);
    },
    true,
  );
  return [...terms];
}

const stockOptions: Options<FormEntry> = {
  fields: [...FIELDS],
  storeFields: [],
  extractField: (form, field) => {
    const value = (form as unknown as Record<string, string | string[] | undefined>)[field];
    return Array.isArray(value) ? value.join(' ') : (value as string);
  },
  tokenize: distinctGermanWords,
  processTerm: (term) => term,
  searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term },
};

/** A search the German layer asked of the index. */
interface Call {
  query: readonly (readonly QueryLeaf[])[];
  all: boolean;
  keep?: (form: FormEntry) => boolean;
}

/** The same search said as a MiniSearch query tree. */
function stockQuery({ query, all }: Call): Query {
  return {
    combineWith: all ? 'AND' : 'OR',
    queries: query.map((word) => ({
      combineWith: 'OR',
      queries: word.map((leaf) => ({
        queries: [leaf.terms.join(' ')],
        combineWith: 'OR',
        fields: leaf.fields.map((field) => FIELDS[field]),
        prefix: leaf.prefix,
        fuzzy: leaf.typos || false,
        boost: { title: 6, keywords: 3, description: 1 },
        ...(leaf.weight ? { boostTerm: leaf.weight } : {}),
      })),
    })),
  };
}

/** The German index, with every search it asks of its catalogue index recorded. */
function recordingIndex(forms: FormEntry[]): { index: FormSearchIndex; calls: Call[] } {
  const index = new FormSearchIndex(forms);
  const calls: Call[] = [];
  // Test-only look inside: the queries are the German layer's, the index is the subject here.
  const catalog = (index as unknown as { catalog: CatalogIndex }).catalog;
  const search = catalog.search.bind(catalog);
  catalog.search = (query, all, keep, maskOf) => {
    calls.push({ query, all, keep });
    return search(query, all, keep, maskOf);
  };
  return { index, calls };
}

/** Id, score and matched words of each document found, best first. */
interface Found {
  id: string;
  score: number;
  words: string[];
}

function foundByIndex(catalog: CatalogIndex, call: Call): Found[] {
  const ranked = catalog.search(call.query, call.all, call.keep);
  return ranked.ids.map((id) => ({
    id: ranked.form(id).id,
    score: ranked.score(id),
    words: ranked.matchedWords(id).sort(),
  }));
}

function foundByStock(stock: MiniSearch<FormEntry>, forms: FormEntry[], call: Call): Found[] {
  const byId = new Map(forms.map((form) => [form.id, form]));
  const filter = call.keep && ((result: { id: string }) => call.keep!(byId.get(result.id)!));
  return stock
    .search(stockQuery(call), filter ? { filter } : {})
    .map((result) => ({ id: result.id, score: result.score, words: [...result.terms].sort() }));
}

describe('CatalogIndex (the ranking of MiniSearch)', () => {
  // Unique ids: the German layer leaves out a repeated one before the index sees it.
  const forms: FormEntry[] = generateFormCatalog({ size: 1500 }).forms;
  const queries = [
    ...FORM_SEARCH_QUERIES.map((labelled: { query: string }) => labelled.query),
    'p',
    'pers',
    'hund',
    'Hundeanmeldung',
    'kita-platz',
    'muell abfuhr',
    'anmedlung',
    'Führungszeugnis beantragen',
    'Hundeanmeldeformular',
    'xyzzy',
  ];

  it('holds a word for each distinct normalised word, as MiniSearch does', () => {
    const catalog = new CatalogIndex();
    for (const form of forms) catalog.add(form);
    const stock = new MiniSearch<FormEntry>(stockOptions);
    stock.addAll(forms);
    expect(catalog.size).to.equal(stock.documentCount);
    expect([...catalog.words()]).to.have.length(stock.termCount);
  });

  it('finds the same documents with the same scores for every query the German search sends', () => {
    const { index, calls } = recordingIndex(forms);
    for (const query of queries) {
      index.search(query);
      index.search(query, { department: 'finanzen' });
      index.suggest(query);
    }
    expect(calls.length).to.be.greaterThan(2 * queries.length);
    const stock = new MiniSearch<FormEntry>(stockOptions);
    stock.addAll(forms);
    const catalog = new CatalogIndex();
    for (const form of forms) catalog.add(form);
    let found = 0;
    for (const call of calls) {
      const expected = foundByStock(stock, forms, call);
      const actual = foundByIndex(catalog, call);
      const what = JSON.stringify(call.query).slice(0, 200);
      expect(actual.map((hit) => hit.id).sort(), what).to.deep.equal(
        expected.map((hit) => hit.id).sort(),
      );
      const expectedById = new Map(expected.map((hit) => [hit.id, hit]));
      actual.forEach((hit, place) => {
        const stockHit = expectedById.get(hit.id)!;
        // The same sums added in another order: equal to the last few bits.
        expect(hit.score, `${what}: ${hit.id}`).to.be.closeTo(stockHit.score, 1e-9);
        // Best first: the place's score is the stock result's at that place.
        expect(hit.score, `${what}: place ${place}`).to.be.closeTo(expected[place].score, 1e-9);
        expect(hit.words, `${what}: ${hit.id}`).to.deep.equal(stockHit.words);
      });
      found += expected.length;
    }
    expect(found, 'the queries find something').to.be.greaterThan(100);
  });

  it("puts forms of equal score in the catalogue's order", () => {
    const same = (id: string): FormEntry => ({
      id,
      title: 'Antrag Hundesteuer',
      department: 'x',
      url: '/',
    });
    const catalog = new CatalogIndex();
    for (const id of ['c', 'a', 'b']) catalog.add(same(id));
    const ranked = catalog.search(
      [[{ terms: ['hund'], fields: [0], prefix: true, typos: 0 }]],
      true,
    );
    expect(ranked.ids.map((id) => ranked.form(id).id)).to.deep.equal(['c', 'a', 'b']);
  });
});
