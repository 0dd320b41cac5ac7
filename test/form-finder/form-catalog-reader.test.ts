// <form-finder> reads its catalogue answer in a module worker (src/form-finder/form-catalog-reader.ts):
// the page's main thread only receives the checked forms, a slice per task. Where no worker can
// start, the same check runs on the main thread. Either way the citizen sees the same catalogue,
// and bad JSON or a wrong shape falls back as before (last good copy, else the contact).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/form-finder/form-finder.define.js';
import { clearCivicStorage, uniqueUrl, waitForState } from '../helpers.js';
import { shadow, shadowAll, shadowText } from '../shadow-dom.js';
import type { CivicFallbackEvent } from '../../src/core/events.js';
import type { FormFinder } from '../../src/form-finder/form-finder.js';
import type { FormCatalog } from '../../src/form-finder/form-catalog-types.js';

const RealWorker = window.Worker;
/** The script URLs of the workers the page started. */
let started: string[] = [];
/** The kinds of the messages those workers posted (`ready`, `head`, `forms`, `done` …). */
let posted: string[] = [];

/** Records each worker the page starts; `how` changes what starting one does. */
function watchWorkers(how: 'start' | 'refuse' | 'lose-script' | 'stay-silent' = 'start'): void {
  started = [];
  posted = [];
  if (how === 'stay-silent') {
    // A worker that starts and never answers (a stalled thread): no message, no error.
    window.Worker = class {
      constructor(url: string | URL) {
        started.push(String(url));
      }
      addEventListener(): void {}
      postMessage(): void {}
      terminate(): void {}
    } as unknown as typeof Worker;
    return;
  }
  window.Worker = class extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      started.push(String(url));
      if (how === 'refuse') throw new DOMException('no workers here', 'SecurityError');
      // A script that is not there (a host that serves only the single-file bundle).
      super(how === 'lose-script' ? '/src/form-finder/no-such-worker.js' : url, options);
      this.addEventListener('message', ({ data }: MessageEvent<{ kind: string }>) => {
        posted.push(data.kind);
      });
    }
  };
}

async function finder(endpoint: string): Promise<FormFinder> {
  const el = await fixture<FormFinder>(
    html`<form-finder
      endpoint=${endpoint}
      timeout="5000"
      contact-phone="(02324) 204 0"
    ></form-finder>`,
  );
  return el;
}

async function searchable(el: FormFinder): Promise<void> {
  await waitForState(el, 'ready', 15_000);
  expect(await el.searchReady(), 'the German search index is ready').to.equal(true);
}

