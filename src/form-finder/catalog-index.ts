/**
 * The word index of `<form-finder>`'s catalogue and its ranking: which forms hold a word, and
 * how well a form matches a query (BM25+ over title, keywords and description).
 *
 * Why our own and not MiniSearch, which this replaced? MiniSearch ranked well, and this keeps its
 * ranking to the number: BM25+ with its parameters, its weights for prefix and typo matches,
 * its field boosts and its "quality" (a form matching more of the query's words counts that many
 * times); test/form-finder/catalog-index.test.ts holds the scores equal to stock MiniSearch's for
 * every query the German search makes. But the citizen's keystroke waited for what MiniSearch
 * makes on the way: for each form found a result object, a `match` object and arrays, merged
 * again for each word of the query, thousands for a short query ("Pers": ~2,000 of 10,000 forms)
 * and garbage collection after them; that was most of the slowest keystrokes' search, and those
 * missed issue 14's goal (keystroke → painted ≤ 50 ms at 4× CPU). Here a search adds the
 * scores into arrays that live as long as the index, counts words and query terms with stamps
 * instead of sets, and makes one number per form found: its id. The index was already ours
 * (MiniSearch's bulk load was too slow, see {@link CatalogIndex.add}); what MiniSearch's radix
 * tree did, finding the words that start with a query word or are one typo from it, is a
 * binary search over the sorted words and a pass over them (~3,000 words in a catalogue of
 * 10,000 forms; german-search.ts passes over them per query word anyway).
 */
import { STOPWORDS, normalizeGerman, scanWords } from './german-text.js';
import { editDistance } from './edit-distance.js';
import type { FormEntry } from './form-catalog-types.js';

/** The searched fields of a form; a field's id is its index here. */
export const FIELDS = ['title', 'keywords', 'description'] as const;

/** The weight of a title match against keywords and description (by field id). */
const FIELD_BOOSTS = [6, 3, 1];

/** BM25+ as MiniSearch has it: term frequency saturation, length normalisation, lower bound. */
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;

/** MiniSearch's weights of a match that needed the rest of a word, or a typo. */
const PREFIX_WEIGHT = 0.375;
const TYPO_WEIGHT = 0.45;

/**
 * One alternative of a query word: catalogue words to look up, and how they count. Each of
 * `terms` is a query term of its own: a form that matches several counts each (the quality).
 */
export interface QueryLeaf {
  /** Normalised words. */
  terms: readonly string[];
  /** Ids of the fields searched (see {@link FIELDS}). */
  fields: readonly number[];
  /** Also the catalogue words that start with a term: "pers" → "personalausweis". */
  prefix: boolean;
  /** Also the catalogue words at most this many edits (Levenshtein) from a term; 0 for none. */
  typos: number;
  /** A term's weight relative to an exact match of a typed word; 1 when not given. */
  weight?: (term: string) => number;
}

/**
 * The forms a search found, best first. `ids` are the forms' places in the index; the other
 * methods take them. A search overwrites what the one before found: read it before the next.
 */
export interface RankedForms {
  ids: number[];
  form(id: number): FormEntry;
  score(id: number): number;
  /** The `maskOf` of every catalogue word that matched in the form, combined (bitwise or). */
  mask(id: number): number;
  /** The catalogue words that matched in the form, in the order the query met them. */
  matchedWords(id: number): string[];
}

/** A catalogue word the query met: a query term's exact, prefix or typo match. */
interface WordMatch {
  word: string;
  documents: number[][];
  weight: number;
  fields: readonly number[];
}

/**
 * The index of a catalogue. `add` forms, then `search`. Forms with an id already added are the
 * caller's to leave out (german-search.ts keeps the first).
 */
export class CatalogIndex {
  /** Normalised word → per field id, the ids of the forms holding it, ascending. */
  readonly #words = new Map<string, number[][]>();
  /** Hash of a raw word → the raw word and its documents (null for a function word). */
  readonly #raw = new Map<number, { word: string; documents: number[][] | null }>();
  /** The words sorted, for prefix look-ups; made by the first search after a word was added. */
  #sorted?: string[];
  readonly #forms: FormEntry[] = [];
  /** Per field id, the number of distinct words of each form in it, and their average. */
  readonly #lengths: number[][] = FIELDS.map(() => []);
  readonly #averageLengths: number[] = FIELDS.map(() => 0);
  /** What a search adds up per form, kept from search to search (see {@link FormTally}). */
  #tally = new FormTally(0);

  /** Number of forms. */
  get size(): number {
    return this.#forms.length;
  }

  /** The distinct normalised words of the catalogue, in the order they were first indexed. */
  words(): IterableIterator<string> {
    return this.#words.keys();
  }

