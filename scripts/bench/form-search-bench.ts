// Browser side of the <form-finder> search benchmark (driven by scripts/bench-form-search.mjs,
// or open scripts/bench/form-search-bench.html in a dev server and call `formSearchBench()`).
// Measures, on the same generated catalogue and labelled queries: index build time,
// query time, as-you-type (keystroke) query time and top-1/top-3 hit rate, for the German
// FormSearchIndex (catalog-index.ts + german-search.ts) and for Fuse.js.
import Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';
import { FormSearchIndex } from '../../src/form-finder/german-search.js';
import { normalizeGerman } from '../../src/form-finder/german-text.js';
import type { FormEntry } from '../../src/form-finder/form-catalog-types.js';
import { FORM_SEARCH_QUERIES, generateFormCatalog } from './form-search-corpus.mjs';

export interface BenchRow {
  engine: string;
  forms: number;
  /** First index build in the page: cold JIT, what a visitor's browser pays. */
  buildColdMs: number;
  /** Median of the following builds (warm JIT). */
  buildWarmMs: number;
  /** Fastest of the warm builds: the cost without other processes competing for the CPU. */
  buildMinMs: number;
  /**
   * Over the labelled queries, each timed as the median of `Engine.queryRuns` runs (the median
   * filters out the scheduler: other processes share the machine).
   */
  queryP50Ms: number;
  queryP95Ms: number;
  /** Every prefix of every fourth labelled query, as typed (same median per prefix). */
  keystrokeP95Ms: number;
  top1: number;
  top3: number;
  queries: number;
  /** Top-3 hits per query kind. */
  top3ByKind: Record<string, string>;
  /** The three slowest labelled queries (median time). */
  slowest: Array<{ query: string; ms: number }>;
}

export interface BenchResult {
  rows: BenchRow[];
  corpus: { forms: number; wordsPerForm: number; distinctWords: number; seed: number };
  userAgent: string;
  crossOriginIsolated: boolean;
}

interface Engine {
  name: string;
  /** Passes over the labelled queries for the timings (Fuse.js takes ~0.1–1 s a query). */
  queryRuns: number;
  build(forms: FormEntry[]): unknown;
  search(index: unknown, query: string): string[];
}

const SEED = 20_240_611;
const WARM_BUILDS = 7;
/** As-you-type timing: every prefix of every fourth labelled query. */
const KEYSTROKE_QUERIES = FORM_SEARCH_QUERIES.filter((_, i) => i % 4 === 0);

const log = (message: string) => console.info(`[form-search-bench] ${message}`);

/** The fields Fuse.js searches, and their weights (both Fuse.js engines). */
const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'keywords', weight: 2 },
  { name: 'description', weight: 1 },
];

const engines: Engine[] = [
  {
    name: 'FormSearchIndex (catalog-index + german-search)',
    queryRuns: 5,
    build: (forms) => new FormSearchIndex(forms),
    search: (index, query) =>
      (index as FormSearchIndex).search(query, { limit: 10 }).map((h) => h.form.id),
  },
  fuse('Fuse.js – weighted keys, ignoreLocation, ignoreDiacritics', {
    keys: FUSE_KEYS,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.3,
  }),
  fuse('Fuse.js – token search (AND) on normalizeGerman text', {
    keys: FUSE_KEYS,
    ignoreLocation: true,
    threshold: 0.3,
    useTokenSearch: true,
    tokenMatch: 'all',
    tokenize: (text: string) => normalizeGerman(text).match(/[\p{L}\p{N}]+/gu) ?? [],
  }),
];

function fuse(name: string, options: IFuseOptions<FormEntry>): Engine {
  return {
    name,
    queryRuns: 1,
    build: (forms) => new Fuse(forms, options),
    search: (index, query) =>
      (index as Fuse<FormEntry>).search(query, { limit: 10 }).map((r) => r.item.id),
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** `fuse: false` measures FormSearchIndex only (quick, for tuning). */
export async function formSearchBench({ fuse = true } = {}): Promise<BenchResult> {
  const { forms } = generateFormCatalog({ size: 10_000, seed: SEED });
  const words = new Set<string>();
  let wordCount = 0;
  for (const f of forms) {
    for (const w of `${f.title} ${f.description ?? ''} ${(f.keywords ?? []).join(' ')}`.match(
      /[\p{L}\p{N}]+/gu,
    ) ?? []) {
      wordCount++;
      words.add(w.toLowerCase());
    }
  }

  const rows: BenchRow[] = [];
  for (const engine of fuse ? engines : engines.slice(0, 1)) {
    log(`${engine.name}: building`);
    await pause();
    let index: unknown;
    const buildColdMs = time(() => (index = engine.build(forms)));
    const warm: number[] = [];
    for (let i = 0; i < WARM_BUILDS; i++) {
      await pause();
      warm.push(time(() => (index = engine.build(forms))));
    }

    log(`${engine.name}: querying`);
    // Hit rates (first run) and query times (all runs).
    let top1 = 0;
    let top3 = 0;
    const kinds: Record<string, { hits: number; total: number }> = {};
    const runs: number[][] = FORM_SEARCH_QUERIES.map(() => []);
    for (let run = 0; run < engine.queryRuns; run++) {
      await pause();
      for (const [i, q] of FORM_SEARCH_QUERIES.entries()) {
        let ids: string[] = [];
        runs[i].push(time(() => (ids = engine.search(index, q.query))));
        if (run > 0) continue;
        const rank = ids.indexOf(q.expected);
        const kind = (kinds[q.kind] ??= { hits: 0, total: 0 });
        kind.total++;
        if (rank === 0) top1++;
        if (rank >= 0 && rank < 3) {
          top3++;
          kind.hits++;
        }
      }
    }
    const medians = runs.map(median);
    const samples = [...medians].sort((a, b) => a - b);
    const slowest = FORM_SEARCH_QUERIES.map((q, i) => ({ query: q.query, ms: medians[i] }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3);

    log(`${engine.name}: typing`);
    // As you type: "w", "wo", "woh", …
    const keystrokes: number[] = [];
    await pause();
    for (const q of KEYSTROKE_QUERIES) {
      for (let n = 1; n <= q.query.length; n++) {
        const typed = q.query.slice(0, n);
        const times: number[] = [];
        for (let run = 0; run < engine.queryRuns; run++) {
          times.push(time(() => engine.search(index, typed)));
        }
        keystrokes.push(median(times));
      }
    }
    keystrokes.sort((a, b) => a - b);

    rows.push({
      engine: engine.name,
      forms: forms.length,
      buildColdMs,
      buildWarmMs: median(warm),
      buildMinMs: Math.min(...warm),
      queryP50Ms: percentile(samples, 50),
      queryP95Ms: percentile(samples, 95),
      keystrokeP95Ms: percentile(keystrokes, 95),
      top1: top1 / FORM_SEARCH_QUERIES.length,
      top3: top3 / FORM_SEARCH_QUERIES.length,
      queries: FORM_SEARCH_QUERIES.length,
      slowest,
      top3ByKind: Object.fromEntries(
        Object.entries(kinds).map(([k, v]) => [k, `${v.hits}/${v.total}`]),
      ),
    });
  }
  return {
    rows,
    corpus: {
      forms: forms.length,
      wordsPerForm: wordCount / forms.length,
      distinctWords: words.size,
      seed: SEED,
    },
    userAgent: navigator.userAgent,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
  };
}

declare global {
  interface Window {
    formSearchBench?: typeof formSearchBench;
  }
}
window.formSearchBench = formSearchBench;
