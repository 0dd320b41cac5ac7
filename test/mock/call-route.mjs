// Calls a route of the mock back end (demo/mock/) the way Koa would, without a server: shared
// by the mock tests in this folder.

/**
 * Runs `route.handler` with a Koa-like context: the request's method, query, headers (names in
 * lower case) and body, streamed as Koa streams it. Returns what the handler answered:
 * `{ status, body }` with the body parsed as JSON, and the headers it set.
 */
export async function callRoute(
  route,
  { method, query = {}, headers = {}, body = '', match = null },
) {
  const answerHeaders = {};
  const ctx = {
    method,
    query,
    status: 404,
    body: undefined,
    get: (name) => headers[name.toLowerCase()] ?? '',
    set: (name, value) => (answerHeaders[name.toLowerCase()] = value),
    set type(value) {
      answerHeaders['content-type'] = value;
    },
    req: (async function* request() {
      if (body) yield Buffer.from(body);
    })(),
  };
  await route.handler(ctx, match);
  return {
    status: ctx.status,
    body: ctx.body === undefined ? undefined : JSON.parse(ctx.body),
    headers: answerHeaders,
  };
}