  /**
   * Indexes a form. MiniSearch's `add` extracted, tokenised and processed every field and walked
   * its tree for each of the ~130,000 word occurrences of a 10,000-form catalogue, which has
   * only ~3,000 distinct words; here a raw word is found by its hash without making a string
   * of it, each distinct raw word is normalised once, and each form counts a word once per
   * field (a description that repeats a word does not outrank a title).
   */
  add(form: FormEntry): void {
    const id = this.#forms.push(form) - 1;
    FIELDS.forEach((field, fieldId) => {
      const value = form[field];
      if (value == null) return;
      const text = Array.isArray(value) ? value.join(' ') : value;
      let length = 0;
      const index = (from: number, to: number, hash: number) => {
        const documents = this.#documents(text, from, to, hash);
        const ids = documents && (documents[fieldId] ??= []);
        if (ids && ids[ids.length - 1] !== id) {
          ids.push(id);
          length++;
        }
      };
      scanWords(text, index, true);
      this.#lengths[fieldId][id] = length;
      // MiniSearch's running average, over every form so far.
      this.#averageLengths[fieldId] = (this.#averageLengths[fieldId] * id + length) / (id + 1);
    });
  }

  /**
   * The documents of the word `text[from, to)` (hyphens left out) with this hash; null for a
   * function word. A word whose hash another word took (rare) is normalised every time.
   */
  #documents(text: string, from: number, to: number, hash: number): number[][] | null {
    const known = this.#raw.get(hash);
    if (known?.word.length === to - from && text.startsWith(known.word, from)) {
      return known.documents;
    }
    const word = text.slice(from, to).replace(/-/g, '');
    if (known?.word === word) return known.documents; // a hyphenated compound
    const term = normalizeGerman(word);
    let documents = STOPWORDS.has(term) ? null : this.#words.get(term);
    if (documents === undefined) {
      this.#words.set(term, (documents = []));
      this.#sorted = undefined;
    }
    if (!known) this.#raw.set(hash, { word, documents });
    return documents;
  }

  /**
   * The forms that match every query word (`all`) or any, best first (equal scores in the
   * catalogue's order). A query word is a list of alternatives; a form matches it when it holds
   * a word of one of them. A form's score is MiniSearch's: the BM25+ scores of its matched words
   * in the fields searched, weighted, summed, times the number of query terms it matched.
   * `keep` leaves forms out; `maskOf` gives each matched catalogue word bits to combine per form.
   */
  search(
    query: readonly (readonly QueryLeaf[])[],
    all: boolean,
    keep?: (form: FormEntry) => boolean,
    maskOf: (word: string) => number = () => 0,
  ): RankedForms {
    if (this.#tally.seen.length !== this.#forms.length) {
      this.#tally = new FormTally(this.#forms.length);
    }
    this.#sorted ??= [...this.#words.keys()].sort();
    const tally = this.#tally;
    tally.begin();
    // A query term that several alternatives share counts once per form: which forms it matched
    // is kept in a set for those (rare); a stamp per term does for the others.
    const uses = new Map<string, number>();
    for (const word of query) {
      for (const leaf of word) {
        for (const term of leaf.terms) uses.set(term, (uses.get(term) ?? 0) + 1);
      }
    }
    const shared = new Map<string, Set<number>>();
    const matches: WordMatch[] = [];
    for (const word of query) {
      const wordStamp = tally.stamp();
      for (const leaf of word) {
        for (const term of leaf.terms) {
          let termForms: number | Set<number> = tally.stamp();
          if (uses.get(term)! > 1) {
            termForms = shared.get(term) ?? new Set();
            shared.set(term, termForms);
          }
          for (const match of this.#matches(term, leaf)) {
            matches.push(match);
            const mask = maskOf(match.word);
            for (const field of leaf.fields) {
              const ids = match.documents[field];
              if (!ids) continue;
              // BM25+ of a word that counts once per field (term frequency 1), as MiniSearch
              // computes it, in the same order of operations.
              const inverseFrequency = Math.log(
                1 + (this.#forms.length - ids.length + 0.5) / (ids.length + 0.5),
              );
              const weight = match.weight * FIELD_BOOSTS[field];
              const lengths = this.#lengths[field];
              const averageLength = this.#averageLengths[field];
              for (const id of ids) {
                const normalised = BM25_K * (1 - BM25_B + (BM25_B * lengths[id]) / averageLength);
                const score =
                  weight * (inverseFrequency * (BM25_D + (BM25_K + 1) / (1 + normalised)));
                tally.add(id, score, mask, wordStamp, termForms);
              }
            }
          }
        }
      }
    }
    const ids = tally.touched.filter(
      (id) => (!all || tally.wordCounts[id] === query.length) && (!keep || keep(this.#forms[id])),
    );
    // MiniSearch's "quality": a form counts as often as the query terms it matched.
    for (const id of ids) tally.scores[id] *= tally.termCounts[id];
    ids.sort((first, second) => tally.scores[second] - tally.scores[first] || first - second);
    return {
      ids,
      form: (id) => this.#forms[id],
      score: (id) => tally.scores[id],
      mask: (id) => tally.masks[id],
      matchedWords: (id) => [
        ...new Set(
          matches
            .filter((match) => match.fields.some((field) => includes(match.documents[field], id)))
            .map((match) => match.word),
        ),
      ],
    };
  }

  /**
   * The catalogue words a query term matches, with their weight: itself; with `prefix` the
   * words it begins, the less of the word typed the lower; with `typos` the words that many
   * edits away that it does not begin, the more edits the lower (MiniSearch's weights).
   */
  #matches(term: string, leaf: QueryLeaf): WordMatch[] {
    const boost = leaf.weight?.(term) ?? 1;
    const found: WordMatch[] = [];
    const add = (word: string, weight: number) =>
      found.push({
        word,
        documents: this.#words.get(word)!,
        weight: weight * boost,
        fields: leaf.fields,
      });
    if (this.#words.has(term)) add(term, 1);
    const sorted = this.#sorted!;
    if (leaf.prefix) {
      for (let at = lowerBound(sorted, term); sorted[at]?.startsWith(term); at++) {
        const word = sorted[at];
        if (word === term) continue;
        add(
          word,
          (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (word.length - term.length)),
        );
      }
    }
    if (leaf.typos) {
      for (const word of sorted) {
        if (Math.abs(word.length - term.length) > leaf.typos) continue;
        if (word === term || (leaf.prefix && word.startsWith(term))) continue;
        const distance = editDistance(term, word, leaf.typos);
        if (distance <= leaf.typos)
          add(word, (TYPO_WEIGHT * word.length) / (word.length + distance));
      }
    }
    return found;
  }
}

/**
 * What a search adds up per form: its score, the bits of its matched words, how many query words
 * and terms it matched. Arrays as long as the catalogue, made once per index and kept from
 * search to search, so that a keystroke makes no garbage; a form's entries count only when
 * `seen` holds the current search's stamp, and are reset when a search first reaches the form.
 */
class FormTally {
  readonly seen: Int32Array;
  readonly scores: Float64Array;
  readonly masks: Uint32Array;
  readonly wordCounts: Uint8Array;
  readonly wordStamps: Int32Array;
  readonly termCounts: Uint16Array;
  readonly termStamps: Int32Array;
  /** The forms the current search reached, in the order it reached them. */
  touched: number[] = [];
  #search = 0;
  #stamp = 0;

  constructor(size: number) {
    this.seen = new Int32Array(size);
    this.scores = new Float64Array(size);
    this.masks = new Uint32Array(size);
    this.wordCounts = new Uint8Array(size);
    this.wordStamps = new Int32Array(size);
    this.termCounts = new Uint16Array(size);
    this.termStamps = new Int32Array(size);
  }

  /** A new search: nothing counted yet. */
  begin(): void {
    this.#search = this.stamp();
    this.touched = [];
  }

  /** A number no stamp had before: for a search, a query word or a query term. */
  stamp(): number {
    return ++this.#stamp;
  }

  /**
   * Adds a matched word's score in one field to form `id`, which matched the query word with
   * stamp `word` and the query term `term` (its stamp, or the set of the forms it matched when
   * several alternatives share it).
   */
  add(id: number, score: number, mask: number, word: number, term: number | Set<number>): void {
    if (this.seen[id] !== this.#search) {
      this.seen[id] = this.#search;
      this.scores[id] = this.masks[id] = this.wordCounts[id] = this.termCounts[id] = 0;
      this.touched.push(id);
    }
    this.scores[id] += score;
    this.masks[id] |= mask;
    if (this.wordStamps[id] !== word) {
      this.wordStamps[id] = word;
      this.wordCounts[id]++;
    }
    if (typeof term === 'number' ? this.termStamps[id] !== term : !term.has(id)) {
      if (typeof term === 'number') this.termStamps[id] = term;
      else term.add(id);
      this.termCounts[id]++;
    }
  }
}

/** The first place in `sorted` whose word is not before `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether the ascending `ids` hold `id`. */
function includes(ids: readonly number[] | undefined, id: number): boolean {
  if (!ids) return false;
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (ids[middle] === id) return true;
    if (ids[middle] < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
