// Parity of the fast bulk load (catalog-minisearch.ts writes MiniSearch's protected fields) with
// stock MiniSearch built through its public API only: the same corpus, the same queries the
// German search sends, the same documents, scores and matched words. When a MiniSearch upgrade
// changes its internal layout or its ranking, this test fails instead of citizens quietly
// finding other forms.
import { expect } from '@open-wc/testing';
import MiniSearch from 'minisearch';
import { FIELDS } from '../../src/form-finder/catalog-minisearch.js';
import { FormSearchIndex } from '../../src/form-finder/german-search.js';
import { STOPWORDS, normalizeGerman, scanWords } from '../../src/form-finder/german-text.js';
import {
  FORM_SEARCH_QUERIES,
  generateFormCatalog,
} from '../../scripts/bench/form-search-corpus.mjs';
import type { Options, Query, SearchOptions, SearchResult } from 'minisearch';
import type { FormEntry } from '../../src/form-finder/form-catalog-types.js';

/**
 * What the custom index stores per field, said through MiniSearch's public options: each
 * normalised word once (hyphenated compounds also whole), function words left out.
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
  fields: FIELDS,
  storeFields: [],
  extractField: (form, field) => {
    const value = (form as unknown as Record<string, string | string[] | undefined>)[field];
    return Array.isArray(value) ? value.join(' ') : (value as string);
  },
  tokenize: distinctGermanWords,
  processTerm: (term) => term,
  searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term },
};

type Call = [Query, SearchOptions | undefined];

interface RecordingIndex {
  index: FormSearchIndex;
  /** The custom MiniSearch inside the index. */
  custom: MiniSearch<FormEntry>;
  /** Every query tree the German layer sent to it. */
  calls: Call[];
}

/** The German index, with every query tree it sends to MiniSearch recorded. */
function recordingIndex(forms: FormEntry[]): RecordingIndex {
  const index = new FormSearchIndex(forms);
  const calls: Call[] = [];
  // Test-only look inside: the queries are the German layer's, the index is the subject here.
  const custom = (index as unknown as { mini: MiniSearch<FormEntry> }).mini;
  Object.defineProperty(custom, 'search', {
    value: (query: Query, options?: SearchOptions) => {
      calls.push([query, options]);
      return MiniSearch.prototype.search.call(custom, query, options);
    },
  });
  return { index, custom, calls };
}

/** Searches `mini` without recording. */
const searchOf = (mini: MiniSearch<FormEntry>, [query, options]: Call) =>
  MiniSearch.prototype.search.call(mini, query, options);

const comparable = (results: SearchResult[]) =>
  results.map(({ id, score, terms, match }) => ({ id, score, terms, match }));

describe('CatalogMiniSearch (pinned MiniSearch internals)', () => {
  const forms: FormEntry[] = generateFormCatalog({ size: 1500 }).forms;
  const queries = [
    ...FORM_SEARCH_QUERIES.map((labelled: { query: string }) => labelled.query),
    'hund',
    'Hundeanmeldung',
    'kita-platz',
    'muell abfuhr',
    'anmedlung',
    'Führungszeugnis beantragen',
    'xyzzy',
  ];

  it('is built on the MiniSearch version it was written against', async () => {
    const pkg = await (await fetch('/node_modules/minisearch/package.json')).json();
    expect(pkg.version, 'update catalog-minisearch.ts and this test together').to.equal('7.2.0');
  });

  it('holds the same index as stock MiniSearch (document count, words, field lengths)', () => {
    const { custom } = recordingIndex(forms);
    const stock = new MiniSearch<FormEntry>(stockOptions);
    stock.addAll(forms);
    expect(custom.documentCount).to.equal(stock.documentCount);
    expect(custom.termCount).to.equal(stock.termCount);
    // Stock MiniSearch keeps what search() reads: compare through its public serialisation.
    const customJson = custom.toJSON();
    const stockJson = stock.toJSON();
    expect(customJson.averageFieldLength).to.deep.equal(stockJson.averageFieldLength);
    expect(customJson.fieldLength).to.deep.equal(stockJson.fieldLength);
    expect(customJson.documentIds).to.deep.equal(stockJson.documentIds);
  });

  it('finds the same documents with the same scores for every query the German search sends', () => {
    const { index, custom, calls } = recordingIndex(forms);
    for (const query of queries) {
      index.search(query);
      index.suggest(query);
    }
    expect(calls.length).to.be.greaterThan(queries.length);
    const stock = new MiniSearch<FormEntry>(stockOptions);
    stock.addAll(forms);
    let found = 0;
    for (const call of calls) {
      const expected = comparable(searchOf(stock, call));
      const actual = comparable(searchOf(custom, call));
      expect(actual, JSON.stringify(call[0]).slice(0, 200)).to.deep.equal(expected);
      found += expected.length;
    }
    expect(found, 'the queries find something').to.be.greaterThan(100);
  });
});
