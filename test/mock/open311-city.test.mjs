// The second Open311 mock (demo/mock/open311-city.mjs) speaks GeoReport v2 as real servers do:
// checked here route by route, as Koa would call them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv/dist/2020.js';
import { defectReporterRoutes } from '../../demo/mock/defect-reporter.mjs';
import { OPEN311_CITY_ROOT, open311CityRoutes } from '../../demo/mock/open311-city.mjs';
import { callRoute } from './call-route.mjs';

/** Calls the route matching `method path` with a form body (list of pairs); `{ status, body }`. */
async function call(method, path, { query = {}, form } = {}) {
  const fullPath = OPEN311_CITY_ROOT + path;
  let match = null;
  const route = open311CityRoutes.find((candidate) => {
    if (candidate.method !== method) return false;
    if (typeof candidate.path === 'string') return candidate.path === fullPath;
    match = candidate.path.exec(fullPath);
    return Boolean(match);
  });
  assert.ok(route, `no route ${method} ${path}`);
  return callRoute(route, { method, query, match, ...formBody(form) });
}

/** A form body (list of pairs) as a browser posts it, or none. */
function formBody(form) {
  if (!form) return {};
  const headers = { 'content-type': 'application/x-www-form-urlencoded' };
  return { headers, body: new URLSearchParams(form).toString() };
}

const isTrue = (value) => value === true || value === 'true';

describe('open311-city mock', () => {
  it('has a definition for every service with metadata true or "true", and only for those', async () => {
    const { body: services } = await call('GET', 'services.json');
    assert.ok(services.some((service) => service.metadata === 'true'));
    assert.ok(services.some((service) => service.metadata === true));
    for (const service of services) {
      const { status, body } = await call('GET', `services/${service.service_code}.json`);
      assert.equal(status, isTrue(service.metadata) ? 200 : 404, service.service_code);
      if (status === 404) assert.deepEqual(Object.keys(body[0]).sort(), ['code', 'description']);
      else assert.ok(Array.isArray(body.attributes));
    }
  });

  it('refuses a missing required attribute with the validator’s line naming attribute[depth]', async () => {
    const { status, body } = await call('POST', 'requests.json', {
      form: [
        ['service_code', '101'],
        ['lat', '51.4'],
        ['long', '7.18'],
      ],
    });
    assert.equal(status, 400);
    assert.ok(body.some((error) => /required entry attribute\[depth\]/.test(error.description)));
    assert.ok(body.every((error) => error.code === 400));
  });

  it('files a report with repeated attribute[damage][] and records the pairs in order', async () => {
    const form = [
      ['service_code', '102'],
      ['lat', '51.4'],
      ['long', '7.18'],
      ['attribute[damage][]', '1'],
      ['attribute[damage][]', '3'],
    ];
    const { status, body } = await call('POST', 'requests.json', {
      query: { run: 'mock-test' },
      form,
    });
    assert.equal(status, 201);
    const id = body[0].service_request_id;
    assert.equal(typeof id, 'string');
    const received = await call('GET', '_received', { query: { run: 'mock-test' } });
    assert.deepEqual(received.body.at(-1), form);
    const lookup = await call('GET', `requests/${id}.json`);
    assert.equal(lookup.body[0].status, 'open');
  });

  it('answers a token, resolves it, and 404s an unknown number', async () => {
    const { body } = await call('POST', 'requests.json', {
      query: { city: 'token' },
      form: [
        ['service_code', '104'],
        ['address_string', 'Markt 1'],
      ],
    });
    assert.deepEqual(Object.keys(body[0]), ['token']);
    const resolved = await call('GET', `tokens/${body[0].token}.json`);
    assert.equal(resolved.body[0].token, body[0].token);
    assert.match(resolved.body[0].service_request_id, /^\d+$/);
    assert.equal((await call('GET', 'requests/999999.json')).status, 404);
    assert.deepEqual(
      (await call('GET', 'requests/999999.json', { query: { city: 'not-found-empty' } })).body,
      [],
    );
  });
});

describe('own contract status route', () => {
  /** Calls a route of demo/mock/defect-reporter.mjs by name, as Koa would. */
  async function callReporter(name, path, { form, headers = {} } = {}) {
    const route = defectReporterRoutes.find((candidate) => candidate.name === name);
    const match = typeof route.path === 'string' ? null : route.path.exec(path);
    const request = formBody(form);
    return callRoute(route, {
      method: route.method,
      match,
      body: request.body,
      headers: { ...request.headers, ...headers },
    });
  }

  it('answers a report the POST took, as docs/schemas/defect-reporter.report-status.schema.json describes', async () => {
    const schema = JSON.parse(
      readFileSync(
        new URL('../../docs/schemas/defect-reporter.report-status.schema.json', import.meta.url),
      ),
    );
    const validate = new Ajv({ strict: false }).compile(schema);
    const sent = await callReporter('defect-reporter-submit', '/api/reports', {
      headers: { 'idempotency-key': `status-test-${Date.now()}` },
      form: [
        ['category', 'strassenschaden'],
        ['description', 'Tiefes Schlagloch vor dem Haus'],
        ['address', 'Bahnhofstraße 12'],
      ],
    });
    assert.equal(sent.status, 201);
    for (const id of [sent.body.id, 'HAT-2023-0007']) {
      const status = await callReporter('defect-reporter-status', `/api/reports/${id}`);
      assert.equal(status.status, 200);
      assert.equal(status.body.id, id);
      assert.ok(validate(status.body), JSON.stringify(validate.errors));
    }
    assert.equal(
      (await callReporter('defect-reporter-status', '/api/reports/HAT-1999-0001')).status,
      404,
    );
    const route = defectReporterRoutes.find(
      (candidate) => candidate.name === 'defect-reporter-status',
    );
    assert.equal(route.path.exec('/api/reports/_received'), null);
  });
});
