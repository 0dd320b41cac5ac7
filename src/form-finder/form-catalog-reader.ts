/**
 * Reads `<form-finder>`'s catalogue answers off the main thread. Its endpoint controller asks
 * for each answer unparsed ({@link readAnswersInWorker}: requestJson's `asBlob`, the answer as
 * a Blob); a module worker (form-catalog-worker.ts) decodes, parses, normalises, checks and
 * sorts it, and the checked forms come back a slice per message, each its own short task. A
 * 10,000-form catalogue (4 MB of JSON) held the page's main thread in tasks of 50–100 ms at 4×
 * CPU for decoding the text, its `JSON.parse` and check; here the page only receives the slices.
 * The answer's Blob itself is the last good copy (last-good-store.ts keeps it undecoded).
 *
 * Where no worker can start, the answer is decoded and parsed on the main thread and checked
 * as any other catalogue (in slices, by the element's `parseData`): a page that loads the
 * library from another origin (a worker's script must be the page's own), a classic-script
 * build without a module URL, a CSP that blocks the worker (`worker-src`, or Trusted Types
 * without the `civic-widgets` policy), or a host that serves only the single-file bundle
 * without the worker's file.
 */
import { EndpointError } from '../core/endpoint-error.js';
import { afterFirstPaint } from '../core/first-paint.js';
import { nextTask } from '../core/next-task.js';
import { DEFAULT_TIMEOUT_MS, requestJson } from '../core/http.js';
import { parseJsonText } from '../core/normalize-json.js';
import { rememberCatalogFacts } from './catalog-facts.js';
import { rememberTitleOrder } from './plain-search.js';
import type { EndpointController } from '../core/endpoint-controller.js';
import type { JsonResponse } from '../core/http.js';
import type { FormEntry } from './form-catalog-types.js';
import type { FormFinderCatalog } from './form-finder-schema.js';
import type { CatalogEnvelope, CatalogJob, CatalogWorkerMessage } from './form-catalog-worker.js';

/**
 * The worker's script, beside this module (dist/form-catalog-worker.js); undefined in a classic
 * script, which has no module URL (the editors' workbench, dist/editor/workbench.js).
 */
function workerUrl(): string | undefined {
  try {
    return new URL('./form-catalog-worker.js', import.meta.url).href;
  } catch {
    return undefined;
  }
}

/** The name of the library's Trusted Types policy; a strict CSP lists it in `trusted-types`. */
export const TRUSTED_TYPES_POLICY = 'civic-widgets';

/** A TrustedScriptURL, or the URL itself where the browser has no Trusted Types. */
type ScriptUrl = string | { toString(): string };

/** The part of the Trusted Types API used here (TypeScript's DOM lib does not have it yet). */
interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createScriptURL(url: string): string },
    ): { createScriptURL(url: string): ScriptUrl };
  };
}

/** The worker's URL as the page's Trusted Types want it; null when the page refuses it. */
let workerScriptUrl: ScriptUrl | null | undefined;

/**
 * The worker's URL, through the `civic-widgets` Trusted Types policy where the browser has
 * Trusted Types (`new Worker()` takes only a TrustedScriptURL on a page that enforces them).
 * The policy is asked for once per page: a CSP that does not list it refuses it (and reports
 * that once), and the catalogue is then checked on the main thread.
 */
function scriptUrl(): ScriptUrl | null {
  if (workerScriptUrl !== undefined) return workerScriptUrl;
  workerScriptUrl = null;
  const ownUrl = workerUrl();
  // A worker's script must have the page's origin (a library on a CDN cannot start one).
  if (!ownUrl || new URL(ownUrl).origin !== location.origin) return null;
  const trustedTypes = (window as TrustedTypesWindow).trustedTypes;
  try {
    workerScriptUrl = trustedTypes
      ? trustedTypes
          .createPolicy(TRUSTED_TYPES_POLICY, {
            createScriptURL(url) {
              if (url !== ownUrl) throw new TypeError(`civic-widgets: not its worker: ${url}`);
              return url;
            },
          })
          .createScriptURL(ownUrl)
      : ownUrl;
  } catch {
    // The page's CSP does not allow the policy.
  }
  return workerScriptUrl;
}

function startWorker(): Worker | undefined {
  const url = scriptUrl();
  if (!url) return undefined;
  try {
    // TypeScript's DOM lib takes only string | URL; the browser takes the TrustedScriptURL.
    return new Worker(url as string, { type: 'module', name: 'civic-widgets: form catalogue' });
  } catch {
    // A browser without module workers, or a refused URL.
    return undefined;
  }
}

/** A catalogue the worker checked: the element's `parseData` takes it as it is. */
export class CheckedCatalog {
  constructor(readonly catalog: FormFinderCatalog) {}
}

/**
 * Lets `controller` read the endpoint's answers in the worker: it asks for them unparsed (a
 * Blob), and what reaches its `parse` is a {@link CheckedCatalog}, or, where no worker starts,
 * the answer decoded and parsed on the main thread (checked there); the answer's Blob is kept
 * as the last good copy (`raw`), undecoded. Text that is not JSON fails as a `parse`
 * error of the endpoint, a wrong shape as a `schema` one. `whenIntlReady` runs when the worker
 * has done the browser's one-time Intl set-up, before it has the answer: the page's first
 * formats are then cheap to build (form-catalog-worker.ts). A function, not an assignment in
 * the widget's constructor: the manifest analyzer reads any `x.y = …` there as a field of the
 * element.
 */
