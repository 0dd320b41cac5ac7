// A second Open311 GeoReport v2 server for <defect-reporter api="open311">, answering the way
// real servers do (test/fixtures/open311/ has the captures it is modelled on): services with
// `metadata` as true and as the string "true", service definitions with every datatype,
// `required`/`variable` as strings, list keys as numbers and strings; POST requests.json
// validated against the definition like mySociety's open311-adapter (its error array carries
// the validator's raw lines); request status and tokens. Every route plays `?fault=`.
//
// Root: /api/open311-city/
//   GET  services.json                  five services, three with a definition
//   GET  services/{code}.json           a definition; 404 error array for an unknown code
//   POST requests.json                  form-encoded; 400 error array naming `attribute[code]`
//                                       for a missing required or an invalid answer, or the
//                                       location; 201 `[{service_request_id, service_notice}]`
//   GET  requests/{id}.json             `[{…status…}]`; 404 error array for an unknown number
//   GET  tokens/{token}.json            `[{service_request_id, token}]`; 404 when unknown
//   GET  _received?run=                 what POST requests.json received in that run, each as
//                                       its list of [name, value] pairs in order (no fault)
// Scenarios, as `city=` on the request (the widget keeps the server's query on every route):
//   token             POST answers with a token only (`[{"token": "…"}]`)
//   definitions-down  every services/{code}.json answers 503
//   requests-down     every requests/{id}.json and tokens/{token}.json answers 503
//   not-found-empty   an unknown number or token is answered `200 []` (as some servers do), not 404
//   position-required the validator requires `attribute[position]` of 101, which the definition
//                     calls optional (a server whose definition and validator disagree)
//   unplaced          every POST is refused with a validator line that names no field
//   post-fail-once    the first POST of each Idempotency-Key answers 503 (the outbox retries)
// Several at once are joined by commas (`city=post-fail-once,position-required`).
// Preset reports for the status lookup: 4711 (closed, with notes and agency), 4712 (open),
// token "tok-4713" (resolves to 4713, open).
// The own contract's status route (`status_url`) is in defect-reporter.mjs, beside its POST.
import { readFormData, sendJson } from './faults.mjs';

export const OPEN311_CITY_ROOT = '/api/open311-city/';

const SERVICES = [
  {
    service_code: '101',
    service_name: 'Schlagloch',
    description: 'Löcher und Risse in Fahrbahn oder Radweg.',
    metadata: 'true',
    type: 'realtime',
    keywords: 'Straße, Loch, Asphalt',
    group: 'Straßen und Wege',
  },
  {
    service_code: '102',
    service_name: 'Baum beschädigt',
    description: 'Abgebrochene Äste, Schäden am Stamm, umgestürzte Bäume.',
    metadata: true,
    type: 'realtime',
    keywords: 'Baum, Ast, Sturm',
    group: 'Grün',
  },
  {
    service_code: '103',
    service_name: 'Wilder Müll',
    description: 'Abgestellter Sperrmüll, Säcke, Bauschutt.',
    metadata: 'true',
    type: 'realtime',
    keywords: 'Müll, Sperrmüll, Abfall',
    group: 'Sauberkeit',
  },
  {
    service_code: '104',
    service_name: 'Straßenlaterne defekt',
    description: 'Leuchte aus, flackert oder brennt tagsüber.',
    metadata: 'false',
    type: 'realtime',
    keywords: 'Laterne, Licht, Lampe',
    group: 'Beleuchtung',
  },
  {
    service_code: '105',
    service_name: 'Ampel gestört',
    description: 'Ampel dunkel, blinkt gelb oder schaltet nicht.',
    metadata: false,
    type: 'realtime',
    keywords: 'Ampel, Signal',
    group: 'Verkehr',
  },
];

