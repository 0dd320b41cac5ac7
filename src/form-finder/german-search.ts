/**
 * German-aware search over the form catalogue of `<form-finder>`.
 *
 * Why a hand-written normalisation layer on top of the index? catalog-index.ts holds the words
 * and ranks with BM25+ (prefix and typo matches, AND/OR over the query's words) as MiniSearch
 * does, but only lower-casing would not do for German, and no small library does it the way
 * citizens type:
 *  - umlauts and ß arrive in every spelling: "Müll", "Muell", "Mull", "MÜLL", or decomposed
 *    "Mu\u0308ll" pasted from macOS. Index and query are folded to one form with the rules of
 *    Lucene's GermanNormalizationFilter (ä/ae → a, ö/oe → o, ü/ue → u unless the "ue"
 *    follows a vowel or q as in "Steuer" or "Quelle", ß → ss), so the fold works both ways;
 *  - compounds: "hund" must find "Hundesteuer" (a prefix, the index does that) and
 *    "anmeldung" must find "Hundeanmeldung", which no prefix or typo lookup can. Indexing
 *    every suffix of the words made the index build three to four times slower (measured:
 *    > 1 s for 10,000 forms), so compound parts are resolved at query time instead: the query
 *    word is looked up inside the few thousand distinct words of the catalogue, and the words
 *    containing it join the query as alternatives (scripts/bench-form-search.mjs);
 *  - typos: the index's typo match is Levenshtein, where swapping two letters
 *    ("anmedlung") costs 2. The swapped variants of a query word are added explicitly, so
 *    "one typo" means one, and only in words of five letters or more;
 *  - verbs and nouns ("abmelden" / "Abmeldung", "Anträge" / "Antrag") meet through a light
 *    suffix stemmer on the query side;
 *  - highlighting must mark the original text ("Müll") for a folded query ("muell"), which
 *    needs the character offsets of the fold.
 * Index and scoring (BM25+ with field boosts, the combination of the query's words) are
 * catalog-index.ts's; this module only decides what goes in and how the query is phrased.
 */
import { idleTask, nextTask } from '../core/next-task.js';
import { CatalogIndex, FIELDS } from './catalog-index.js';
import { withinEdits } from './edit-distance.js';
import { STOPWORDS, isWordCode, normalizeGerman, normalizeInto, words } from './german-text.js';
import { byTitle, formFilter } from './plain-search.js';
import type { QueryLeaf, RankedForms } from './catalog-index.js';
import type { Offsets } from './german-text.js';
import type { FormEntry } from './form-catalog-types.js';

export type { FormEntry } from './form-catalog-types.js';

/** How long a slice of the index build runs before it yields (see FormSearchIndex.build). */
const INDEX_SLICE_MS = 8;
/** Forms indexed between two looks at the clock. */
const FORMS_PER_STEP = 10;

/** One search result. */
export interface FormHit {
  form: FormEntry;
  /** Relevance; higher is better. 0 in the alphabetical list of an empty query. */
  score: number;
  /** The matched words (normalised), for {@link highlightRanges}. */
  terms: string[];
}

export interface FormSearchOptions {
  /** Only forms of this `Department.id`. */
  department?: string;
  /** Only forms of this format, e.g. `"pdf"` (case-insensitive). */
  format?: string;
  /** At most this many hits (default: all). */
  limit?: number;
}

/**
 * The letters a one-letter query is after normalisation (umlauts fold to their base letter, see
 * {@link FormSearchIndex.prepareForTyping}).
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A piece of a highlighted text; `match` pieces go into `<mark>`. */
export interface HighlightPiece {
  text: string;
  match: boolean;
}

/** Shortest query word that is looked for inside compounds ("hund" in "Wachhund"). */
const MIN_PART = 4;
/** Shortest query word (normalised) that may contain one typo. */
const MIN_FUZZY = 5;
/** Shortest stem a query word is reduced to. */
const MIN_STEM = 4;
/** At most this many catalogue words are added to the query for one query word. */
const MAX_EXPANSIONS = 100;
/** Words of a query beyond this many are ignored (someone pasted a paragraph). */
const MAX_QUERY_WORDS = 10;

