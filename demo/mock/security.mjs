// Pages served with a strict Content-Security-Policy and Trusted Types enforced: the tests
// load the widgets in an iframe from here to prove they run under such a policy. Its workers
// (<form-finder>'s catalogue worker) are allowed by script-src 'self' (no worker-src of its
// own) and started through the library's Trusted Types policy `civic-widgets`.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html civic-widgets";

/** A page under the strict policy that loads `module` and holds `body`. */
const strictPage = (name, path, module, body) => ({
  name,
  fault: false,
  method: 'GET',
  path,
  handler(ctx) {
    ctx.set('content-security-policy', STRICT_CSP);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CSP</title>
<script src="/test/fixtures/csp-probe.js"></script>
<script type="module" src="${module}"></script></head><body>
${body}
</body></html>`;
  },
});

export const securityRoutes = [
  strictPage(
    'csp-page',
    '/csp/service-status.html',
    '/src/service-status/service-status.define.ts',
    '<service-status endpoint="/api/service-status" contact-phone="+49 2324 204 0"></service-status>',
  ),
  // The map: Leaflet must load and draw under Trusted Types too.
  strictPage(
    'csp-map-page',
    '/csp/defect-reporter.html',
    '/src/defect-reporter/defect-reporter.define.ts',
    '<defect-reporter endpoint="/api/defects/config?variant=map&amp;run=csp" contact-phone="+49 2324 204 0"></defect-reporter>',
  ),
  // The catalogue is checked in a module worker: same origin, no blob:, the civic-widgets policy.
  strictPage(
    'csp-form-finder-page',
    '/csp/form-finder.html',
    '/src/form-finder/form-finder.define.ts',
    '<form-finder endpoint="/api/forms?run=csp" contact-phone="+49 2324 204 0"></form-finder>',
  ),
  // The ZMS captcha: the proof of work runs without workers, blob: URLs or another policy.
  strictPage(
    'csp-zms-captcha-page',
    '/csp/registry-booking-zms.html',
    '/src/registry-booking/registry-booking.define.ts',
    '<registry-booking api="zms" endpoint="/api/citizen/?zms=captcha&amp;run=csp" month="2099-11" contact-phone="+49 2324 204 0"></registry-booking>',
  ),
];
