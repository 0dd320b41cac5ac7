/**
 * What the filters of `<form-finder>` show while nothing is typed, worked out once per catalogue:
 * the forms per department (the number beside each department) and the formats. Worked out on
 * the page for every search without a query and on every new catalogue, 10,000 forms cost the
 * first render's tasks 12–28 ms (the counts) and 28–33 ms (the formats) at 4× CPU, on code that
 * had not run before. The worker that checks a catalogue (form-catalog-worker.ts) works them out
 * there and the page takes them ({@link rememberCatalogFacts}); without it, the page once.
 */
import type { FormEntry } from './form-catalog-types.js';

/** How many forms each department has, by department id. */
export type DepartmentCounts = ReadonlyMap<string, number>;

export interface CatalogFacts {
  /** The forms of each department. */
  departmentCounts: DepartmentCounts;
  /** The forms' formats, lower case, each once, in the order they first come. */
  formats: readonly string[];
}

const known = new WeakMap<readonly FormEntry[], CatalogFacts>();

/** The facts of `forms`, worked out on the first call for this catalogue. */
export function catalogFacts(forms: readonly FormEntry[]): CatalogFacts {
  let facts = known.get(forms);
  if (!facts) {
    facts = factsOf(forms);
    known.set(forms, facts);
  }
  return facts;
}

/** The facts of `forms`, worked out now. */
export function factsOf(forms: readonly FormEntry[]): CatalogFacts {
  const formats = new Set<string>();
  for (const { format } of forms) if (format) formats.add(format.toLowerCase());
  return { departmentCounts: countDepartments(forms), formats: [...formats] };
}

/** The forms of each department among `forms`. */
export function countDepartments(forms: Iterable<{ department: string }>): DepartmentCounts {
  const counts = new Map<string, number>();
  for (const { department } of forms) counts.set(department, (counts.get(department) ?? 0) + 1);
  return counts;
}

/** Takes `facts` (worked out elsewhere, {@link factsOf}) as those of `forms`. */
export function rememberCatalogFacts(forms: readonly FormEntry[], facts: CatalogFacts): void {
  known.set(forms, facts);
}