/** The fields a query word looks in (ids of catalog-index.ts FIELDS): all, or the title only. */
const ALL_FIELDS = FIELDS.map((_, id) => id);
const TITLE = [FIELDS.indexOf('title')];
/** Term weights relative to an exact match (catalog-index.ts: prefix 0.375, typo 0.45). */
const STEM_WEIGHT = 0.5;
const SWAP_WEIGHT = 0.45;
const PART_WEIGHT = 0.6;

// ---------------------------------------------------------------------------------------
// Query words

/**
 * Whether `part` is in `word` after its first letter: a later part of a compound ("anmeldung"
 * in "hundeanmeldung"). Folding drops an "e" after a, o and u ("ue" is "ü", german-text.ts),
 * also where a part starting with "e" follows one ending in a, o or u: "Kitaeinschreibung" is
 * "kitainschreibung", where "einschreibung" is "inschreibung" after the "a".
 */
function isLaterPart(word: string, part: string): boolean {
  if (word.indexOf(part, 1) > 0) return true;
  if (part[0] !== 'e') return false;
  const rest = part.slice(1);
  for (let at = word.indexOf(rest, 2); at > 1; at = word.indexOf(rest, at + 1)) {
    if ('aou'.includes(word[at - 1])) return true;
  }
  return false;
}

/** Light stemmer for query words: "abmelden" → "abmeld", "anträge" → "antrag". */
function stemOf(term: string): string | undefined {
  for (const suffix of ['ungen', 'ung', 'ern', 'en', 'er', 'es', 'em', 'e', 'n', 's']) {
    if (term.endsWith(suffix) && term.length - suffix.length >= MIN_STEM) {
      return term.slice(0, -suffix.length);
    }
  }
  return undefined;
}

/** The word with two neighbouring letters swapped, at every position. */
function swapVariants(term: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i < term.length - 1; i++) {
    if (term[i] !== term[i + 1]) {
      variants.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
    }
  }
  return [...variants];
}

interface QueryWord {
  term: string;
  stem?: string;
  swaps: string[];
  /**
   * Catalogue words the query word stands for besides its prefix matches, with their weight:
   * words starting with its stem ("anmelden" → "anmeldung") and compounds containing it or its
   * stem ("anmeldung" → "hundeanmeldung").
   */
  expansions: Map<string, number>;
}

// ---------------------------------------------------------------------------------------
// Highlighting

/**
 * Splits `text` (e.g. a title) into plain and matched pieces for `<mark>`. `terms` are the
 * `terms` of a {@link FormHit} (or raw query words): each matches at the start of a word,
 * and from four letters on also inside a compound. Umlaut-aware: the term "muell" marks
 * "Müll" in "Müllabfuhr".
 */
export function highlightRanges(text: string, terms: string[]): HighlightPiece[] {
  const offsets: Offsets = { start: [], end: [] };
  const norm = normalizeInto(text, offsets);
  const marked = new Uint8Array(text.length);
  const needles = new Set<string>();
  for (const term of terms) for (const word of words(term)) needles.add(normalizeGerman(word));
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = norm.indexOf(needle); at !== -1; at = norm.indexOf(needle, at + 1)) {
      const wordStart = !isWordCode(norm.charCodeAt(at - 1));
      if (!wordStart && needle.length < MIN_PART) continue;
      marked.fill(1, offsets.start[at], offsets.end[at + needle.length - 1]);
    }
    // A later part starting with "e" after a, o or u, whose "e" folding dropped (isLaterPart):
    // marked from that "e", which the letter before it holds ("Kita|einschreibung").
    if (needle[0] !== 'e' || needle.length < MIN_PART) continue;
    const rest = needle.slice(1);
    for (let at = norm.indexOf(rest, 2); at > 1; at = norm.indexOf(rest, at + 1)) {
      if (!'aou'.includes(norm[at - 1]) || !isWordCode(norm.charCodeAt(at - 2))) continue;
      marked.fill(1, offsets.end[at - 1] - 1, offsets.end[at + rest.length - 1]);
    }
  }
  const pieces: HighlightPiece[] = [];
  let from = 0;
  for (let end = 1; end <= text.length; end++) {
    if (end === text.length || marked[end] !== marked[from]) {
      pieces.push({ text: text.slice(from, end), match: marked[from] === 1 });
      from = end;
    }
  }
  return pieces;
}

