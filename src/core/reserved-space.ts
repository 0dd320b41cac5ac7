// The space each widget takes before its data is there, so the page below does not jump when
// the data arrives (Cumulative Layout Shift, issue 14 §3: ≤ 0.02). One page-level stylesheet,
// in one place for both moments: before the element is defined and while it loads
// (`state="loading"`). The autoloader adds it at once, before any element module has loaded.
// An element's own entry and the bundle do not (every element's complete size is at its
// budget); there a page's own CSS can reserve the space with the same rules. A page-level rule on
// the host element, so a page's own CSS can still override it.
//
// Plain CSS text, no Lit: the autoloader must stay tiny and import nothing else. A constructable
// stylesheet, so pages with a Content-Security-Policy without 'unsafe-inline' accept it.
//
// The heights are what the widgets usually take (measured on the demo at 390 and 1280 px):
// a list, the form finder and the defect reporter are taller than a screen, so they reserve
// one (up to 60em): what is below stays off-screen while they load. A banner reserves its one
// summary line (room for two lines of text plus its padding; the banner is that line at every
// width until the citizen unfolds it), a badge one line, the registry its services.

/** The widgets' reserved heights; `:is(:not(:defined), [state='loading'])` in every rule. */
const reservedSpaceCss = `
:is(service-status, form-finder, defect-reporter, registry-booking):not(:defined, [hidden]) {
  display: block;
}
service-status[variant='badge']:not(:defined, [hidden]) {
  display: inline-block;
}
:is(
    service-status:not([variant='banner'], [variant='badge']),
    form-finder,
    defect-reporter
  ):is(:not(:defined), [state='loading']) {
  min-height: min(100vh, 60em);
}
service-status[variant='banner']:is(:not(:defined), [state='loading']) {
  min-height: calc(max(44px, 3em) + 0.5em);
}
service-status[variant='badge']:is(:not(:defined), [state='loading']) {
  min-height: 2.25em;
}
registry-booking:is(:not(:defined), [state='loading']) {
  min-height: 23em;
}
`;

const ADOPTED_FLAG = Symbol.for('civic-widgets:reserved-space');

/** Adds the reserved-space sheet to the document, once per page, whichever script comes first. */
export function reserveWidgetSpace(): void {
  const flags = window as unknown as Record<symbol, boolean>;
  if (flags[ADOPTED_FLAG]) return;
  flags[ADOPTED_FLAG] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(reservedSpaceCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
