/**
 * MiniSearch with a faster bulk load for `<form-finder>`'s catalogue (see {@link CatalogMiniSearch}).
 *
 * This subclass writes MiniSearch's protected fields (`_nextId`, `_documentCount`,
 * `_avgFieldLength`, `_documentIds`, `_idToShortId`, `_fieldLength`, `_index`) and copies their
 * layout: a contract MiniSearch does not promise. package.json pins the exact MiniSearch version,
 * and test/form-finder/catalog-minisearch.test.ts builds the same corpus through MiniSearch's
 * public API and requires the same documents and scores: an upgrade that changes the layout or
 * the ranking fails that test instead of quietly changing what citizens find.
 */
import MiniSearch from 'minisearch';
import { STOPWORDS, normalizeGerman, scanWords } from './german-text.js';
import type { FormEntry } from './form-catalog-types.js';

/** The searched fields of a form, in MiniSearch's field-id order. */
export const FIELDS = ['title', 'keywords', 'description'];

/**
 * The index entry of one word: field id → the documents that contain it, in the shape of
 * MiniSearch's Map of term frequencies. Every word counts once per field, as in the query (a
 * description that repeats a word does not outrank a title), so a field's entry is only the
 * list of short ids, read through {@link DocumentIds}.
 */
interface RawWord {
  word: string;
  data: TermData | null;
}

class TermData extends Map<number, Map<number, number>> {
  readonly ids: number[][] = [];

  override get(field: number): Map<number, number> | undefined {
    const ids = this.ids[field];
    return ids && (new DocumentIds(ids) as unknown as Map<number, number>);
  }
}

/**
 * The documents of a word in one field as MiniSearch's scoring (`termResults`) reads a Map of
 * term frequencies: `size`, `keys()` and `get(id)`, every frequency 1. A view of the id list:
 * a Map per word and field, made when a search first reached it, was 5 ms of a letter's ranking
 * at 4× CPU and memory for every word a letter reaches (german-search.ts prepareLetters).
 */
class DocumentIds {
  readonly #ids: number[];

  constructor(ids: number[]) {
    this.#ids = ids;
  }

  get size(): number {
    return this.#ids.length;
  }

  keys(): Iterable<number> {
    return this.#ids;
  }

  get(): number {
    return 1;
  }
}

/**
 * MiniSearch with a faster bulk load. MiniSearch's `add` extracts, tokenises and processes
 * every field and walks its radix tree for each of the ~130,000 word occurrences of a
 * 10,000-form catalogue, which has only ~3,000 distinct words. Here `add` (called by `addAll`)
 * finds a raw word by its hash without making a string of it, normalises each distinct raw
 * word once and inserts each normalised word into the tree once:
 * the same index (document frequencies, field lengths and their averages as MiniSearch computes
 * them) in a fraction of the time.
 */
export class CatalogMiniSearch extends MiniSearch<FormEntry> {
  /** Normalised word → its index entry. */
  readonly terms = new Map<string, TermData>();
  /** Hash of a raw word → the raw word and its index entry. */
  private readonly raw = new Map<number, RawWord>();

  constructor() {
    super({
      fields: FIELDS,
      storeFields: [],
      autoVacuum: false,
      // Query leaves arrive normalised, as space-separated words (see `leaf`).
      searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term },
    });
  }

  override add(form: FormEntry): void {
    const id = this._nextId++;
    const count = this._documentCount++;
    const lengths: number[] = [];
    const averages = this._avgFieldLength;
    this._documentIds.set(id, form.id);
    this._idToShortId.set(form.id, id);
    this._fieldLength.set(id, lengths);
    FIELDS.forEach((field, fieldId) => {
      const value = (form as unknown as Record<string, string | string[] | undefined>)[field];
      if (value == null) return;
      const text = Array.isArray(value) ? value.join(' ') : value;
      let length = 0;
      const index = (from: number, to: number, hash: number) => {
        const ids = this.entry(text, from, to, hash)?.ids;
        const docs = ids && (ids[fieldId] ??= []);
        if (docs && docs[docs.length - 1] !== id) {
          docs.push(id);
          length++;
        }
      };
      scanWords(text, index, true);
      lengths[fieldId] = length;
      averages[fieldId] = ((averages[fieldId] || 0) * count + length) / (count + 1);
    });
  }

  /**
   * The index entry of the word `text[from, to)` (hyphens left out) with this hash; null for a
   * function word. A word whose hash another word took (rare) is normalised every time.
   */
  private entry(text: string, from: number, to: number, hash: number): TermData | null {
    const known = this.raw.get(hash);
    if (known?.word.length === to - from && text.startsWith(known.word, from)) return known.data;
    const word = text.slice(from, to).replace(/-/g, '');
    if (known?.word === word) return known.data; // a hyphenated compound
    const term = normalizeGerman(word);
    let data = STOPWORDS.has(term) ? null : this.terms.get(term);
    if (data === undefined) {
      this.terms.set(term, (data = new TermData()));
      this._index.set(term, data);
    }
    if (!known) this.raw.set(hash, { word, data });
    return data;
  }
}