// ---------------------------------------------------------------------------------------
// Index

/**
 * Search index over the forms of a catalogue. Build it once per catalogue; `search` is fast
 * enough to run on every keystroke.
 */
export class FormSearchIndex {
  private readonly catalog = new CatalogIndex();
  private readonly forms = new Map<string, FormEntry>();
  private vocabularyList?: string[];
  /** The catalogue's forms as given (duplicate ids included). */
  private catalogue: readonly FormEntry[] = [];
  private sorted?: readonly FormEntry[];
  /** The ranked hits of each one-letter query made so far (see {@link prepareForTyping}). */
  private readonly letterHits = new Map<string, FormHit[]>();

  constructor(forms: readonly FormEntry[]) {
    this.catalogue = forms;
    this.index(forms);
  }

  /** Indexes the forms whose id is new. */
  private index(forms: readonly FormEntry[]): void {
    for (const form of this.register(forms)) this.catalog.add(form);
  }

  /**
   * Builds the index in slices, a task each (ids registered and words indexed, a few forms at a
   * time), so a large catalogue never blocks typing or painting. A slice ends once it has run
   * for `sliceMs` milliseconds: a fixed number of forms was fast on one machine and a long task
   * on another (125 forms took ~20 ms at 4× CPU when measured first, 53–124 ms with Chromium 156
   * on the CI machine of 2026-12-02; the first slice, on code not yet compiled, the longest).
   * 8 ms is a long task's 50 ms on a phone 4× slower than the machine that measured it, with
   * room for the garbage collection after it. plain-search.ts answers meanwhile.
   */
  static async build(
    forms: readonly FormEntry[],
    sliceMs = INDEX_SLICE_MS,
  ): Promise<FormSearchIndex> {
    const index = new FormSearchIndex([]);
    index.catalogue = forms;
    let start = 0;
    while (start < forms.length) {
      await nextTask();
      const sliceEnd = performance.now() + sliceMs;
      do {
        index.index(forms.slice(start, start + FORMS_PER_STEP));
        start += FORMS_PER_STEP;
      } while (start < forms.length && performance.now() < sliceEnd);
    }
    // The alphabetical list, what an empty query finds (the first search on a new index), in
    // a task of its own: 10,000 forms took ~25 ms of the results' task at 4× CPU.
    await nextTask();
    index.alphabetical();
    // The warm-up (see warmUp) in two tasks: the query word against the catalogue's words (their
    // list is made on the first query), then the search; in one they were a long task at 4× CPU.
    const word = index.warmUpWord();
    await nextTask();
    if (word) index.parseQuery(word);
    await nextTask();
    if (word) index.warmUp(word);
    // The element's render with the index (in the microtasks after this method resolves) gets a
    // task of its own too: together they were a long task at 4× CPU (65 ms).
    await nextTask();
    return index;
  }

  /**
   * Searches once before any keystroke, for the longest word of the first title, and marks what
   * it finds: V8 compiles a function when it first runs, and the citizen's first letter paid
   * for compiling the search, the ranking and the highlighting (the benchmark's first "P": ~100
   * ms to the paint at 4× CPU, later letters ~60). A long word, because it finds few forms: a
   * letter found thousands, a task of 60 ms at 4×.
   */
  private warmUp(word: string): void {
    for (const hit of this.search(word, { limit: 3 })) highlightRanges(hit.form.title, hit.terms);
  }

  /** The word {@link warmUp} searches for: the longest of the first title, if long enough. */
  private warmUpWord(): string | undefined {
    const title = this.alphabetical()[0]?.title ?? '';
    const word = words(title).reduce(
      (longest, candidate) => (candidate.length > longest.length ? candidate : longest),
      '',
    );
    return word.length < MIN_FUZZY ? undefined : word;
  }

