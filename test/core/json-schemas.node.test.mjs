// The JSON Schemas in docs/schemas/ (generated from the zod contracts, `npm run schemas`) and
// the widgets' own run-time checks (src/core/schema.ts and each widget's `-schema.ts`) must say
// the same about every payload: this test compiles every schema with ajv (draft 2020-12,
// strict) and gives schema and widget one corpus — the demo payloads, each broken at every
// field in every way below, and the real captures kept in the repository's fixtures — and
// requires the same verdict for each, with no exceptions. The widget "takes a payload whole"
// when its check neither throws nor warns: a value it leaves out (a link with another scheme,
// a date-time without an offset, an entry of a list) is left out with a console warning,
// never silently. Run by `npm test` (Node, not the browsers: ajv is a Node library).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = join(root, '.tmp', `widget-checks-${process.pid}.mjs`);

// The checks resolve relative URLs against the page, as the browser does.
globalThis.document = { baseURI: 'https://www.example.org/buergerservice/' };

/** The widgets' checks, bundled from the TypeScript sources for Node. */
async function loadChecks() {
  await build({
    absWorkingDir: root,
    stdin: {
      contents: [
        "export { normalizeJson } from './src/core/normalize-json.ts';",
        "export { parseServiceStatus } from './src/service-status/service-status-schema.ts';",
        "export { fromStatuspage } from './src/service-status/statuspage-adapter.ts';",
        "export { parseFormCatalog } from './src/form-finder/form-finder-schema.ts';",
        "export { parseDefectConfig, reportOutcome } from './src/defect-reporter/civic-api.ts';",
        "export { parseCivicStatus } from './src/report-status/report-status-lookup.ts';",
        'export { parseRegistryConfig, parseSlots, parseBookingResult, placeSchema,',
        "  registryServiceSchema, fieldErrors } from './src/registry-booking/registry-booking-schema.ts';",
        "export { managedBookingSchema } from './src/registry-booking/booking-manage.ts';",
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'widget-checks.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  return import(pathToFileURL(bundle).href);
}

/** Every schema of docs/schemas/, compiled by ajv in strict mode (it throws on any doubt). */
function compileSchemas() {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  const folder = join(root, 'docs', 'schemas');
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.schema.json'))
      .map((file) => [
        file.replace('.schema.json', ''),
        ajv.compile(JSON.parse(readFileSync(join(folder, file), 'utf8'))),
      ]),
  );
}

const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** Every `.json` file under `folder`, with its path from the repository root. */
function jsonFiles(folder) {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/**
 * The widget's verdict: does it take the payload whole? The payload first goes through the
 * normalisation every data source goes through (`null` is absent).
 */
async function takesWhole(read, payload) {
  const warn = console.warn;
  const error = console.error;
  let warned = false;
  console.warn = () => (warned = true);
  console.error = () => {};
  try {
    return (await read(checks.normalizeJson(payload))) !== false && !warned;
  } catch {
    return false;
  } finally {
    console.warn = warn;
    console.error = error;
  }
}

let checks;
let schemas;

const isObject = (value) => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * For the answers that code reads field by field instead of with a check (they never refuse a
 * whole answer): did it read every field of `given` that `read` names? (What a reader did not
 * read, the citizen does not see.)
 */
const readsAll = (given, read) =>
  Object.keys(read).every((key) => given[key] === undefined || read[key] !== undefined);

/** …and every entry of a map (`errors`: a message per field)? */
const readsEntries = (given, read) => Object.keys(given).every((key) => read[key] !== undefined);

/** The number a status lookup asked for: the answer's `id` replaces it when readable. */
const ASKED = 'asked-number';

/**
 * Each contract with the widget code that reads it and a payload the widget takes. A reader
 * returns `false` where the widget reads a payload as "not that" without throwing (an answer
 * without a reference number is a proxy's page, not the city's).
 */
const contracts = () => ({
  'service-status': {
    read: (raw) => checks.parseServiceStatus(raw, 'civic'),
    valid: readJson('demo/mock/fixtures/service-status.json'),
  },
  'form-finder': {
    read: (raw) => checks.parseFormCatalog(raw),
    valid: readJson('demo/mock/fixtures/form-finder.json'),
  },
  'defect-reporter': {
    read: (raw) => checks.parseDefectConfig(raw),
    valid: readJson('demo/mock/fixtures/defect-reporter.json'),
  },
  'defect-reporter.report-accepted': {
    read: (raw) => {
      const outcome = checks.reportOutcome(201, raw);
      return outcome.kind === 'sent' && readsAll(raw, { message: outcome.message });
    },
    valid: { id: 'M-2023-0815', message: 'Vielen Dank, wir kümmern uns.' },
  },
  'defect-reporter.report-errors': {
    read: (raw) => {
      const outcome = checks.reportOutcome(422, raw);
      return (
        isObject(raw.errors) &&
        readsEntries(raw.errors, outcome.fields) &&
        readsAll(raw, { message: outcome.errors[0] })
      );
    },
    valid: { errors: { description: 'Bitte beschreiben Sie den Schaden.' }, message: 'Fehler' },
  },
  'defect-reporter.report-status': {
    read: (raw) => {
      const status = checks.parseCivicStatus(raw, ASKED);
      if (!status) return false;
      const { notes, updated, agency } = status;
      const id = status.id === ASKED ? undefined : status.id;
      return readsAll(raw, { id, status_notes: notes, updated_at: updated, agency });
    },
    valid: {
      id: 'M-2023-0815',
      status: 'open',
      status_notes: 'Der Bauhof ist informiert.',
      updated_at: '2023-10-31T10:00:00+01:00',
      agency: 'Tiefbauamt',
    },
  },
  'registry-booking.registry-config': {
    read: (raw) => checks.parseRegistryConfig(raw),
    valid: readJson('demo/mock/fixtures/registry-booking.json'),
  },
  'registry-booking.registry-service': {
    read: (raw) => checks.registryServiceSchema(raw),
    valid: readJson('demo/mock/fixtures/registry-booking.json').services[0],
  },
  'registry-booking.registry-place': {
    read: (raw) => checks.placeSchema(raw),
    valid: { id: 'rathaus', name: 'Rathaus', address: 'Rathausplatz 1', services: ['urkunde'] },
  },
  'registry-booking.slots': {
    read: (raw) => checks.parseSlots(raw),
    valid: {
      slots: [
        {
          id: 's1',
          start: '2099-11-03T09:00:00+01:00',
          end: '2099-11-03T09:45:00+01:00',
          available: true,
          office: 'rathaus',
        },
      ],
      next_available: '2099-11-03T09:00:00+01:00',
    },
  },
  'registry-booking.booking-result': {
    read: (raw) => checks.parseBookingResult(raw),
    valid: {
      code: 'ST-4711',
      status: 'reserved',
      message: 'Reserviert',
      expires_at: '2099-12-01T12:00:00+01:00',
      cancel_url: '/cancel/ST-4711',
      token: 'geheim',
    },
  },
  'registry-booking.managed-booking': {
    read: (raw) => checks.managedBookingSchema(raw),
    valid: {
      code: 'ST-4711',
      status: 'confirmed',
      service: 'vaterschaft',
      office: 'rathaus',
      start: '2099-11-03T09:00:00+01:00',
      end: '2099-11-03T09:45:00+01:00',
      expires_at: '2099-12-01T12:00:00+01:00',
      name: 'Erika Mustermann',
      email: 'erika@example.org',
      phone: '0201 12345',
    },
  },
  'registry-booking.field-errors': {
    read: (raw) => isObject(raw.errors) && readsEntries(raw.errors, checks.fieldErrors(raw) ?? {}),
    valid: { errors: { email: 'Bitte prüfen Sie die E-Mail-Adresse.' } },
  },
});

/** The ways a field is broken: its value replaced by each of these, or removed. */
const BREAKS = [
  ['removed', undefined],
  ['null', null],
  ['a number', 42],
  ['a negative number', -1],
  ['a fraction', 1.5],
  ['12', 12],
  ['zero', 0],
  ['a text', 'x'],
  ['an empty text', ''],
  ['blank', '  '],
  ['true', true],
  ['a list', []],
  ['an object', {}],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['a mailto: URL', 'mailto:buergerbuero@example.org'],
  ['a tel: URL', 'tel:+4923242040'],
  ['https:// alone', 'https://'],
  ['an unparsable URL', 'http://['],
  ['an absolute URL', 'https://www.example.org/a?b=c#d'],
  ['a relative URL', '/api/x'],
  ['a protocol-relative URL', '//cdn.example.org/x'],
  ['a time without an offset', '2023-10-30T09:15:00'],
  ['a time without seconds', '2023-10-30T09:15+01:00'],
  ['a German date', '30.10.2023 09:15'],
  ['a date', '2023-10-30'],
  ['30 February', '2023-02-30T09:15:00+01:00'],
  ['a time in UTC', '2023-10-30T08:15:00.5Z'],
  ['a lone surrogate', '\uD800'],
  ['a time zone', 'Europe/Berlin'],
  ['an unknown time zone', 'Mars/Olympus'],
  ['a status word', 'Gestört'],
  ['a mode', 'booking'],
];

/** Every path to a value in `value` (every entry of every list). */
function paths(value, at = []) {
  if (Array.isArray(value)) {
    return value.flatMap((entry, index) => [[...at, index], ...paths(entry, [...at, index])]);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, field]) => [
      [...at, key],
      ...paths(field, [...at, key]),
    ]);
  }
  return [];
}

/** A copy of `value` with the value at `path` replaced (or removed for `undefined`). */
function broken(value, path, replacement) {
  const copy = structuredClone(value);
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1];
  if (replacement === undefined && Array.isArray(parent)) parent.splice(last, 1);
  else if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** Every object in `value` with one unknown field added (contracts ignore unknown fields). */
function withUnknownFields(value) {
  return paths(value)
    .map((path) => [path, path.reduce((node, key) => node[key], value)])
    .concat([[[], value]])
    .filter(([, node]) => node && typeof node === 'object' && !Array.isArray(node))
    .map(([path]) => {
      const copy = structuredClone(value);
      const node = path.reduce((parent, key) => parent[key], copy);
      node.x_unknown = 1;
      return [`${path.join('.') || '(top)'}+unknown field`, copy];
    });
}

before(async () => {
  checks = await loadChecks();
  schemas = compileSchemas();
});
after(() => rmSync(bundle, { force: true }));

describe('JSON Schemas of docs/schemas/', () => {
  it('compile in ajv strict mode (draft 2020-12), and each has a widget check', () => {
    const names = Object.keys(schemas).sort();
    assert.ok(names.length >= 14, names.join(', '));
    const checked = Object.keys(contracts());
    // A request the widget sends is checked by the server, not by the widget.
    const sent = ['registry-booking.booking-request'];
    assert.deepEqual(names, [...checked, ...sent].sort());
  });

  it('accept what the widgets take whole, on every broken demo payload', async () => {
    const disagreements = [];
    let compared = 0;
    for (const [name, contract] of Object.entries(contracts())) {
      const validate = schemas[name];
      assert.equal(validate(contract.valid), true, `${name}: ${JSON.stringify(validate.errors)}`);
      assert.equal(await takesWhole(contract.read, contract.valid), true, `${name}: widget`);
      const variants = withUnknownFields(contract.valid);
      for (const path of paths(contract.valid)) {
        for (const [how, replacement] of BREAKS) {
          variants.push([`${path.join('.')}=${how}`, broken(contract.valid, path, replacement)]);
        }
      }
      for (const [label, payload] of variants) {
        const schema = validate(payload);
        const widget = await takesWhole(contract.read, payload);
        compared++;
        if (schema !== widget) {
          disagreements.push(`${name} ${label}: schema ${schema}, widget ${widget}`);
        }
      }
    }
    assert.deepEqual(disagreements, []);
    assert.ok(compared > 5000, `${compared} payloads compared`);
  });

  it('agree on the real-world captures of the fixtures, under every contract', async () => {
    const captures = [...jsonFiles('test/fixtures'), ...jsonFiles('demo/mock/fixtures')];
    assert.ok(captures.length >= 20, captures.join(', '));
    const disagreements = [];
    const taken = [];
    for (const file of captures) {
      const payload = readJson(file);
      for (const [name, contract] of Object.entries(contracts())) {
        const schema = schemas[name](payload);
        const widget = await takesWhole(contract.read, payload);
        if (schema !== widget)
          disagreements.push(`${file} as ${name}: schema ${schema}, widget ${widget}`);
        if (schema && widget) taken.push(`${file} as ${name}`);
      }
    }
    assert.deepEqual(disagreements, []);
    // The demo payloads are among them, and each is taken by its own contract.
    assert.ok(taken.includes('demo/mock/fixtures/service-status.json as service-status'));
    assert.ok(taken.includes('demo/mock/fixtures/form-finder.json as form-finder'));
  });

  it('agree on real Statuspage pages as the widget reads them (through its adapter)', async () => {
    const pages = [
      'demo/mock/fixtures/statuspage-summary.json',
      ...jsonFiles('demo/mock/fixtures/statuspage'),
    ];
    const contract = contracts()['service-status'];
    for (const file of pages) {
      const civic = checks.fromStatuspage(checks.normalizeJson(readJson(file)));
      const schema = schemas['service-status'](civic);
      const widget = await takesWhole(contract.read, civic);
      assert.equal(schema, widget, `${file}: ${JSON.stringify(schemas['service-status'].errors)}`);
      assert.equal(widget, true, `${file}: the widget takes a real page whole`);
    }
  });
});