export function readAnswersInWorker(
  controller: EndpointController<unknown>,
  whenIntlReady: () => void,
): void {
  controller.request = async (url, options) => {
    // The catalogue is large: on a slow network it would hold up the page's own first content.
    // Then the request starts in a task of its own, not in the element's first render (together
    // a long task at 4× CPU).
    await afterFirstPaint();
    await nextTask();
    options?.signal?.throwIfAborted();
    // The worker starts while the answer downloads: it sets up Intl meanwhile, and once it says
    // so, the page builds the first render's formats (form-catalog-worker.ts).
    const waiting = startCatalogWorker(whenIntlReady);
    let answer: JsonResponse;
    try {
      answer = await requestJson(url, { ...options, asBlob: true });
    } catch (error) {
      waiting?.worker.terminate();
      throw error;
    }
    // `raw` stays the Blob: the last good copy keeps it as it is, undecoded on this thread.
    const timeout = options?.timeout ?? DEFAULT_TIMEOUT_MS;
    return {
      ...answer,
      body: await readAnswer(answer, url, { signal: options?.signal, timeout }, waiting),
    };
  };
}

/** A worker started before its job, and whether it failed meanwhile (its script missing). */
interface WaitingWorker {
  worker: Worker;
  failed: boolean;
}

/** Starts a worker that calls `whenReady` once it has set up Intl; undefined where none starts. */
function startCatalogWorker(whenReady: () => void): WaitingWorker | undefined {
  const worker = startWorker();
  if (!worker) return undefined;
  const waiting = { worker, failed: false };
  worker.addEventListener('message', ({ data }: MessageEvent<CatalogWorkerMessage>) => {
    if (data.kind === 'ready') whenReady();
  });
  worker.addEventListener('error', () => (waiting.failed = true));
  return waiting;
}

/**
 * The answer's catalogue: checked in `waiting`'s worker (a {@link CheckedCatalog}), else decoded
 * and parsed here; also when the worker stays silent for `timeout` ms (a script that never runs,
 * a stalled thread: the widget would stay `loading` for ever, rule zero). Rejects with an
 * EndpointError (`parse`, `schema`), or with the signal's reason when it aborts.
 */
function readAnswer(
  { body, status, response }: JsonResponse,
  url: string,
  { signal, timeout }: { signal?: AbortSignal; timeout: number },
  waiting: WaitingWorker | undefined,
): Promise<unknown> {
  // requestJson with `asBlob` gives the answer as a Blob.
  const answer = body as Blob;
  const parsedHere = async (): Promise<unknown> => {
    const text = await answer.text();
    try {
      return parseJsonText(text);
    } catch (cause) {
      throw new EndpointError('parse', url, { status, response, cause });
    }
  };
  if (signal?.aborted) waiting?.worker.terminate();
  signal?.throwIfAborted();
  if (!waiting || waiting.failed) {
    waiting?.worker.terminate();
    return parsedHere();
  }
  const { worker } = waiting;
  return new Promise<unknown>((resolve, reject) => {
    let envelope: CatalogEnvelope = { departments: [] };
    const forms: FormEntry[] = [];
    let silence = 0;
    const stop = () => {
      clearTimeout(silence);
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    // Each message shows the worker at work: the limit is for silence, not for a large catalogue.
    // (A timeout of 0 is none, as for the request.)
    const watch = () => {
      clearTimeout(silence);
      if (timeout <= 0) return;
      silence = window.setTimeout(() => {
        stop();
        parsedHere().then(resolve, reject);
      }, timeout);
    };
    // The element left the page, or a newer load started: the worker's work is for nothing.
    const onAbort = () => {
      stop();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // The script did not load (missing, blocked by the page's CSP) or broke: the answer is
    // parsed here instead.
    const onFailure = (event: Event) => {
      event.preventDefault();
      stop();
      parsedHere().then(resolve, reject);
    };
    worker.addEventListener('error', onFailure);
    worker.addEventListener('messageerror', onFailure);
    worker.addEventListener('message', ({ data: message }: MessageEvent<CatalogWorkerMessage>) => {
      watch();
      switch (message.kind) {
        case 'warning':
          if (message.detail === undefined) console.warn(message.text);
          else console.warn(message.text, message.detail);
          break;
        case 'head':
          envelope = message.envelope;
          break;
        case 'forms':
          for (const form of message.forms) forms.push(form);
          break;
        case 'done':
          stop();
          rememberTitleOrder(forms, message.titleOrder);
          rememberCatalogFacts(forms, message.facts);
          resolve(new CheckedCatalog({ ...envelope, forms }));
          break;
        case 'failed': {
          stop();
          const cause = new Error(message.message);
          reject(
            message.failure === 'parse'
              ? new EndpointError('parse', url, { status, response, cause })
              : new EndpointError('schema', url, { cause }),
          );
          break;
        }
      }
    });
    // A Blob goes to the worker without a copy; decoding it there spares the page a long task.
    const job: CatalogJob = { answer };
    worker.postMessage(job);
    watch();
  });
}
