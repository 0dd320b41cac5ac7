// Issue 13 §4: one normalisation for every data source. The same payload given to a widget
// through its endpoint (real HTTP, the mock's payload store), an inline
// `<script type="application/json">` and the `data` property must give the same screen:
// `null` is "not given" everywhere (a real Statuspage page sends `"description": null` for
// most components, some pages `"incidents": null`), and every source goes through the same
// checks.
import { expect } from '@open-wc/testing';
import '../../src/service-status/service-status.define.js';
import '../../src/form-finder/form-finder.define.js';
import { clearCivicStorage, shadowAll, shadowText, waitForState } from '../helpers.js';
import { mockFixture, payloadKey, payloadUrl, putPayload } from '../helpers-payload.js';

type Source = 'endpoint' | 'inline script' | 'data property';
const SOURCES: Source[] = ['endpoint', 'inline script', 'data property'];

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  clearCivicStorage();
});

/** A widget with `text` (JSON as a server would send it) given through `source`. */
async function mount(
  tag: string,
  attributes: Record<string, string>,
  text: string,
  source: Source,
): Promise<HTMLElement> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({ refresh: '0', ...attributes })) {
    el.setAttribute(name, value);
  }
  if (source === 'endpoint') {
    const key = payloadKey('data-sources');
    await putPayload(key, text);
    el.setAttribute('endpoint', payloadUrl(key));
  } else if (source === 'inline script') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    el.append(script);
  } else {
    (el as HTMLElement & { data: unknown }).data = JSON.parse(text);
  }
  document.body.append(el);
  mounted.push(el);
  await waitForState(el, 'ready');
  return el;
}

/** What a citizen sees: the text, and the names of the parts it is made of, in order. */
const screen = (el: HTMLElement) => ({
  text: shadowText(el),
  parts: shadowAll(el, '[part]').map((part) => part.getAttribute('part')),
});

async function screens(tag: string, attributes: Record<string, string>, payload: unknown) {
  const text = JSON.stringify(payload);
  const seen = [];
  for (const source of SOURCES) seen.push(screen(await mount(tag, attributes, text, source)));
  return seen;
}

/** Checks that every source draws what the endpoint draws; returns that screen. */
async function sameScreenFromEverySource(
  tag: string,
  attributes: Record<string, string>,
  payload: unknown,
) {
  const [endpoint, inline, data] = await screens(tag, attributes, payload);
  expect(inline, 'inline script').to.deep.equal(endpoint);
  expect(data, 'data property').to.deep.equal(endpoint);
  return endpoint!;
}

describe('one normalisation for every data source (endpoint, inline script, data property)', () => {
  it('a real Statuspage page with "description": null and "incidents": null: the same screen, every component', async () => {
    // status.instructure.com as captured (fixtures/statuspage/README.md), with `incidents`
    // as pages without incidents send it.
    const page = await mockFixture<Record<string, unknown>>('statuspage/instructure-summary.json');
    const payload = { ...page, incidents: null };
    expect(JSON.stringify(payload)).to.contain('"description":null');
    const endpoint = await sameScreenFromEverySource(
      'service-status',
      { format: 'statuspage' },
      payload,
    );
    // Components whose description is null are shown (they were dropped through `data`).
    expect(endpoint.text).to.contain('Assessments').and.contain('Benchmarks');
  });

  it('a Statuspage components.json with 43 "description": null: the same screen', async () => {
    const payload = await mockFixture('statuspage/box-components.json');
    const endpoint = await sameScreenFromEverySource(
      'service-status',
      { format: 'statuspage' },
      payload,
    );
    expect(endpoint.parts.length).to.be.greaterThan(10);
  });

  it('the demo status with null for every field it leaves out: the same screen as without them', async () => {
    const demo = await mockFixture<{ services: Record<string, unknown>[] }>('service-status.json');
    // `null` where the demo gives nothing (what it gives stays).
    const withNulls = {
      incidents: null,
      groups: null,
      ...demo,
      services: demo.services.map((service) => ({ group: null, alternatives: null, ...service })),
    };
    const [plain] = await screens('service-status', {}, demo);
    for (const seen of await screens('service-status', {}, withNulls)) {
      expect(seen).to.deep.equal(plain);
    }
  });

  it('a form catalogue with null fields: the same screen from every source', async () => {
    const catalogue = await mockFixture<{ forms: Record<string, unknown>[] }>('form-finder.json');
    const payload = {
      ...catalogue,
      forms: catalogue.forms.map((form) => ({ online_url: null, format: null, ...form })),
    };
    await sameScreenFromEverySource('form-finder', {}, payload);
  });
});
