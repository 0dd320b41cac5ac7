// Mock back end of <defect-reporter>: the config, the report endpoint of this library's
// contract (multipart, Idempotency-Key) and its report status (`status_url`), a fake Open311
// GeoReport v2 server following the spec's examples, map tiles, and a read-out of what the server received for the tests.
//
// State is keyed by the Idempotency-Key (and the `run` the tests choose), so Chromium and
// Firefox can run against one server at once.
import { deflateSync } from 'node:zlib';
import { readFormData, sendJson } from './faults.mjs';
import { fixture } from './mock-data.mjs';

/** Idempotency-Key → what the server made of it. */
const received = new Map();
/** Idempotency-Key → requests seen (failed ones too). */
const attempts = new Map();
let counter = 41;

/** A report the city has dealt with, for the demo's "Vorgangsnummer eingeben". */
const PRESET_STATUS = new Map([
  [
    'HAT-2023-0007',
    {
      status: 'closed',
      statusNotes: 'Die Laterne wurde am 24.11. repariert.',
      agency: 'Baubetriebshof',
      receivedAt: '2026-11-24T14:05:00+01:00',
    },
  ],
]);

/** Keeps the maps small when the demo runs for days. */
function remember(key, value) {
  received.set(key, value);
  if (received.size > 1000) received.delete(received.keys().next().value);
}

function countAttempt(key) {
  const n = (attempts.get(key) ?? 0) + 1;
  attempts.set(key, n);
  if (attempts.size > 2000) attempts.delete(attempts.keys().next().value);
  return n;
}

/** Index of `needle` (bytes) in `haystack`, -1 if absent. */
const indexOf = (haystack, needle) => Buffer.from(haystack).indexOf(Buffer.from(needle));

/** Markers of a JPEG's header segments, up to the image data (SOS). */
function headerMarkers(bytes) {
  const markers = [];
  for (let i = 2; i + 4 <= bytes.length && bytes[i] === 0xff; i += 2 + bytes.readUInt16BE(i + 2)) {
    markers.push(bytes[i + 1]);
    if (bytes[i + 1] === 0xda) break;
  }
  return markers;
}

/** Width and height from a JPEG's SOF segment; undefined for anything else. */
function jpegSize(bytes) {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1];
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return undefined;
}

/** What the tests may ask about a received photo: no pixels, just the facts. */
async function describePhoto(file) {
  const bytes = Buffer.from(await file.arrayBuffer());
  return {
    name: file.name,
    type: file.type,
    size: bytes.length,
    jpeg: bytes[0] === 0xff && bytes[1] === 0xd8,
    // An APP1 segment, or "Exif\0\0" anywhere in the file, means metadata survived.
    exif: indexOf(bytes, 'Exif\0\0') >= 0 || headerMarkers(bytes).includes(0xe1),
    ...jpegSize(bytes),
  };
}

const textFields = (form) =>
  Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string'));

const CATEGORY_IDS = new Set(fixture('defect-reporter').categories.map((c) => c.id));

/** Field errors like a real back end's, in German. */
function validate(fields) {
  const errors = {};
  if (!CATEGORY_IDS.has(fields.category)) errors.category = 'Diese Kategorie gibt es nicht.';
  if ((fields.description ?? '').trim().length < 10) {
    errors.description = 'Bitte beschreiben Sie den Mangel genauer (mindestens 10 Zeichen).';
  }
  if (fields.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.email)) {
    errors.email = 'Diese E-Mail-Adresse ist ungültig.';
  }
  if (!fields.address && !(fields.lat && fields.lng)) {
    errors.address = 'Bitte geben Sie an, wo der Mangel ist.';
  }
  return errors;
}

/**
 * Plays `?fail=N`: the first N requests of a key answer 503, with `Retry-After: S` if
 * `?retry_after=S` (seconds) is given, as a server in maintenance says when to come back.
 * True when it answered.
 */
function failFirst(ctx, key) {
  const n = countAttempt(key);
  if (n <= Number(ctx.query.fail ?? 0)) {
    if (ctx.query.retry_after) ctx.set('retry-after', ctx.query.retry_after);
    sendJson(ctx, 503, { message: 'Wartungsarbeiten' });
    return true;
  }
  return false;
}

