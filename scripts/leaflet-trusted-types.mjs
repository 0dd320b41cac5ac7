// Leaflet 1.9 assigns an HTML string to innerHTML while its module loads (a feature test for
// inline SVG). On a page that enforces Trusted Types (`require-trusted-types-for 'script'`) that
// assignment throws, so the module cannot load and the map cannot open. The widget uses no other
// Leaflet code that writes HTML (no controls, popups, tooltips or HTML icons), so this one line
// is rewritten where Leaflet is bundled or served: the test creates the SVG element directly,
// which answers the same question without parsing HTML. Applied by rollup (dist/) and by the
// test server (web-test-runner.config.mjs). Fails loudly when a Leaflet update changes the line.
const FEATURE_TEST = "div.innerHTML = '<svg/>';";
const WITHOUT_HTML =
  "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));";

export const isLeaflet = (id) => /node_modules\/leaflet\/dist\/leaflet-src\.esm\.js$/.test(id);

/** Leaflet's source with the HTML-parsing feature test replaced. */
export function withoutInnerHtml(code) {
  if (!code.includes(FEATURE_TEST)) {
    throw new Error(
      'leaflet-trusted-types: the feature test to rewrite is not in this Leaflet version',
    );
  }
  return code.replace(FEATURE_TEST, WITHOUT_HTML);
}

/** Rollup plugin. */
export const leafletTrustedTypes = () => ({
  name: 'leaflet-trusted-types',
  transform(code, id) {
    return isLeaflet(id) ? { code: withoutInnerHtml(code), map: null } : null;
  },
});

/** @web/dev-server plugin (the test runner). */
export const leafletTrustedTypesServer = () => ({
  name: 'leaflet-trusted-types',
  transform(context) {
    return isLeaflet(context.path) ? { body: withoutInnerHtml(context.body) } : undefined;
  },
});
