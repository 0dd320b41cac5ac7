// Pages served with a strict Content-Security-Policy and Trusted Types enforced: the tests
// load the widgets in an iframe from here to prove they run under such a policy.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export const securityRoutes = [
  {
    name: 'csp-page',
    fault: false,
    method: 'GET',
    path: '/csp/service-status.html',
    handler(ctx) {
      ctx.set('content-security-policy', STRICT_CSP);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CSP</title>
<script src="/test/fixtures/csp-probe.js"></script>
<script type="module" src="/src/service-status/service-status.define.ts"></script></head><body>
<service-status endpoint="/api/service-status" contact-phone="+49 2324 204 0"></service-status>
</body></html>`;
    },
  },
];