/**
 * Plays the refusals a proxy or web server in front of the city's API sends, with their HTML
 * bodies (nginx's default pages): `variant=too-large` (413 for a body over 4 KB, i.e. with a photo: nginx's
 * 1 MB client_max_body_size meets phone photos), `forbidden` (403, a WAF), `not-found` (404), `forbidden-json` (403 with a
 * readable JSON message), `rate-limit` (429 with `Retry-After: 120`, the first attempt of a key
 * only). The attempt is recorded (per run) for the tests. True when it answered.
 */
function refuseAsProxy(ctx, key) {
  const variant = ctx.query.variant;
  const nginxPage = (status, reason) => {
    ctx.status = status;
    ctx.type = 'text/html';
    ctx.body = `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
    return true;
  };
  const refusal = { run: ctx.query.run ?? null, key, variant };
  // Like nginx's client_max_body_size, scaled down: a report with a photo is too large.
  if (variant === 'too-large' && Number(ctx.get('content-length') || 0) > 4000) {
    refusals.push(refusal);
    return nginxPage(413, 'Request Entity Too Large');
  }
  if (variant === 'forbidden') return nginxPage(403, 'Forbidden');
  if (variant === 'not-found') return nginxPage(404, 'Not Found');
  if (variant === 'forbidden-json') {
    sendJson(ctx, 403, { message: 'Meldungen aus Ihrem Netz sind gesperrt. Bitte rufen Sie an.' });
    return true;
  }
  if (variant === 'rate-limit' && key && (attempts.get(`${key}:any`) ?? 0) <= 1) {
    ctx.set('retry-after', '120');
    sendJson(ctx, 429, { message: 'Zu viele Anfragen.' });
    return true;
  }
  return false;
}

/** Refused attempts (too large), for the tests. */
const refusals = [];

/** A 1×1 grey PNG as the only map tile: nothing leaves the machine. */
function tinyPng() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]); // 1×1, 8 bit grey
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 0xcc]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const TILE = tinyPng();

/** Escapes text for an HTML attribute value (quoted) or element content. */
const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

export const defectReporterRoutes = [
  {
    // The config. `?run=`, `?fail=` and `?retry_after=` are passed on to submit_url, so a test's
    // reports are its own.
    name: 'defect-reporter',
    method: 'GET',
    path: '/api/defects/config',
    handler(ctx) {
      const data = fixture('defect-reporter');
      const submit = new URLSearchParams();
      for (const k of ['run', 'fail', 'retry_after']) if (ctx.query[k]) submit.set(k, ctx.query[k]);
      if (ctx.query.submit_fault) submit.set('fault', ctx.query.submit_fault);
      if (ctx.query.submit_variant) submit.set('variant', ctx.query.submit_variant);
      if ([...submit].length) data.submit_url += `?${submit}`;
      const variant = ctx.query.variant ?? '';
      if (variant.includes('map')) {
        data.map = {
          tiles: '/api/defects/tiles/{z}/{x}/{y}.png',
          attribution: '© OpenStreetMap-Mitwirkende',
          center: [51.399, 7.186],
          zoom: 15,
        };
        // `?tile_fault=` goes to the tiles as their `fault` (see the tiles route).
        if (ctx.query.tile_fault) data.map.tiles += `?fault=${ctx.query.tile_fault}`;
      }
      if (variant.includes('status')) {
        // The report status of the own contract; `?status_fault=` makes its lookups fail.
        data.status_url = '/api/reports/{id}';
        if (ctx.query.status_fault) data.status_url += `?fault=${ctx.query.status_fault}`;
        // The demo's "Meldung verfolgen" section: the confirmation links there with ?vorgang=.
        data.status_page = '/demo/#meldung-verfolgen';
      }
      if (variant.includes('no-photos')) data.max_photos = 0;
      if (variant.includes('one-photo')) data.max_photos = 1;
      if (variant.includes('tiny-photos')) data.max_photo_bytes = 1500;
      if (variant.includes('optional-location')) data.location.required = false;
      if (variant.includes('one-invalid')) data.categories.splice(1, 0, { id: 7, name: null });
      sendJson(ctx, 200, data);
    },
  },
  {
    name: 'defect-reporter-submit',
    method: 'POST',
    path: '/api/reports',
    async handler(ctx) {
      if (ctx.query.variant === 'portal') {
        // A hotel Wi-Fi's login page: 200, but not the city's answer.
        ctx.type = 'text/html';
        ctx.body = '<h1>Bitte melden Sie sich im WLAN an</h1>';
        return undefined;
      }
      if (ctx.query.variant === 'no-id') return sendJson(ctx, 200, { ok: true });
      const key = ctx.get('idempotency-key');
      if (key) countAttempt(`${key}:any`);
      if (refuseAsProxy(ctx, key)) return undefined;
      if (!key) return sendJson(ctx, 400, { message: 'Idempotency-Key fehlt.' });
      if (failFirst(ctx, key)) return undefined;
      const known = received.get(key);
      if (known) {
        known.repeats += 1;
        return sendJson(ctx, 200, { id: known.id, message: known.message });
      }
      const form = await readFormData(ctx);
      const fields = textFields(form);
      const errors = validate(fields);
      if (Object.keys(errors).length) return sendJson(ctx, 422, { errors });
      const photos = await Promise.all(form.getAll('photo').map(describePhoto));
      const id = `HAT-2023-${String(++counter).padStart(4, '0')}`;
      const message = 'Vielen Dank! Der Baubetriebshof kümmert sich darum.';
      remember(key, {
        key,
        id,
        message,
        // What GET /api/reports/{id} answers: a new report is open until the city closes it.
        status: 'open',
        receivedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        run: ctx.query.run ?? null,
        api: 'civic',
        repeats: 0,
        attempts: attempts.get(key),
        // A bot fills the hidden field; a real server would drop it quietly.
        spam: Boolean(fields.website),
        fields,
        photos,
      });
      return sendJson(ctx, 201, { id, message });
    },
  },
  {
    // For the tests: what the server received for a key or a run.
    name: 'defect-reporter-received',
    fault: false,
    method: 'GET',
    path: '/api/reports/_received',
    handler(ctx) {
      const { key, run } = ctx.query;
      const list = [...received.values()]
        .filter((r) => (key ? r.key === key : r.run === run))
        .map((r) => ({ ...r, attempts: attempts.get(r.key) }));
      const refused = refusals.filter((r) => (key ? r.key === key : r.run === run));
      sendJson(ctx, 200, {
        reports: list,
        refused,
        attempts: key ? (attempts.get(key) ?? 0) : undefined,
      });
    },
  },
  {
    // The own contract's report status (`status_url`: /api/reports/{id}), read from the same
    // store POST /api/reports writes to; 404 for a number this server never gave.
    // `_`-paths are the tests' read-outs, not report numbers.
    name: 'defect-reporter-status',
    method: 'GET',
    path: /^\/api\/reports\/([^/_][^/]*)$/,
    handler(ctx, match) {
      const id = decodeURIComponent(match[1]);
      const report =
        [...received.values()].find(
          (candidate) => candidate.api === 'civic' && candidate.id === id,
        ) ?? PRESET_STATUS.get(id);
      if (!report) return sendJson(ctx, 404, { error: 'unknown report' });
      const status = { id, status: report.status, updated_at: report.receivedAt };
      if (report.statusNotes) status.status_notes = report.statusNotes;
      if (report.agency) status.agency = report.agency;
      return sendJson(ctx, 200, status);
    },
  },
  {
    // The map's tiles. `?fault=503`: every tile answers 503 (the tile server down); `?fault=some`:
    // every other one does (by x + y), the rest come.
    name: 'defect-reporter-tiles',
    fault: false,
    method: 'GET',
    path: /^\/api\/defects\/tiles\/\d+\/(\d+)\/(\d+)\.png$/,
    handler(ctx, match) {
      const { fault } = ctx.query;
      if (fault === '503' || (fault === 'some' && (Number(match[1]) + Number(match[2])) % 2)) {
        ctx.status = 503;
        ctx.type = 'text/plain';
        ctx.body = 'Service Unavailable';
        return;
      }
      ctx.type = 'image/png';
      ctx.set('cache-control', 'max-age=3600');
      ctx.body = TILE;
    },
  },
  {
    // A page with the widget, to load in an iframe and reload for real (the outbox across a
    // visit). `?endpoint=` names the config; it comes from the URL, so it is escaped.
    // `?indexeddb=off` plays a browser without IndexedDB (blocked storage, some private modes):
    // reading `indexedDB` throws before the widget's module runs. Not a back end of the widget:
    // the fault switch leaves it alone.
    name: 'defect-reporter-page',
    fault: false,
    method: 'GET',
    path: '/pages/defect-reporter.html',
    handler(ctx) {
      const param = ctx.query.endpoint;
      const endpoint = (Array.isArray(param) ? param[0] : param) || '/api/defects/config';
      ctx.type = 'text/html';
      ctx.set('cache-control', 'no-store');
      const withoutIndexedDb =
        ctx.query.indexeddb === 'off'
          ? `<script>Object.defineProperty(window, 'indexedDB', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });</script>`
          : '';
      // Generous timeouts: the reload tests assert what the server answered (a 503 with its
      // Retry-After, then the report), which a 3 s timeout on a busy test machine turned into a
      // timeout the server never sent.
      ctx.body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Mängelmelder</title>${withoutIndexedDb}
<script type="module" src="/src/defect-reporter/defect-reporter.define.ts"></script></head><body>
<defect-reporter endpoint="${escapeHtml(endpoint)}" timeout="10000" send-timeout="10000" contact-name="Mängelmelder" contact-phone="(02324) 204 3030" contact-email="maengelmelder@example.org"></defect-reporter>
</body></html>`;
    },
  },
  {
    // Open311 GeoReport v2: GET services.json (the spec's example fields).
    name: 'open311',
    method: 'GET',
    path: '/api/open311/services.json',
    handler(ctx) {
      if (ctx.query.jurisdiction_id && ctx.query.jurisdiction_id !== 'hattingen.example.org') {
        return sendJson(ctx, 404, [{ code: 404, description: 'jurisdiction_id not found' }]);
      }
      return sendJson(ctx, 200, fixture('open311-services'));
    },
  },
  {
    // Open311 GeoReport v2: POST requests.json, form-encoded (or multipart with `media`).
    // `variant=token`: the answer names only a token (`long-token`: a UUID's length and more, as
    // some servers make them); `variant=no-number`: neither number, only
    // a service_notice (a server that took the report without naming one); the web server's
    // refusals of refuseAsProxy (`variant=too-large`, …) as for the own contract.
    name: 'open311-requests',
    method: 'POST',
    path: '/api/open311/requests.json',
    async handler(ctx) {
      const form = await readFormData(ctx);
      const fields = textFields(form);
      const key = ctx.get('idempotency-key') || `no-key-${Date.now()}-${Math.random()}`;
      if (failFirst(ctx, key)) return undefined;
      if (refuseAsProxy(ctx, key)) return undefined;
      const known = received.get(key);
      if (known) {
        known.repeats += 1;
        return sendJson(ctx, 201, [known.answer]);
      }
      if (fields.api_key !== 'hattingen-demo-key') {
        return sendJson(ctx, 403, [
          {
            code: 403,
            description: "Invalid api_key received -- can't proceed with create_request.",
          },
        ]);
      }
      const codes = fixture('open311-services').map((s) => s.service_code);
      const errors = [];
      if (!codes.includes(fields.service_code)) {
        errors.push({
          code: 400,
          description: `service_code ${fields.service_code ?? ''} not found`,
        });
      }
      if (!(fields.lat && fields.long) && !fields.address_string) {
        errors.push({
          code: 400,
          description: 'lat/long, address_string, or address_id is required',
        });
      }
      if (errors.length) return sendJson(ctx, 400, errors);
      const id = String(293944 + ++counter);
      const answer =
        ctx.query.variant === 'token'
          ? { token: `tok-${id}` }
          : ctx.query.variant === 'long-token'
            ? { token: `${crypto.randomUUID()}-${id}` }
            : ctx.query.variant === 'no-number'
              ? { service_notice: 'Vielen Dank, wir kümmern uns darum.' }
              : {
                  service_request_id: id,
                  service_notice: 'Die Stadt prüft die Meldung innerhalb von zwei Werktagen.',
                  account_id: null,
                };
      const photos = await Promise.all(form.getAll('media').map(describePhoto));
      remember(key, {
        key,
        id,
        answer,
        run: ctx.query.run ?? null,
        api: 'open311',
        contentType: ctx.get('content-type').split(';')[0],
        repeats: 0,
        fields,
        photos,
      });
      return sendJson(ctx, 201, [answer]);
    },
  },
];