/** Definitions in the shapes real servers send (strings for booleans, numeric keys). */
const DEFINITIONS = {
  101: {
    service_code: '101',
    attributes: [
      {
        order: 1,
        code: 'depth',
        required: 'true',
        variable: 'true',
        datatype_description: 'in Zentimetern, geschätzt',
        description: 'Wie tief ist das Loch?',
        datatype: 'number',
      },
      {
        order: 2,
        code: 'position',
        variable: 'true',
        required: 'false',
        datatype_description: null,
        description: 'Wo liegt das Loch?',
        datatype: 'singlevaluelist',
        values: [
          { key: 'road', name: 'Fahrbahn' },
          { key: 'bike', name: 'Radweg' },
          { key: 'walk', name: 'Gehweg' },
        ],
      },
    ],
  },
  102: {
    service_code: '102',
    attributes: [
      {
        variable: false,
        code: 'danger_note',
        datatype: 'string',
        required: false,
        datatype_description: null,
        order: 1,
        description: 'Besteht akute Gefahr, rufen Sie bitte die Feuerwehr: 112.',
      },
      {
        variable: true,
        code: 'damage',
        datatype: 'multivaluelist',
        required: true,
        datatype_description: 'Mehrere Angaben möglich',
        order: 2,
        description: 'Was ist beschädigt?',
        values: [
          { key: 1, name: 'Ast abgebrochen' },
          { key: 2, name: 'Stamm beschädigt' },
          { key: 3, name: 'Wurzeln heben den Weg' },
          { key: 4, name: 'Baum umgestürzt' },
        ],
      },
      {
        variable: true,
        code: 'since',
        datatype: 'datetime',
        required: false,
        datatype_description: null,
        order: 3,
        description: 'Seit wann besteht der Schaden?',
      },
      {
        variable: true,
        code: 'access',
        datatype: 'text',
        required: false,
        datatype_description: 'Zum Beispiel: hinter dem Tor, im Innenhof',
        order: 4,
        description: 'Wie kommt man hin?',
      },
    ],
  },
  103: {
    service_code: '103',
    attributes: [
      {
        variable: 'true',
        code: 'kind',
        datatype: 'singlevaluelist',
        required: 'true',
        datatype_description: null,
        order: 1,
        description: 'Was liegt dort?',
        values: [
          ['bulky', 'Sperrmüll'],
          ['bags', 'Müllsäcke'],
          ['rubble', 'Bauschutt'],
          ['tyres', 'Altreifen'],
          ['electric', 'Elektrogeräte'],
          ['green', 'Grünschnitt'],
          ['car', 'Autoteile'],
          ['paint', 'Farbeimer'],
          ['other', 'Sonstiges'],
        ].map(([key, name]) => ({ key, name })),
      },
      {
        variable: 'true',
        code: 'amount',
        datatype: 'string',
        required: 'false',
        datatype_description: 'Zum Beispiel: drei Säcke, ein Sofa',
        order: 2,
        description: 'Wie viel ist es ungefähr?',
      },
    ],
  },
};

const PRESET_REQUESTS = [
  {
    service_request_id: '4711',
    status: 'closed',
    status_notes: 'Das Schlagloch wurde am 24.11. verfüllt.',
    service_name: 'Schlagloch',
    service_code: '101',
    description: null,
    agency_responsible: 'Tiefbauamt',
    service_notice: null,
    requested_datetime: '2026-11-18T08:12:00+01:00',
    updated_datetime: '2026-11-24T14:05:00+01:00',
    expected_datetime: null,
    address: 'Bahnhofstraße 12',
    address_id: null,
    zipcode: '45525',
    lat: 51.3995,
    long: 7.1861,
    media_url: null,
  },
  {
    service_request_id: '4712',
    status: 'open',
    status_notes: null,
    service_name: 'Baum beschädigt',
    service_code: '102',
    description: null,
    agency_responsible: 'Grünflächenamt',
    service_notice: null,
    requested_datetime: '2026-11-28T17:40:00+01:00',
    updated_datetime: '2026-11-29T09:00:00+01:00',
    expected_datetime: null,
    address: 'Stadtpark',
    address_id: null,
    zipcode: '45525',
    lat: 51.4012,
    long: 7.1802,
    media_url: null,
  },
  {
    service_request_id: '4713',
    status: 'open',
    status_notes: 'Eingegangen, wird geprüft.',
    service_name: 'Wilder Müll',
    service_code: '103',
    description: null,
    agency_responsible: null,
    service_notice: null,
    requested_datetime: '2026-11-30T11:00:00+01:00',
    updated_datetime: '2026-11-30T11:00:00+01:00',
    expected_datetime: null,
    address: null,
    address_id: null,
    zipcode: null,
    lat: 51.3981,
    long: 7.1833,
    media_url: null,
  },
];

