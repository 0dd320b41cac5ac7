// Payloads a test writes and a widget then reads over real HTTP, served as a plain web server
// serves an edited file: with `ETag` and `Last-Modified` validators and no `Cache-Control`
// (so a browser may answer from its heuristic cache unless the request revalidates).
//   PUT /api/_payload/<key>       stores the request body verbatim (any text: a lone-surrogate
//                                 escape, 50,000 forms); each PUT is a new version. 204, or with
//                                 `?status=200` the plain text "OK" (as a CMS upload script may
//                                 answer); `?status=<4xx|5xx>` refuses and stores nothing
//   GET /api/_payload/<key>       the stored text; `If-None-Match` of the current version → 304
//   GET /api/_payload/<key>/log   what the server received: `{ requests: [{ ifNoneMatch, status }] }`
// Keys are chosen by the test (unique per run), so Chromium and Firefox never share one.
// Faults (`?fault=`, `ok-first`, `fail-first`) are played on the GET by the shared middleware.
import { readBody, sendJson } from './faults.mjs';

/** key → { text, version, modified, requests } */
const payloads = new Map();

// A day ago: old enough that a browser's heuristic freshness (10 % of the age) is hours.
const BASE_TIME = Date.now() - 24 * 3600_000;

function entryOf(key) {
  if (!payloads.has(key)) payloads.set(key, { text: undefined, version: 0, requests: [] });
  return payloads.get(key);
}

export const payloadStoreRoutes = [
  {
    name: 'payload-write',
    method: 'PUT',
    path: /^\/api\/_payload\/([\w-]+)$/,
    fault: false,
    async handler(ctx, match) {
      const asked = Number(ctx.query.status ?? 204);
      const body = (await readBody(ctx)).toString('utf8');
      if (asked >= 400) {
        ctx.status = asked;
        ctx.type = 'text/html';
        ctx.body = `<h1>${asked}</h1>`;
        return;
      }
      const entry = entryOf(match[1]);
      entry.text = body;
      entry.version += 1;
      ctx.status = asked;
      if (asked === 200) {
        ctx.type = 'text/plain';
        ctx.body = 'OK';
      }
    },
  },
  {
    name: 'payload-log',
    method: 'GET',
    path: /^\/api\/_payload\/([\w-]+)\/log$/,
    fault: false,
    handler(ctx, match) {
      sendJson(ctx, 200, { requests: entryOf(match[1]).requests });
    },
  },
  {
    name: 'payload',
    method: 'GET',
    path: /^\/api\/_payload\/([\w-]+)$/,
    handler(ctx, match) {
      const entry = entryOf(match[1]);
      const ifNoneMatch = ctx.get('if-none-match') || undefined;
      if (entry.text === undefined) {
        entry.requests.push({ ifNoneMatch, status: 404 });
        ctx.status = 404;
        return;
      }
      const etag = `"v${entry.version}"`;
      ctx.set('etag', etag);
      ctx.set('last-modified', new Date(BASE_TIME + entry.version * 1000).toUTCString());
      if (ifNoneMatch === etag) {
        entry.requests.push({ ifNoneMatch, status: 304 });
        ctx.status = 304;
        return;
      }
      entry.requests.push({ ifNoneMatch, status: 200 });
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = entry.text;
    },
  },
];
