/**
 * The module worker of form-catalog-reader.ts: decodes, parses, normalises and checks a
 * catalogue answer off the page's main thread (10,000 forms: 4 MB of JSON, ~200 ms of work at
 * a phone's speed), and posts the checked forms back a slice per message. Deserialising 10,000
 * forms in one message would be one long task on the page again; a slice is a short one.
 *
 * The page starts it before it asks for the answer: while the answer downloads, the worker does
 * the browser's one-time Intl set-up (intl-warm-up.ts; ICU's tables are the browser process's,
 * shared by its threads), then says `ready`. The page's own first formats (the count, the dates)
 * then take a few ms instead of tasks of 50–110 ms at 4× CPU on the page's thread.
 *
 * One job per worker: the page sends the answer once, undecoded (a Blob), the worker answers
 * with a `head`, the `forms` slices and `done` (with the forms' order by title and what the
 * filters show, catalog-facts.ts), or with `failed`. The page keeps the Blob it sent as the last
 * good copy: the text does not come back. It fetches nothing (http.ts does, on the page) and its
 * checks are the page's own (form-finder-schema.ts, normalize-json.ts).
 */
import { intlSetUpSteps } from '../core/intl-warm-up.js';
import { parseJsonText } from '../core/normalize-json.js';
import { parseFormCatalog } from './form-finder-schema.js';
import { factsOf, type CatalogFacts } from './catalog-facts.js';
import { titleOrder } from './plain-search.js';
import type { FormEntry } from './form-catalog-types.js';
import type { FormFinderCatalog } from './form-finder-schema.js';

/** The checked catalogue without its forms (its date, its departments). */
export type CatalogEnvelope = Omit<FormFinderCatalog, 'forms'>;

/**
 * Forms per message: deserialising one slice on the page takes a few ms at 4× CPU. With 500, a
 * message's task and the garbage collection after it took 85–95 ms at 4× (Chromium 156).
 */
const FORMS_PER_MESSAGE = 250;

/** The page's request: the answer as it arrived, undecoded. */
export interface CatalogJob {
  answer: Blob;
}

/**
 * What the worker posts back, in this order: ready (at its start), then for the answer warnings
 * and head, slices, then done; or failed.
 */
export type CatalogWorkerMessage =
  | { kind: 'ready' }
  | { kind: 'warning'; text: string; detail?: string }
  | { kind: 'head'; envelope: CatalogEnvelope }
  | { kind: 'forms'; forms: FormEntry[] }
  | { kind: 'done'; titleOrder: Uint32Array; facts: CatalogFacts }
  | { kind: 'failed'; failure: 'parse' | 'schema'; message: string };

/** The worker's global scope, as far as used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CatalogJob>) => void) | null;
  postMessage(message: CatalogWorkerMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const post = (message: CatalogWorkerMessage, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

// The checks warn about every form or field they leave out (core/schema.ts). A worker's console
// is not the page's: the warnings travel to the page, which says them there, as it would have.
console.warn = (text: unknown, detail?: unknown) =>
  post({
    kind: 'warning',
    text: String(text),
    detail: detail === undefined ? undefined : String(detail),
  });

for (const step of intlSetUpSteps) step();
post({ kind: 'ready' });

scope.onmessage = async ({ data: { answer } }) => {
  let raw: unknown;
  try {
    raw = parseJsonText(await answer.text());
  } catch (error) {
    post({ kind: 'failed', failure: 'parse', message: String(error) });
    return;
  }
  let catalog: ReturnType<typeof parseFormCatalog>;
  try {
    catalog = parseFormCatalog(raw);
  } catch (error) {
    post({ kind: 'failed', failure: 'schema', message: String(error) });
    return;
  }
  const { forms, ...envelope } = catalog;
  post({ kind: 'head', envelope });
  for (let start = 0; start < forms.length; start += FORMS_PER_MESSAGE) {
    post({ kind: 'forms', forms: forms.slice(start, start + FORMS_PER_MESSAGE) });
  }
  // The first render lists the forms by title: sorted here (Intl.Collator is slow, ~50 ms for
  // 10,000 titles on the page's thread), the page only looks the order up.
  const order = titleOrder(forms);
  // And what the filters show while nothing is typed (catalog-facts.ts).
  post({ kind: 'done', titleOrder: order, facts: factsOf(forms) }, [order.buffer]);
};
