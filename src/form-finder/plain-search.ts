/**
 * The search of `<form-finder>` until its German index is ready. The index (catalog-index.ts and
 * the German rules of german-search.ts) is a chunk of its own, loaded while the catalogue loads, so
 * the element's first load stays small. If a citizen types before it arrives, or the chunk
 * cannot load (offline, blocked), this plain match keeps the search box working: forms whose
 * title or keywords contain every typed word (case- and accent-insensitive), alphabetically.
 */
import type { FormEntry } from './form-catalog-types.js';
import type { FormHit, FormSearchOptions } from './german-search.js';

let collator: Intl.Collator | undefined;

/**
 * German collation, made on the first sort on this thread: making it loads ICU's collation data
 * (10–50 ms in a fresh page, 60–110 ms at Lighthouse's 4× CPU), which at module level fell into
 * the element's module evaluation on every page with a <form-finder>. A catalogue that the
 * worker checked comes sorted (rememberTitleOrder): then the page never needs one.
 */
const germanCollator = () => (collator ??= new Intl.Collator('de', { numeric: true }));

/** Lower case without accents: "Müll" → "mull", so "mull" and "müll" meet. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de');
}

/** The department and format filter of a search, undefined when it keeps every form. */
export function formFilter(options: FormSearchOptions): ((form: FormEntry) => boolean) | undefined {
  const { department, format } = options;
  if (!department && !format) return undefined;
  const wantedFormat = format?.toLowerCase();
  return (form) =>
    (!department || form.department === department) &&
    (!wantedFormat || (form.format ?? '').toLowerCase() === wantedFormat);
}

const FOLDED: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/**
 * A title's key in an order near German collation: lower case, "ä" beside "a", and dashes and
 * quotes (U+2010–U+205F) with the punctuation before the digits and letters, as the collator
 * puts them.
 */
const roughKey = (title: string) =>
  title.toLowerCase().replace(/[äöüß\u2010-\u205f]/g, (letter) => FOLDED[letter] ?? '-');

const sortedByTitle = new WeakMap<readonly FormEntry[], readonly FormEntry[]>();

/**
 * The forms alphabetically by title (German collation, numbers by value), then by id; sorted
 * once per catalogue. Intl.Collator compares slowly: sorting 10,000 titles with it alone took
 * one task of ~50 ms (~200 ms at Lighthouse's 4× CPU). So the forms are first put in a cheap
 * order, their lower-case titles with umlauts folded compared as strings, which is nearly the
 * collator's; the collator then sorts that, and a sort that finds its input (nearly) in order
 * needs about one comparison per form (V8's TimSort). The order is the collator's either way.
 */
export function byTitle(forms: readonly FormEntry[]): readonly FormEntry[] {
  let sorted = sortedByTitle.get(forms);
  if (!sorted) {
    const keyed = forms.map((form) => ({ form, key: roughKey(form.title) }));
    keyed.sort((first, second) => (first.key < second.key ? -1 : first.key > second.key ? 1 : 0));
    const { compare } = germanCollator();
    sorted = keyed
      .map(({ form }) => form)
      .sort(
        (first, second) =>
          compare(first.title, second.title) ||
          (first.id < second.id ? -1 : first.id > second.id ? 1 : 0),
      );
    sortedByTitle.set(forms, sorted);
  }
  return sorted;
}

/**
 * The positions in `forms` of its forms in {@link byTitle}'s order: what a worker that checked
 * the catalogue sorted there, off the main thread, sends to the page with the forms.
 */
export function titleOrder(forms: readonly FormEntry[]): Uint32Array {
  const position = new Map(forms.map((form, index) => [form, index]));
  return Uint32Array.from(byTitle(forms), (form) => position.get(form)!);
}

/** Takes `order` ({@link titleOrder}, sorted elsewhere) as the title order of `forms`. */
export function rememberTitleOrder(forms: readonly FormEntry[], order: ArrayLike<number>): void {
  sortedByTitle.set(
    forms,
    Array.from(order, (index) => forms[index]),
  );
}

/** Forms whose title or keywords contain every word of `query`, alphabetically by title. */
export function plainSearch(
  forms: readonly FormEntry[],
  query: string,
  options: FormSearchOptions = {},
): FormHit[] {
  const queryWords = fold(query).split(/\s+/).filter(Boolean);
  const keep = formFilter(options);
  const hits = byTitle(forms).filter((form) => {
    if (keep && !keep(form)) return false;
    if (!queryWords.length) return true;
    const text = fold(`${form.title} ${(form.keywords ?? []).join(' ')}`);
    return queryWords.every((word) => text.includes(word));
  });
  return hits.map((form) => ({ form, score: 0, terms: [] }));
}
