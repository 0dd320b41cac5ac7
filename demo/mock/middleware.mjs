// The embedded mock back end: serves the fixtures of every widget's endpoint and plays
// faults on them. Used by `npm start` (the demo) and by the test runner.
//
// Each widget's routes live in their own module. A route is
//   { name, method, path: string | RegExp, handler(ctx, match) }
// `name` is what the demo's fault switch and `?fault=` address.
// Tests pick a fault per request with `?fault=<mode>` (stateless, so Chromium and Firefox can
// run against one server at once); the demo switch sets a server-side mode per route name.
import { applyFault, FAULT_MODES, sendJson } from './faults.mjs';
import { serviceStatusRoutes } from './service-status.mjs';
import { formFinderRoutes } from './form-finder.mjs';
import { defectReporterRoutes } from './defect-reporter.mjs';
import { registryBookingRoutes } from './registry-booking.mjs';
import { zmsCitizenApiRoutes } from './zms-citizen-api.mjs';
import { open311CityRoutes } from './open311-city.mjs';
import { securityRoutes } from './security.mjs';
import { payloadStoreRoutes } from './payload-store.mjs';

export const routes = [
  ...serviceStatusRoutes,
  ...formFinderRoutes,
  ...defectReporterRoutes,
  ...registryBookingRoutes,
  ...zmsCitizenApiRoutes,
  ...open311CityRoutes,
  ...securityRoutes,
  ...payloadStoreRoutes,
];

function matchRoute(ctx) {
  for (const route of routes) {
    if (route.method && route.method !== ctx.method) continue;
    if (typeof route.path === 'string' && route.path === ctx.path) return { route, match: null };
    if (route.path instanceof RegExp) {
      const match = route.path.exec(ctx.path);
      if (match) return { route, match };
    }
  }
  return undefined;
}

/**
 * Which fault this request gets. `?fault=` alone: every request. With `ok-first=N` the first N
 * requests of that exact URL are answered normally and the later ones get the fault (a stale
 * cache); with `fail-first=N` the first N get the fault and later ones are fine (a recovery).
 * Counted per URL, so tests in two browsers never share a counter.
 */
function faultFor(ctx, counts, faultState, route) {
  const { fault, 'ok-first': okFirst, 'fail-first': failFirst } = ctx.query;
  if (fault === undefined) return faultState.get(route.name) ?? 'ok';
  if (okFirst === undefined && failFirst === undefined) return fault;
  const seen = (counts.get(ctx.url) ?? 0) + 1;
  counts.set(ctx.url, seen);
  if (okFirst !== undefined) return seen <= Number(okFirst) ? 'ok' : fault;
  return seen <= Number(failFirst) ? fault : 'ok';
}

export function mockMiddleware() {
  /** Demo switch: route name → fault mode. */
  const faultState = new Map();
  /** Requests seen per URL, for `ok-first` / `fail-first`. */
  const counts = new Map();

  return async (ctx, next) => {
    if (ctx.path === '/api/_faults') {
      if (ctx.method === 'POST') {
        const { name, mode } = ctx.query;
        if (FAULT_MODES.includes(mode)) faultState.set(name, mode);
      }
      const names = [...new Set(routes.filter((r) => r.fault !== false).map((r) => r.name))];
      return sendJson(ctx, 200, {
        modes: FAULT_MODES,
        routes: names.map((n) => ({ name: n, mode: faultState.get(n) ?? 'ok' })),
      });
    }
    const found = matchRoute(ctx);
    if (!found) return next();
    const { route, match } = found;
    const mode = faultFor(ctx, counts, faultState, route);
    if (route.fault !== false && (await applyFault(ctx, mode))) return undefined;
    return route.handler(ctx, match);
  };
}