  /**
   * What a citizen's typing would otherwise pay for on a keystroke, done ahead in idle tasks
   * until `wanted` says no more: every one-letter query ranked, then the nearest forms searched
   * for once (see {@link warmUpNearest}).
   *
   * A citizen's first letter finds hundreds or thousands of forms ("P": 1,087 of 10,000, "F":
   * 1,403), and ranked on the keystroke it was the slowest keystroke of all (its search 30–50 ms
   * at 4× CPU); ahead, the keystroke only filters a ready list. An idle task ranks letters until
   * it has run for `sliceMs` (as a slice of the index build does): a letter per task, one per
   * idle period (~50 ms apart on an idle page), took ~1.3 s for all 26, and a citizen typing
   * sooner found theirs not ranked yet.
   */
  async prepareForTyping(
    wanted: () => boolean = () => true,
    sliceMs = INDEX_SLICE_MS,
  ): Promise<void> {
    let next = 0;
    while (next < LETTERS.length) {
      await idleTask();
      const sliceEnd = performance.now() + sliceMs;
      do {
        if (!wanted()) return;
        this.letterRanking(LETTERS[next++]);
      } while (next < LETTERS.length && performance.now() < sliceEnd);
    }
    await idleTask();
    if (wanted()) this.warmUpNearest();
  }

  /**
   * Searches once for the nearest forms of a word no form holds (the {@link warmUpWord}
   * backwards), as a citizen's first query without a hit would: that search looks at every
   * word of the catalogue with the loose typo rules, code no query with hits runs, and V8
   * compiled and optimised it on that keystroke. In the benchmark (10,000 forms, 4× CPU) the
   * first query without a hit ("Hund anml") took 48–152 ms to the paint before (median 80 of six
   * runs), 48–80 ms after (median 60; docs/benchmarks.md). One word: the idle task of a
   * two-word query was a long task (70 ms of CPU at 4×).
   */
  private warmUpNearest(): void {
    const word = this.warmUpWord();
    if (word) this.suggest([...word].reverse().join(''));
  }

  /**
   * All hits of a one-letter query (its normalised `letter`), best first; ranked on the first
   * call. A lone letter looks at titles only and allows no typo, so the index's order is the
   * ranking and the letter itself is what to highlight.
   */
  private letterRanking(letter: string): FormHit[] {
    let hits = this.letterHits.get(letter);
    if (!hits) {
      const terms = [letter];
      const ranked = this.catalog.search(
        [this.wordQuery(this.queryWord(letter, false), false)],
        true,
      );
      hits = ranked.ids.map((id) => ({ form: ranked.form(id), score: ranked.score(id), terms }));
      this.letterHits.set(letter, hits);
    }
    return hits;
  }

  /** Keeps the first form of each id (also of earlier slices); returns the forms to index. */
  private register(forms: readonly FormEntry[]): FormEntry[] {
    const unique: FormEntry[] = [];
    for (const form of forms) {
      if (!form || typeof form.id !== 'string' || this.forms.has(form.id)) continue;
      this.forms.set(form.id, form);
      unique.push(form);
    }
    return unique;
  }

  /** Number of indexed forms. */
  get size(): number {
    return this.forms.size;
  }