/** service_request_id → request (presets and those filed since the server started). */
const requests = new Map(PRESET_REQUESTS.map((request) => [request.service_request_id, request]));
/** token → service_request_id. */
const tokens = new Map([['tok-4713', '4713']]);
/** Idempotency-Key → the POST's answer, so a retried report is filed once. */
const answered = new Map();
/** Idempotency-Keys whose first POST was answered 503 (`post-fail-once`). */
const failedOnce = new Map();
/** run → what POST requests.json received, as [name, value] pairs. */
const receivedByRun = new Map();
let counter = 5000;

/** Keeps a map small when the demo runs for days. */
function bounded(map, key, value, limit = 1000) {
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value);
}

/** Whether the request plays scenario `name` (`city=` names one, or several joined by commas). */
function plays(ctx, name) {
  const city = Array.isArray(ctx.query.city) ? ctx.query.city[0] : ctx.query.city;
  return String(city ?? '')
    .split(',')
    .includes(name);
}

const notFound = (ctx, what) =>
  sendJson(ctx, 404, [{ code: 404, description: `${what} not found` }]);

const unavailable = (ctx) =>
  sendJson(ctx, 503, [{ code: 503, description: 'Service temporarily unavailable' }]);

/** The validator's lines for a POST, as open311-adapter words them (Data::Rx `//rec`). */
function validate(fields, pairs, positionRequired) {
  const lines = [];
  const service = SERVICES.find((candidate) => candidate.service_code === fields.service_code);
  if (!service) {
    lines.push(
      `Failed //rec: no value given for required entry service_code (error: missing at $data)`,
    );
    return lines;
  }
  if (!(fields.lat && fields.long) && !fields.address_string && !fields.address_id) {
    lines.push(`Failed //rec: no value given for required entry lat (error: missing at $data)`);
  }
  if (fields.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.email)) {
    lines.push(`Failed //rec/email: does not match //str (error: value at $data->{email})`);
  }
  for (const attribute of DEFINITIONS[service.service_code]?.attributes ?? []) {
    if (String(attribute.variable) !== 'true') continue;
    const required =
      String(attribute.required) === 'true' || (positionRequired && attribute.code === 'position');
    const name = `attribute[${attribute.code}]`;
    const values = pairs
      .filter(([key]) => key === name || key === `${name}[]`)
      .map(([, value]) => value)
      .filter(Boolean);
    if (!values.length) {
      if (required) {
        lines.push(
          `Failed //rec: no value given for required entry ${name} (error: missing at $data)`,
        );
      }
      continue;
    }
    const keys = (attribute.values ?? []).map((value) => String(value.key));
    const wrong =
      (attribute.datatype === 'number' && !Number.isFinite(Number(values[0]))) ||
      (keys.length && values.some((value) => !keys.includes(value))) ||
      (attribute.datatype === 'singlevaluelist' && values.length > 1);
    if (wrong) {
      lines.push(
        `Failed //rec/${name}: value does not match ${attribute.datatype} (error: value at $data->{${name}})`,
      );
    }
  }
  return lines;
}

