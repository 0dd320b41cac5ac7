import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import '../../src/service-status/service-status.define.js';
import { EndpointController } from '../../src/core/endpoint-controller.js';
import { EndpointError } from '../../src/core/endpoint-error.js';
import { requestJson } from '../../src/core/http.js';
import { clearCivicStorage, uniqueUrl, waitForState } from '../helpers.js';
import { shadow, shadowAll, shadowText } from '../shadow-dom.js';
import type { ServiceStatus } from '../../src/service-status/service-status.js';

/** Records when each request to `url` was sent, as the server receives them. */
function recordRequests(url: string): { times: number[]; restore: () => void } {
  const times: number[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    if (String(input).endsWith(url)) times.push(performance.now());
    return realFetch(input, init);
  };
  return { times, restore: () => (window.fetch = realFetch) };
}

/** A `<service-status>` on `endpoint` (no polling unless `refresh` is given). */
function statusWidget(
  endpoint: string,
  { refresh = '0', timeout = '' } = {},
): Promise<ServiceStatus> {
  return fixture<ServiceStatus>(
    html`<service-status
      endpoint=${endpoint}
      refresh=${refresh}
      timeout=${timeout || nothing}
      contact-phone="(02324) 204 0"
    ></service-status>`,
  );
}

// The shared endpoint controller, seen through the simplest widget that uses it.
describe('EndpointController (through <service-status>)', () => {
  beforeEach(() => clearCivicStorage());

  describe('when the endpoint changes while a slow answer is on its way', () => {
    it('drops the late answer of the older request', async () => {
      const el = await statusWidget(
        uniqueUrl('/api/service-status', { fault: 'slow', delay: '900' }),
      );
      el.endpoint = uniqueUrl('/api/service-status', { variant: 'all-operational' });
      await waitForState(el, 'ready');
      await new Promise((r) => setTimeout(r, 1300)); // the slow answer has arrived by now
      await el.updateComplete;
      const statuses = shadowAll(el, '[part="item"] [part="status"]').map((s) => s.textContent);
      expect(statuses.every((t) => t?.includes('In Betrieb'))).to.equal(true);
    });
  });

  describe('when the widget is removed while loading', () => {
    it('aborts its request', async () => {
      const signals: AbortSignal[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return realFetch(input, init);
      };
      try {
        const el = await statusWidget(uniqueUrl('/api/service-status', { fault: 'hang' }), {
          timeout: '20000',
        });
        await waitUntil(() => signals.length === 1, 'no request started');
        expect(signals[0].aborted).to.equal(false);
        el.remove();
        expect(signals[0].aborted).to.equal(true);
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('when a refresh poll comes while a load is in flight', () => {
    it('lets the first load time out (refresh 3 s, default 5 s timeout) and shows the contact', async () => {
      const url = uniqueUrl('/api/service-status', { fault: 'hang' });
      const requests = recordRequests(url);
      try {
        const el = await statusWidget(url, { refresh: '3' });
        // Polls at 3 s must not cancel the waiting request: its 5 s timeout ends in the fallback.
        await waitForState(el, 'fallback', 8000);
        expect(requests.times).to.have.length(1);
        expect(shadow(el, '[part="fallback"] a[href="tel:023242040"]')).to.exist;
      } finally {
        requests.restore();
      }
    });

    it('shows the data of an endpoint that needs 4 s (refresh 3 s)', async () => {
      const url = uniqueUrl('/api/service-status', { fault: 'slow', delay: '4000' });
      const requests = recordRequests(url);
      try {
        const el = await statusWidget(url, { refresh: '3' });
        await waitUntil(() => requests.times.length === 1, 'no request');
        await new Promise((resolve) => setTimeout(resolve, 3300)); // the first poll is due
        expect(el.getAttribute('state')).to.equal('loading');
        await waitForState(el, 'ready', 8000);
        expect(requests.times).to.have.length(1);
        expect(shadowAll(el, '[part="item"]')).to.have.length(5);
      } finally {
        requests.restore();
      }
    });
  });

  describe('refresh="10" timeout="15000" (issue 11 §4)', () => {
    it('shows the data of a working endpoint slower than the refresh interval', async () => {
      // Answers after 12 s: later than the first poll (10 s), within the timeout (15 s).
      const url = uniqueUrl('/api/service-status', { fault: 'slow', delay: '12000' });
      const requests = recordRequests(url);
      try {
        const el = await fixture<ServiceStatus>(
          html`<service-status endpoint=${url} refresh="10" timeout="15000"></service-status>`,
        );
        await waitUntil(() => requests.times.length === 1, 'no request');
        const started = requests.times[0];
        // The poll due at 10 s neither cancels the waiting request nor starts another one.
        await waitUntil(() => performance.now() - started > 10_500, 'the first poll is due', {
          timeout: 12_000,
          interval: 250,
        });
        expect(el.getAttribute('state')).to.equal('loading');
        expect(shadowText(el)).to.contain('Wird geladen');
        await waitForState(el, 'ready', 10_000);
        expect(requests.times).to.have.length(1);
        // What the citizen sees: the services of the answer, not the contact fallback.
        expect(shadowAll(el, '[part="item"]')).to.have.length(5);
        expect(shadowText(el)).to.contain('Serviceportal').and.contain('Terminvergabe Bürgerbüro');
        expect(shadow(el, '[part="fallback"]')).to.equal(null);
      } finally {
        requests.restore();
      }
    });
  });

  describe('when the server answers 429 with Retry-After', () => {
    for (const [label, retryAfter, atLeastMs] of [
      ['delay-seconds', '2', 1900],
      // An HTTP-date has whole seconds: "3 s ahead" is 2–3 s after the answer.
      ['an HTTP-date', 'date:3', 1900],
    ] as const) {
      it(`asks again when the server said (${label}), not at the next poll, and shows the data`, async () => {
        const url = uniqueUrl('/api/service-status', {
          fault: '429',
          'retry-after': retryAfter,
          'fail-first': '1',
        });
        const requests = recordRequests(url);
        try {
          // A poll every second would ask again long before the server allows it.
          const el = await statusWidget(url, { refresh: '1' });
          await waitForState(el, 'fallback');
          expect(shadowText(el)).to.contain('nicht erreichbar');
          await waitForState(el, 'ready');
          expect(shadowAll(el, '[part="item"]')).to.have.length(5);
          // The server got the retry when it allowed it, and no poll in between.
          const [first, retry, ...polls] = requests.times;
          expect(retry - first).to.be.at.least(atLeastMs);
          // Polls go on after the retry (the test may see one under load), each a whole
          // interval (1 s) after the request before it: never a poll moments after the retry.
          const gaps = polls.map((time, index) => time - requests.times[index + 1]);
          expect(gaps.filter((gap) => gap < 900)).to.deep.equal([]);
        } finally {
          requests.restore();
        }
      });
    }
  });

  describe('when a load started between two polls (refresh="2")', () => {
    it('polls next a full interval after that load, not at the old poll time', async () => {
      const url = uniqueUrl('/api/service-status', { fault: '500', 'fail-first': '1' });
      const requests = recordRequests(url);
      try {
        const el = await statusWidget(url, { refresh: '2' });
        await waitForState(el, 'fallback');
        // Before the first poll (due 2 s after the first request) the retry button asks again.
        await waitUntil(() => performance.now() - requests.times[0] > 1500, 'wait', {
          timeout: 3000,
          interval: 100,
        });
        shadow(el, '[part="retry"]')!.click();
        await waitForState(el, 'ready');
        await waitUntil(() => requests.times.length === 3, 'no poll after the retry', {
          timeout: 6000,
        });
        // The server received the retry and then a poll a whole interval later, not 0.5 s later.
        expect(requests.times[2] - requests.times[1]).to.be.at.least(1900);
      } finally {
        requests.restore();
      }
    });
  });

  describe('when the browser comes back online', () => {
    it('asks the failed endpoint again', async () => {
      const el = await statusWidget(
        uniqueUrl('/api/service-status', { fault: '500', 'fail-first': '1' }),
      );
      await waitForState(el, 'fallback');
      window.dispatchEvent(new Event('online'));
      await waitForState(el, 'ready');
      expect(shadowAll(el, '[part="item"]')).to.have.length(5);
    });
  });

  describe('when the retry button is pressed', () => {
    it('asks the endpoint once more and shows the data instead of the contact', async () => {
      const url = uniqueUrl('/api/service-status', { fault: '503', 'fail-first': '1' });
      const requests = recordRequests(url);
      try {
        const el = await statusWidget(url);
        await waitForState(el, 'fallback');
        expect(shadow(el, '[part="fallback"]')).to.exist;
        expect(requests.times).to.have.length(1);
        shadow(el, '[part="retry"]')!.click();
        await waitForState(el, 'ready');
        expect(requests.times).to.have.length(2);
        expect(shadow(el, '[part="fallback"]')).to.equal(null);
        expect(shadowAll(el, '[part="item"]')).to.have.length(5);
      } finally {
        requests.restore();
      }
    });
  });

  describe('while loading', () => {
    it('says so, accessibly', async () => {
      const el = await statusWidget(uniqueUrl('/api/service-status', { fault: 'hang' }), {
        timeout: '20000',
      });
      expect(el.getAttribute('state')).to.equal('loading');
      expect(shadow(el, '[role="status"]')!.textContent).to.contain('Wird geladen');
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  describe('when storage is full', () => {
    it('shows the data it was sent, asked for once, and nothing is stored', async () => {
      const url = uniqueUrl('/api/service-status');
      const requests = recordRequests(url);
      const realSet = Storage.prototype.setItem;
      let refused = 0;
      Storage.prototype.setItem = () => {
        refused += 1;
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await statusWidget(url);
        await waitForState(el, 'ready');
        expect(shadowAll(el, '[part="item"]')).to.have.length(5);
        expect(shadowText(el)).to.contain('Serviceportal');
        expect(shadow(el, '[part="fallback"]')).to.equal(null);
        expect(refused, 'the widget tried to keep a last good copy').to.be.at.least(1);
        expect(requests.times).to.have.length(1);
        expect(Object.keys(localStorage).filter((key) => key.includes(url))).to.deep.equal([]);
      } finally {
        Storage.prototype.setItem = realSet;
        requests.restore();
      }
    });
  });
});

// The controller on its own, in a bare host: which load the shown data belongs to.
class ArgsHost extends LitElement {
  month = 1;
  readonly slots = new EndpointController<unknown>(this, {
    parse: (raw) => raw,
    url: () => '/api/service-status',
    cache: () => false,
    args: () => [this.month],
    requestUrl: (url, [month]) =>
      uniqueUrl(url, month === 2 ? { fault: 'slow', delay: '800' } : {}),
  });
}
customElements.define('test-args-host', ArgsHost);

describe('EndpointController view.args', () => {
  it('names the arguments of the shown data, also while a load with new ones runs', async () => {
    const el = await fixture<ArgsHost>(html`<test-args-host></test-args-host>`);
    await waitUntil(() => el.slots.view.state === 'ready', 'first load');
    expect(el.slots.view.args).to.deep.equal([1]);
    // A new month: the old view stays while the slow answer is on its way, marked as month 1
    el.month = 2;
    el.requestUpdate();
    await el.updateComplete;
    await waitUntil(() => el.slots.pending, 'second load started');
    expect(el.slots.view.state).to.equal('ready');
    expect(el.slots.view.args).to.deep.equal([1]);
    await waitUntil(() => !el.slots.pending, 'second load done', { timeout: 5000 });
    expect(el.slots.view.args).to.deep.equal([2]);
  });
});

/** How many forms an answer held, and who counted them. */
interface CountedForms {
  count: number;
  by: 'request' | 'json';
}

// A host whose controller reads its answers itself (`request`, as <form-finder> does for its
// worker): here it decodes the answer and counts its forms.
class WrappingHost extends LitElement {
  endpoint = uniqueUrl('/api/forms');
  keepsCopies = false;
  readonly forms = new EndpointController<CountedForms>(this, {
    // What the request made of an answer, or an answer as JSON (the last good copy).
    parse: (raw) => {
      const { counted, forms } = raw as { counted?: number; forms?: unknown };
      if (typeof counted === 'number') return { count: counted, by: 'request' };
      if (!Array.isArray(forms)) throw new TypeError('no forms');
      return { count: forms.length, by: 'json' };
    },
    url: () => this.endpoint,
    cache: () => this.keepsCopies,
  });

  constructor() {
    super();
    setRequest(this.forms);
  }
}
customElements.define('test-wrapping-host', WrappingHost);

/** A WrappingHost on `endpoint`, appended to the page (the test removes it). */
function appendWrappingHost(endpoint: string, { keepsCopies = false } = {}): WrappingHost {
  const host = document.createElement('test-wrapping-host') as WrappingHost;
  host.endpoint = endpoint;
  host.keepsCopies = keepsCopies;
  document.body.append(host);
  return host;
}

/** Sets `request` outside the constructor (the manifest analyzer reads `x.y = …` there). */
function setRequest(controller: EndpointController<CountedForms>): void {
  controller.request = async (url, options) => {
    const answer = await requestJson(url, { ...options, asBlob: true });
    const text = await (answer.body as Blob).text();
    try {
      const counted = (JSON.parse(text) as { forms: unknown[] }).forms.length;
      // The decoded text as the last good copy: the default store keeps no Blob.
      return { ...answer, raw: text, body: { counted } };
    } catch (cause) {
      throw new EndpointError('parse', url, { status: answer.status, cause });
    }
  };
}

describe('EndpointController request', () => {
  beforeEach(() => clearCivicStorage());

  it("hands what the widget's request made of the answer to parse", async () => {
    const el = await fixture<WrappingHost>(html`<test-wrapping-host></test-wrapping-host>`);
    await waitUntil(() => el.forms.view.state === 'ready', 'loaded');
    expect(el.forms.view.data).to.deep.equal({ count: 31, by: 'request' });
    expect(el.forms.view.source).to.equal('endpoint');
  });

  it('keeps what the request gave as `raw` as the last good copy', async () => {
    const endpoint = uniqueUrl('/api/forms', { fault: 'invalid-json', 'ok-first': '1' });
    const first = appendWrappingHost(endpoint, { keepsCopies: true });
    try {
      await waitUntil(() => first.forms.view.state === 'ready', 'loaded');
    } finally {
      first.remove();
    }
    const second = appendWrappingHost(endpoint, { keepsCopies: true });
    try {
      await waitUntil(() => second.forms.view.state === 'stale', 'the last good copy shown');
      expect(second.forms.view.error?.kind).to.equal('parse');
      expect(second.forms.view.data).to.deep.equal({ count: 31, by: 'json' });
    } finally {
      second.remove();
    }
  });

  it('falls back with the EndpointError the request threw (text that is not JSON: parse)', async () => {
    const el = appendWrappingHost(uniqueUrl('/api/forms', { fault: 'invalid-json' }));
    try {
      await waitUntil(() => el.forms.view.state === 'fallback', 'fell back');
      expect(el.forms.view.error?.kind).to.equal('parse');
    } finally {
      el.remove();
    }
  });
});

// A host whose parsing waits for code that never comes (an adapter chunk on a stalled
// connection), or whose last good copy does (the IndexedDB code), as the widgets' may.
class StallingHost extends LitElement {
  endpoint = uniqueUrl('/api/service-status');
  parseStalls = true;
  readonly status = new EndpointController<unknown>(this, {
    parse: (raw) => (this.parseStalls ? new Promise(() => undefined) : raw),
    url: () => this.endpoint,
    timeout: () => 400,
  });
}
customElements.define('test-stalling-host', StallingHost);

describe('EndpointController past the request', () => {
  beforeEach(() => clearCivicStorage());

  it('gives up on a parse that neither ends nor fails, and falls back', async () => {
    const el = await fixture<StallingHost>(html`<test-stalling-host></test-stalling-host>`);
    await waitUntil(() => el.status.view.state === 'fallback', 'still loading', {
      timeout: 5000,
    });
    expect(el.status.view.error?.kind).to.equal('schema');
  });

  it('gives up on a last good copy that never comes, and falls back', async () => {
    const el = document.createElement('test-stalling-host') as StallingHost;
    el.endpoint = uniqueUrl('/api/service-status', { fault: '500' });
    el.parseStalls = false;
    el.status.lastGoodStore = {
      read: () => new Promise(() => undefined),
      write: () => undefined,
    };
    document.body.append(el);
    try {
      await waitUntil(() => el.status.view.state === 'fallback', 'still loading', {
        timeout: 5000,
      });
      expect(el.status.view.error?.kind).to.equal('http');
    } finally {
      el.remove();
    }
  });
});