  /**
   * Forms that match every word of `query` (AND, any order), best first: matches without a
   * typo before matches with one; within those by BM25+ score with title before keywords
   * before description and exact before prefix before compound-part matches.
   * An empty query returns all forms alphabetically by title (German collation).
   */
  search(query: string, opts: FormSearchOptions = {}): FormHit[] {
    const qwords = this.parseQuery(query);
    const keep = formFilter(opts);
    if (!qwords.length) {
      const all = keep ? this.alphabetical().filter(keep) : this.alphabetical();
      return all.slice(0, opts.limit ?? all.length).map((form) => ({ form, score: 0, terms: [] }));
    }
    if (qwords.length === 1 && qwords[0].term.length === 1) {
      const hits = this.letterRanking(qwords[0].term);
      const kept = keep ? hits.filter((hit) => keep(hit.form)) : hits;
      return kept.slice(0, opts.limit ?? kept.length);
    }
    const alternatives = qwords.map((word) => this.wordQuery(word, false));
    // Words shorter than five letters allow no typo: then every match is without one. These
    // short words are the ones with thousands of hits ("Pers": 2,000 of 10,000 forms).
    const typos = qwords.some((word) => strictTypos(word.term));
    // Bit n of a matched catalogue word: it matches the query's word n without a typo.
    const withoutTypo = (documentWord: string) =>
      qwords.reduce(
        (mask, word, place) =>
          matchesWithoutTypo(word, documentWord) ? mask | (1 << place) : mask,
        0,
      );
    const ranked = this.catalog.search(alternatives, true, keep, typos ? withoutTypo : undefined);
    const highlightTerm = highlightTermOf(qwords);
    const toHit = (id: number) => new SearchHit(ranked, id, highlightTerm);
    if (!typos) return ranked.ids.slice(0, opts.limit ?? ranked.ids.length).map(toHit);
    // Ranked by score; matches that needed a typo go behind all others.
    const everyWord = (1 << qwords.length) - 1;
    const clean: number[] = [];
    const typo: number[] = [];
    for (const id of ranked.ids) (ranked.mask(id) === everyWord ? clean : typo).push(id);
    const ids = clean.concat(typo);
    return ids.slice(0, opts.limit ?? ids.length).map(toHit);
  }

  /**
   * The nearest forms for a query that {@link search} finds nothing for: the words are
   * OR-combined (forms that match more of them come first), may contain one typo from four
   * letters on and two from seven, also inside compounds.
   */
  suggest(query: string, limit = 5, opts: Omit<FormSearchOptions, 'limit'> = {}): FormHit[] {
    const typed = this.parseQuery(query, true);
    if (!typed.length) return [];
    const qwords = typed.concat(this.knownParts(typed));
    const alternatives = qwords.map((word) => this.wordQuery(word, true));
    // Bit n of a matched catalogue word: it stands for the query's word n.
    const coverOf = (documentTerm: string): number => {
      let mask = 0;
      for (let place = 0; place < qwords.length; place++) {
        const word = qwords[place];
        const typos = looseTypos(word.term);
        if (
          documentTerm.startsWith(word.term) ||
          word.expansions.has(documentTerm) ||
          (typos > 0 && withinEdits(word.term, documentTerm, typos, true))
        ) {
          mask |= 1 << place;
        }
      }
      return mask;
    };
    const ranked = this.catalog.search(alternatives, false, formFilter(opts), coverOf);
    const covered = ranked.ids.map((id) => {
      let count = 0;
      for (let rest = ranked.mask(id); rest; rest &= rest - 1) count++;
      return count;
    });
    // Forms that match more of the words first, then by score (the order of `ids`): the first
    // `limit` of each count, most first, without sorting the thousands a common word reaches.
    const ids: number[] = [];
    for (let count = covered.reduce((most, next) => Math.max(most, next), 0); count >= 0; count--) {
      for (let place = 0; place < covered.length && ids.length < limit; place++) {
        if (covered[place] === count) ids.push(ranked.ids[place]);
      }
    }
    const highlightTerm = highlightTermOf(qwords);
    return ids.map((id) => new SearchHit(ranked, id, highlightTerm));
  }

  /**
   * A small decompounding step for suggestions: for a long query word the catalogue does not
   * know ("Hundeanmeldeformular"), its longest beginning that starts a catalogue word
   * ("hundeanmeld") and the catalogue words inside it ("formular"), at most six, only the
   * longest of overlapping ones.
   */
  private knownParts(qwords: QueryWord[]): QueryWord[] {
    const parts = new Set<string>();
    const typed = new Set(qwords.map((word) => word.term));
    for (const { term } of qwords) {
      if (term.length < 2 * MIN_PART) continue;
      let head = 0;
      const inside: string[] = [];
      for (const catalogWord of this.catalogWords()) {
        let common = 0;
        while (
          common < catalogWord.length &&
          common < term.length &&
          catalogWord.charCodeAt(common) === term.charCodeAt(common)
        )
          common++;
        if (common > head) head = common;
        if (
          catalogWord.length >= MIN_PART &&
          catalogWord.length < term.length &&
          term.includes(catalogWord)
        )
          inside.push(catalogWord);
      }
      if (head === term.length) continue; // a catalogue word starts with it: not unknown
      const found = head >= MIN_PART ? [term.slice(0, head)] : [];
      for (const catalogWord of inside.sort((first, second) => second.length - first.length)) {
        if (!found.some((part) => part.includes(catalogWord))) found.push(catalogWord);
      }
      for (const part of found.slice(0, 6)) if (!typed.has(part)) parts.add(part);
    }
    return [...parts].map((term) => this.queryWord(term, false));
  }