export const open311CityRoutes = [
  {
    name: 'open311-city-services',
    method: 'GET',
    path: `${OPEN311_CITY_ROOT}services.json`,
    handler(ctx) {
      return sendJson(ctx, 200, SERVICES);
    },
  },
  {
    name: 'open311-city-definition',
    method: 'GET',
    path: /^\/api\/open311-city\/services\/([^/]+)\.json$/,
    handler(ctx, match) {
      if (plays(ctx, 'definitions-down')) return unavailable(ctx);
      const code = decodeURIComponent(match[1]);
      const definition = DEFINITIONS[code];
      if (!definition) return notFound(ctx, `service_code ${code}`);
      return sendJson(ctx, 200, definition);
    },
  },
  {
    name: 'open311-city-requests',
    method: 'POST',
    path: `${OPEN311_CITY_ROOT}requests.json`,
    async handler(ctx) {
      const form = await readFormData(ctx);
      const pairs = [...form.entries()].filter(([, value]) => typeof value === 'string');
      const run = ctx.query.run ?? '';
      bounded(receivedByRun, run, [...(receivedByRun.get(run) ?? []), pairs]);
      const key = ctx.get('idempotency-key');
      if (key && answered.has(key)) return sendJson(ctx, 201, answered.get(key));
      if (plays(ctx, 'post-fail-once') && key && !failedOnce.has(key)) {
        bounded(failedOnce, key, true);
        return unavailable(ctx);
      }
      const fields = Object.fromEntries(pairs);
      const lines = plays(ctx, 'unplaced')
        ? ['Failed //rec: found unexpected entries: (error: unknown at $data->{x_ref})']
        : validate(fields, pairs, plays(ctx, 'position-required'));
      if (lines.length) {
        return sendJson(ctx, 400, [
          { code: 400, description: 'Error in input for POST_Service_Request' },
          ...lines.map((line) => ({ code: 400, description: line })),
        ]);
      }
      const id = String(++counter);
      const service = SERVICES.find((candidate) => candidate.service_code === fields.service_code);
      bounded(requests, id, {
        service_request_id: id,
        status: 'open',
        status_notes: null,
        service_name: service.service_name,
        service_code: service.service_code,
        description: fields.description ?? null,
        agency_responsible: null,
        service_notice: null,
        requested_datetime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        updated_datetime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        expected_datetime: null,
        address: fields.address_string ?? null,
        address_id: null,
        zipcode: null,
        lat: fields.lat ? Number(fields.lat) : null,
        long: fields.long ? Number(fields.long) : null,
        media_url: null,
      });
      let answer;
      if (plays(ctx, 'token')) {
        const token = `tok-${id}`;
        bounded(tokens, token, id);
        answer = [{ token }];
      } else {
        answer = [
          {
            service_request_id: id,
            service_notice: 'Die Stadt prüft die Meldung innerhalb von zwei Werktagen.',
            account_id: null,
          },
        ];
      }
      if (key) bounded(answered, key, answer);
      return sendJson(ctx, 201, answer);
    },
  },
  {
    name: 'open311-city-request',
    method: 'GET',
    path: /^\/api\/open311-city\/requests\/([^/]+)\.json$/,
    handler(ctx, match) {
      if (plays(ctx, 'requests-down')) return unavailable(ctx);
      const id = decodeURIComponent(match[1]);
      const request = requests.get(id);
      if (request) return sendJson(ctx, 200, [request]);
      if (plays(ctx, 'not-found-empty')) return sendJson(ctx, 200, []);
      return notFound(ctx, `service_request_id ${id}`);
    },
  },
  {
    name: 'open311-city-token',
    method: 'GET',
    path: /^\/api\/open311-city\/tokens\/([^/]+)\.json$/,
    handler(ctx, match) {
      if (plays(ctx, 'requests-down')) return unavailable(ctx);
      const token = decodeURIComponent(match[1]);
      if (tokens.has(token)) {
        return sendJson(ctx, 200, [{ service_request_id: tokens.get(token), token }]);
      }
      if (plays(ctx, 'not-found-empty')) return sendJson(ctx, 200, []);
      return notFound(ctx, `token ${token}`);
    },
  },
  {
    name: 'open311-city-received',
    method: 'GET',
    path: `${OPEN311_CITY_ROOT}_received`,
    fault: false,
    handler(ctx) {
      return sendJson(ctx, 200, receivedByRun.get(ctx.query.run ?? '') ?? []);
    },
  },
];
