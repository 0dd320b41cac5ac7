// Faults the mock back end can play on any route: the same list drives the tests
// (`?fault=<mode>` on the request) and the demo's switch (server-side state per route).

/** @type {readonly string[]} */
export const FAULT_MODES = [
  'ok',
  'slow',
  'hang',
  '500',
  '404',
  '429',
  'invalid-json',
  'wrong-shape',
];

/** Seconds a `429` asks the client to wait when the request names none. */
export const RETRY_AFTER_SECONDS = 10;

/**
 * The `Retry-After` value of a `429`: `?retry-after=<seconds>` as delay-seconds,
 * `?retry-after=date:<seconds>` as the HTTP-date that many seconds ahead (RFC 9110 §10.2.3).
 */
function retryAfter(query) {
  const asked = String(query['retry-after'] ?? RETRY_AFTER_SECONDS);
  if (!asked.startsWith('date:')) return asked;
  return new Date(Date.now() + Number(asked.slice(5)) * 1000).toUTCString();
}

/** Milliseconds the `slow` fault waits before answering: slower than a good network, below the 5 s default timeout. */
export const SLOW_MS = 2500;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Plays `mode` on the Koa context. Returns true when the fault answered the request
 * (the route handler must not run), false when the route should answer normally.
 */
export async function applyFault(ctx, mode) {
  switch (mode) {
    case undefined:
    case '':
    case 'ok':
      return false;
    case 'slow':
      await sleep(Number(ctx.query.delay ?? SLOW_MS));
      return false;
    case 'hang':
      // Never answer: the request stays open until the client gives up.
      await new Promise((resolve) => {
        ctx.req.on('close', resolve);
        ctx.res.on('close', resolve);
      });
      ctx.respond = false;
      return true;
    case '500':
    case '502':
    case '503':
    case '404':
      ctx.status = Number(mode);
      ctx.type = 'text/html';
      ctx.body = `<h1>${mode}</h1>`;
      return true;
    case '429':
      ctx.status = 429;
      ctx.set('retry-after', retryAfter(ctx.query));
      ctx.type = 'text/html';
      ctx.body = '<h1>429 Too Many Requests</h1>';
      return true;
    case 'invalid-json':
      ctx.type = 'application/json';
      ctx.body = '{"services": [ {"id": "serviceportal", ';
      return true;
    case 'wrong-shape':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ hello: 'world', items: 42 });
      return true;
    case 'network':
      // Drop the connection without an answer: the browser sees a network error.
      ctx.req.socket.destroy();
      ctx.respond = false;
      return true;
    default:
      return false;
  }
}

/** Reads the raw request body as a Buffer. */
export async function readBody(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Parses a multipart or url-encoded body into a FormData with Node's own fetch classes. */
export async function readFormData(ctx) {
  const body = await readBody(ctx);
  const request = new Request('http://mock.local/', {
    method: 'POST',
    headers: { 'content-type': ctx.get('content-type') },
    body,
  });
  return request.formData();
}

/** Reads a JSON body; undefined when it is not JSON. */
export async function readJson(ctx) {
  const body = await readBody(ctx);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

export function sendJson(ctx, status, value) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.set('cache-control', 'no-store');
  ctx.body = JSON.stringify(value);
}