  /** The distinct normalised words of the catalogue. */
  private catalogWords(): string[] {
    return (this.vocabularyList ??= [...this.catalog.words()]);
  }

  /**
   * Normalised, de-duplicated query words. Function words only count if nothing else is left;
   * a single letter next to other words is the start of a word still being typed and waits.
   * With `loose` (suggestions), the last word may be one still being typed (see `expand`).
   */
  private parseQuery(query: string, loose = false): QueryWord[] {
    const all = [...new Set(words(query).map((word) => normalizeGerman(word)))].filter(Boolean);
    const meaningful = all.filter((term) => !STOPWORDS.has(term));
    let terms = meaningful.length ? meaningful : all;
    if (terms.length > 1 && terms.some((term) => term.length > 1))
      terms = terms.filter((term) => term.length > 1);
    return terms
      .slice(0, MAX_QUERY_WORDS)
      .map((term, place, kept) => this.queryWord(term, loose, loose && place === kept.length - 1));
  }

  private queryWord(term: string, loose: boolean, halfway = false): QueryWord {
    const stem = stemOf(term);
    return {
      term,
      stem,
      swaps: term.length >= MIN_FUZZY ? swapVariants(term) : [],
      expansions: this.expand(term, stem, loose, halfway),
    };
  }

  /**
   * Catalogue words (one pass over the distinct words) that `term` stands for beyond its own
   * prefix: words starting with its stem, and compounds with `term` or its stem inside. With
   * `loose`, also compounds with `term` inside up to one typo (from five letters on); with
   * `halfway` (a word the citizen may still be typing), also words that start with `term` but
   * for one typo ("anml" for "Anmeldung", from four letters on).
   */
  private expand(
    term: string,
    stem: string | undefined,
    loose: boolean,
    halfway: boolean,
  ): Map<string, number> {
    const found = new Map<string, number>();
    const inner = term.length >= MIN_PART;
    if (!inner && !stem) return found;
    const typoStart = halfway && term.length >= MIN_PART;
    const typoInside = loose && term.length >= MIN_FUZZY;
    // Like the index's prefix weight: the more of the word the query covers, the better.
    const weight = (base: number, word: string, matched: number) =>
      (base * word.length) / (word.length + 0.3 * (word.length - matched));
    for (const word of this.catalogWords()) {
      if (word.length <= (stem ?? term).length || word.startsWith(term)) continue;
      if (stem && word.startsWith(stem)) {
        found.set(word, weight(STEM_WEIGHT, word, stem.length));
      } else if (inner && isLaterPart(word, term)) {
        found.set(word, weight(PART_WEIGHT, word, term.length));
      } else if (stem && isLaterPart(word, stem)) {
        found.set(word, weight(PART_WEIGHT * STEM_WEIGHT, word, stem.length));
      } else if (typoStart && withinEdits(term, word, 1, true)) {
        found.set(word, weight(SWAP_WEIGHT, word, term.length));
      } else if (typoInside && withinEdits(term, word.slice(1), 1, false)) {
        found.set(word, weight(SWAP_WEIGHT, word, term.length));
      }
    }
    if (found.size <= MAX_EXPANSIONS) return found;
    // Too many (a very common part like "antrag"): keep the closest ones.
    return new Map(
      [...found].sort((first, second) => second[1] - first[1]).slice(0, MAX_EXPANSIONS),
    );
  }

