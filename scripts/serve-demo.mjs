// `npm start`: serves the built demo (dist/ + demo/) with its embedded mock back end, under the
// strict Content-Security-Policy and Trusted Types the widgets promise to work with.
import { startDevServer } from '@web/dev-server';
import { mockMiddleware } from '../demo/mock/middleware.mjs';
import { STRICT_CSP } from '../demo/mock/security.mjs';

/** `port` undefined: the first free port from 8000 on. */
export async function serveDemo({
  port = process.env.PORT ? Number(process.env.PORT) : undefined,
  quiet = false,
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
        mockMiddleware(),
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const url = `http://127.0.0.1:${server.config.port}/demo/`;
  if (!quiet) console.log(`\ncivic-widgets demo: ${url}\n(Ctrl+C to stop)`);
  return { server, url };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serveDemo();
}
