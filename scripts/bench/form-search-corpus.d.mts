// Types of form-search-corpus.mjs (plain JS so that Node and the browser can import it as is).
import type { Department, FormEntry } from '../../src/form-finder/form-catalog-types.js';

export interface LabelledQuery {
  /** What a citizen types. */
  query: string;
  /** Id of the form they are looking for. */
  expected: string;
  /** title | umlaut | compound | typo | multi | keyword | description */
  kind: string;
}

export function createRng(seed: number): () => number;
export const DEPARTMENTS: Department[];
export const CORE_FORM_IDS: string[];
export function generateFormCatalog(options?: { size?: number; seed?: number }): {
  departments: Department[];
  forms: FormEntry[];
};
export const FORM_SEARCH_QUERIES: LabelledQuery[];
