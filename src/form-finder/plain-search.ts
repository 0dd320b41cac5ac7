/**
 * The search of `<form-finder>` until its German index is ready. The index (MiniSearch and the
 * German rules of german-search.ts) is a chunk of its own, loaded while the catalogue loads, so
 * the element's first load stays small. If a citizen types before it arrives, or the chunk
 * cannot load (offline, blocked), this plain match keeps the search box working: forms whose
 * title or keywords contain every typed word (case- and accent-insensitive), alphabetically.
 */
import type { FormEntry } from './form-catalog-types.js';
import type { FormHit, FormSearchOptions } from './german-search.js';

const collator = new Intl.Collator('de', { numeric: true });

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

/** Forms whose title or keywords contain every word of `query`, alphabetically by title. */
export function plainSearch(
  forms: readonly FormEntry[],
  query: string,
  options: FormSearchOptions = {},
): FormHit[] {
  const queryWords = fold(query).split(/\s+/).filter(Boolean);
  const keep = formFilter(options);
  const hits = forms.filter((form) => {
    if (keep && !keep(form)) return false;
    const text = fold(`${form.title} ${(form.keywords ?? []).join(' ')}`);
    return queryWords.every((word) => text.includes(word));
  });
  return hits
    .sort((first, second) => collator.compare(first.title, second.title))
    .map((form) => ({ form, score: 0, terms: [] }));
}
