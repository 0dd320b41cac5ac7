// `npm start`: serves the built demo (dist/ + demo/) with its embedded mock back end, under the
// strict Content-Security-Policy and Trusted Types the widgets promise to work with. dist/ is
// served as a city's web server should serve it (README "Serving dist/").
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { mockMiddleware } from '../demo/mock/middleware.mjs';
import { STRICT_CSP } from '../demo/mock/security.mjs';

const DIST = resolve('dist');
const CONTENT_TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
/** Chunk names carry a hash of their content: a changed chunk is a new URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Entry files keep their names across releases: the browser asks again each time (ETag). */
const SHORT_LIVED = 'no-cache';

/**
 * Serves /dist/ from the files the build compressed beforehand: the Brotli or gzip copy the
 * browser accepts (`Content-Encoding`, `Vary: Accept-Encoding`), hashed chunks cacheable for a
 * year, entry files revalidated.
 */
export function precompressedDist() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/dist/') || !['GET', 'HEAD'].includes(ctx.method)) return next();
    const file = resolve(join(DIST, decodeURIComponent(ctx.path.slice('/dist/'.length))));
    if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return next();
    }
    const encodings = { br: `${file}.br`, gzip: `${file}.gz` };
    // Brotli first whenever the browser accepts it (it is the smaller), whatever order the
    // header lists them in; no header at all gets the file as it is.
    const encoding =
      (ctx.get('Accept-Encoding') &&
        Object.keys(encodings).find(
          (name) => ctx.acceptsEncodings(name) === name && existsSync(encodings[name]),
        )) ||
      'identity';
    const sent = encoding === 'identity' ? file : encodings[encoding];
    ctx.vary('Accept-Encoding');
    ctx.set('Cache-Control', ctx.path.startsWith('/dist/chunks/') ? IMMUTABLE : SHORT_LIVED);
    ctx.type = CONTENT_TYPES[extname(file)] ?? extname(file);
    if (encoding !== 'identity') ctx.set('Content-Encoding', encoding);
    const stat = statSync(sent);
    ctx.etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}-${encoding}"`;
    ctx.lastModified = statSync(file).mtime;
    ctx.status = 200;
    if (ctx.fresh) {
      ctx.status = 304;
      return undefined;
    }
    ctx.body = readFileSync(sent);
    return undefined;
  };
}

/**
 * `port` undefined: the first free port from 8000 on. `middleware`: more routes before the mock
 * back end's (the benchmark's pages).
 */
export async function serveDemo({
  port = process.env.PORT ? Number(process.env.PORT) : undefined,
  quiet = false,
  middleware = [],
} = {}) {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port,
      hostname: '127.0.0.1',
      middleware: [
        async (ctx, next) => {
          if (ctx.path === '/' || ctx.path === '/index.html') return ctx.redirect('/demo/');
          await next();
          if (ctx.path.startsWith('/demo/') && ctx.response.is('html')) {
            ctx.set('content-security-policy', STRICT_CSP);
          }
          return undefined;
        },
        precompressedDist(),
        ...middleware,
        mockMiddleware(),
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  // With PORT=0 the system picks the port: ask the listening socket, not the config.
  const url = `http://127.0.0.1:${server.server?.address()?.port ?? server.config.port}/demo/`;
  if (!quiet) {
    const workbench = new URL('/editor/', url).href;
    console.log(
      `\ncivic-widgets demo: ${url}\nRedaktions-Werkbank: ${workbench}\n(Ctrl+C to stop)`,
    );
  }
  return { server, url };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serveDemo();
}
