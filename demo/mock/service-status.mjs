// Mock back end of <service-status> (and of <city-services status-endpoint>).
import { sendJson } from './faults.mjs';
import { fixture, XSS } from './mock-data.mjs';

/** A copy of the fixture with markup in every text field and `javascript:` in every URL. */
function hostile(data) {
  const copy = structuredClone(data);
  for (const s of copy.services) {
    s.name = `${s.name} ${XSS}`;
    s.message = `${s.message ?? ''} ${XSS}`;
    for (const a of s.alternatives ?? []) {
      a.label = `${a.label} ${XSS}`;
      a.url = 'javascript:window.__xss=1';
      if (a.email) a.email = `x@example.org?subject=${XSS}`;
    }
  }
  for (const i of copy.incidents) {
    i.title = `${i.title} ${XSS}`;
    for (const u of i.updates) u.text = `${u.text} ${XSS}`;
  }
  return copy;
}

export const serviceStatusRoutes = [
  {
    name: 'service-status',
    method: 'GET',
    path: '/api/service-status',
    handler(ctx) {
      let data = fixture('service-status');
      const variant = ctx.query.variant;
      if (variant === 'all-operational') {
        for (const s of data.services) {
          s.status = 'operational';
          s.message = null;
        }
        data.incidents = [];
      } else if (variant === 'recovered') {
        // The portal is back: used to check that a changed status is announced.
        data.services[0].status = 'operational';
        data.services[0].message = 'Wieder erreichbar.';
      } else if (variant === 'xss') {
        data = hostile(data);
      } else if (variant === 'one-invalid') {
        data.services.splice(1, 0, { id: 'kaputt', name: 42, status: 'on_fire' });
      } else if (variant === 'big') {
        // About 10 MB: a legitimate payload with a large unknown field.
        data.padding = 'x'.repeat(10 * 1024 * 1024);
      } else if (variant === 'clock') {
        // The current time in updated_at: lets a test tell two answers apart.
        data.updated_at = new Date().toISOString();
      }
      sendJson(ctx, 200, data);
    },
  },
  {
    // Real captures of public Statuspage pages (fixtures/statuspage/README.md).
    name: 'statuspage-real',
    method: 'GET',
    path: /^\/api\/statuspage\/real\/(linode-components|box-components|instructure-summary)$/,
    handler(ctx, match) {
      sendJson(ctx, 200, fixture(`statuspage/${match[1]}`));
    },
  },
  {
    name: 'statuspage',
    method: 'GET',
    path: '/api/statuspage/summary.json',
    handler(ctx) {
      sendJson(ctx, 200, fixture('statuspage-summary'));
    },
  },
];