  /**
   * The alternatives of one query word: the word itself (exact, prefix, typo), its letter
   * swaps, and the catalogue words it stands for.
   */
  private wordQuery(word: QueryWord, loose: boolean): QueryLeaf[] {
    const typos = loose ? looseTypos(word.term) : strictTypos(word.term);
    // A lone letter only looks at titles: every other field has a word for every letter.
    const fields = word.term.length > 1 ? ALL_FIELDS : TITLE;
    const leaves: QueryLeaf[] = [{ terms: [word.term], fields, prefix: true, typos }];
    if (word.swaps.length) {
      leaves.push({ terms: word.swaps, fields, prefix: true, typos: 0, weight: () => SWAP_WEIGHT });
    }
    if (word.expansions.size) {
      const weights = word.expansions;
      leaves.push({
        terms: [...weights.keys()],
        fields,
        prefix: false,
        typos: 0,
        weight: (term) => weights.get(term) ?? 0,
      });
    }
    return leaves;
  }

  /**
   * All forms, alphabetically by title (German collation); the catalogue's order from
   * plain-search.ts (sorted once, for the plain search too), without the duplicate ids.
   */
  private alphabetical(): readonly FormEntry[] {
    this.sorted ??= byTitle(this.catalogue).filter((form) => this.forms.get(form.id) === form);
    return this.sorted;
  }
}

/**
 * A form found, whose words to highlight are worked out when read: a short query finds
 * thousands of forms, a page shows 20 of them, and for all of them they were a tenth of such a
 * search's time. (A class: an object literal with a getter is made far more slowly.)
 */
class SearchHit implements FormHit {
  readonly form: FormEntry;
  readonly score: number;
  readonly #ranked: RankedForms;
  readonly #id: number;
  readonly #highlightTerm: (documentTerm: string) => string;
  #terms?: string[];

  constructor(ranked: RankedForms, id: number, highlightTerm: (documentTerm: string) => string) {
    this.form = ranked.form(id);
    // Read now: the index's next search overwrites it.
    this.score = ranked.score(id);
    this.#ranked = ranked;
    this.#id = id;
    this.#highlightTerm = highlightTerm;
  }

  get terms(): string[] {
    return (this.#terms ??= [
      ...new Set(this.#ranked.matchedWords(this.#id).map(this.#highlightTerm)),
    ]);
  }
}

/** Typos allowed in `search`: one from five letters on. */
function strictTypos(term: string): number {
  return term.length >= MIN_FUZZY ? 1 : 0;
}

/** Typos allowed in `suggest`: one from four letters on, two from seven. */
function looseTypos(term: string): number {
  return term.length >= 7 ? 2 : term.length >= 4 ? 1 : 0;
}

/**
 * What to highlight for a matched word of a document: the typed part of a prefix or compound
 * match, the whole word of a typo. Remembered per word for one query: the thousands of hits of a
 * short query ("Pers": 2,000 of 10,000 forms) share a few dozen matched words; worked out for
 * each hit anew it was a sixth of such a search's time, remembered a quarter less.
 */
function highlightTermOf(qwords: QueryWord[]): (documentTerm: string) => string {
  const known = new Map<string, string>();
  return (documentTerm) => {
    let best = known.get(documentTerm);
    if (best !== undefined) return best;
    best = '';
    for (const word of qwords) {
      for (const candidate of [word.term, word.stem, ...word.swaps]) {
        if (!candidate || candidate.length <= best.length) continue;
        if (
          documentTerm.startsWith(candidate) ||
          (candidate.length >= MIN_PART && documentTerm.includes(candidate))
        )
          best = candidate;
      }
    }
    best ||= documentTerm;
    known.set(documentTerm, best);
    return best;
  };
}

/**
 * `documentTerm` matches the query `word` exactly, as prefix, by its stem or as compound part
 * (in `search`, expansions never contain typos).
 */
function matchesWithoutTypo(word: QueryWord, documentTerm: string): boolean {
  return documentTerm.startsWith(word.term) || word.expansions.has(documentTerm);
}