async function type(el: FormFinder, value: string): Promise<void> {
  const field = shadow<HTMLInputElement>(el, '#q')!;
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const titles = (el: FormFinder) =>
  shadowAll(el, '[part="result"] .title').map((title) => title.textContent!.trim());
const count = (el: FormFinder) => shadow(el, '[part="count"]')!.textContent!.trim();

describe('<form-finder> reading its catalogue', () => {
  beforeEach(() => clearCivicStorage());
  afterEach(() => {
    window.Worker = RealWorker;
  });

  describe('in a worker', () => {
    it('checks the answer in a module worker and shows it, searchable', async () => {
      watchWorkers();
      const el = await finder(uniqueUrl('/api/forms'));
      await searchable(el);
      expect(started).to.have.length(1);
      expect(started[0]).to.match(/\/form-catalog-worker\.js$/);
      // 31 forms: one slice (250 a message).
      expect(posted).to.deep.equal(['ready', 'head', 'forms', 'done']);
      expect(count(el)).to.equal('31 Formulare gefunden');
      // The forms per department beside each department, as the worker counted them.
      const answer = (await (await fetch('/api/forms')).json()) as FormCatalog;
      const perDepartment = answer.departments.map(
        ({ id, name }) =>
          `${name} (${answer.forms.filter((form) => form.department === id).length})`,
      );
      const options = shadowAll<HTMLOptionElement>(el, '#dept option').map((option) =>
        option.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(options).to.deep.equal(['Alle Fachbereiche (31)', ...perDepartment]);
      await type(el, 'wohngeld');
      expect(titles(el)[0]).to.equal('Antrag auf Wohngeld');
    });

    // The worker does the browser's Intl set-up (process-wide, 60–110 ms at 4× CPU) while the
    // answer downloads, so that the page's own formats do not take it on the page's thread.
    it('starts the worker while the answer is on its way, and it is ready before it', async () => {
      watchWorkers();
      const el = await finder(uniqueUrl('/api/forms', { fault: 'slow', delay: '1500' }));
      await waitUntil(() => posted.includes('ready'), 'the worker never said it was ready');
      expect(started).to.have.length(1);
      expect(el.getAttribute('state'), 'the answer is still on its way').to.equal('loading');
      await searchable(el);
      expect(posted).to.deep.equal(['ready', 'head', 'forms', 'done']);
    });

    it('stops the worker when the request fails', async () => {
      const stopped: string[] = [];
      watchWorkers();
      const { terminate } = window.Worker.prototype;
      window.Worker.prototype.terminate = function (this: Worker) {
        stopped.push('stopped');
        terminate.call(this);
      };
      try {
        const el = await finder(uniqueUrl('/api/forms', { fault: '500' }));
        await waitForState(el, 'fallback');
        expect(started).to.have.length(1);
        expect(stopped).to.have.length(1);
      } finally {
        window.Worker.prototype.terminate = terminate;
      }
    });

    it('shows what the check on the main thread shows, warnings included', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
      try {
        watchWorkers();
        const inWorker = await finder(uniqueUrl('/api/forms', { variant: 'one-invalid' }));
        await searchable(inWorker);
        const workerWarnings = warnings.splice(0);
        expect(posted).to.include('warning').and.include('done');
        watchWorkers('refuse');
        const onMainThread = await finder(uniqueUrl('/api/forms', { variant: 'one-invalid' }));
        await searchable(onMainThread);
        expect(shadowText(inWorker)).to.equal(shadowText(onMainThread));
        expect(titles(inWorker)).to.have.length(20);
        expect(workerWarnings).to.deep.equal(warnings);
        expect(workerWarnings).to.include('civic-widgets: form #1 skipped');
      } finally {
        console.warn = original;
      }
    });

    for (const [fault, kind] of [
      ['invalid-json', 'parse'],
      ['wrong-shape', 'schema'],
    ] as const) {
      it(`falls back to the contact on ${fault} (${kind}) when nothing is kept`, async () => {
        watchWorkers();
        const el = await finder(uniqueUrl('/api/forms', { fault }));
        const fallback = (await oneEvent(el, 'civic-fallback')) as CivicFallbackEvent;
        await waitForState(el, 'fallback');
        expect(started, 'the answer went to the worker').to.have.length(1);
        expect(posted).to.deep.equal(['ready', 'failed']);
        expect(fallback.detail.error?.kind).to.equal(kind);
        expect(shadowText(el)).to.contain('(02324) 204 0');
      });

      it(`shows the last good catalogue with its date on ${fault} after a good answer`, async () => {
        watchWorkers();
        const url = uniqueUrl('/api/forms', { fault, 'ok-first': '1' });
        const first = await finder(url);
        await searchable(first);
        first.remove();
        const el = await finder(url);
        const fallback = (await oneEvent(el, 'civic-fallback')) as CivicFallbackEvent;
        await waitForState(el, 'stale');
        expect(started, 'both answers went to the worker').to.have.length(2);
        expect(posted).to.deep.equal(['ready', 'head', 'forms', 'done', 'ready', 'failed']);
        expect(fallback.detail.error?.kind).to.equal(kind);
        expect(shadow(el, '[part="stale-notice"]')!.textContent).to.match(
          /zuletzt bekannten Stand vom \d\d\.\d\d\.\d{4}/,
        );
        expect(count(el)).to.equal('31 Formulare gefunden');
      });
    }
  });

  describe('when no worker can start', () => {
    it('checks the answer on the main thread: the catalogue loads and searches', async () => {
      watchWorkers('refuse');
      const el = await finder(uniqueUrl('/api/forms'));
      await searchable(el);
      expect(started).to.have.length(1);
      expect(count(el)).to.equal('31 Formulare gefunden');
      await type(el, 'wohngeld');
      expect(titles(el)[0]).to.equal('Antrag auf Wohngeld');
    });

    // A worker that never answers gets the request's timeout (5000 ms) of silence: rule zero,
    // never an endless spinner.
    for (const [how, when] of [
      ['lose-script', 'the worker script does not load'],
      ['stay-silent', 'the worker stays silent, not loading for ever'],
    ] as const) {
      it(`checks it on the main thread when ${when}`, async () => {
        watchWorkers(how);
        const el = await finder(uniqueUrl('/api/forms'));
        await searchable(el);
        expect(started).to.have.length(1);
        expect(posted).to.deep.equal([]);
        expect(count(el)).to.equal('31 Formulare gefunden');
      });
    }
  });
});
