// The space each widget takes before its data is there, so the page below does not jump when
// the data arrives (Cumulative Layout Shift, issue 14 §3: ≤ 0.02). One page-level stylesheet,
// in one place for both moments: before the element's first render (no `state` attribute yet:
// not defined, or defined and waiting for its first render, see CivicWidget.scheduleUpdate) and
// while it loads (`state="loading"`). The autoloader adds it at once, before any element module
// has loaded.
// So does the one-file bundle. An element's own entry does not (every element's complete size
// is at its budget); there a page's own CSS can reserve the space with the same rules. A
// page-level rule on the host element, so a page's own CSS can still override it.
//
// Plain CSS text, no Lit: the autoloader must stay tiny and import nothing else. A constructable
// stylesheet, so pages with a Content-Security-Policy without 'unsafe-inline' accept it.
//
// The heights are what the widgets usually take (measured on the demo at 390 and 1280 px):
// a list, the form finder and the defect reporter are taller than a screen, so they reserve
// one (up to 60em): what is below stays off-screen while they load. A banner reserves its one
// line (room for two lines of text plus its padding: the summary line it is on a phone), a badge
// one line, the registry its services. The report status reserves its heading and number form,
// what every visitor sees (the reports sent from this device come on top, as many as there are):
// 12em, and 17em on a phone, where the field's button wraps below it (in a container narrower
// than about 370 px; a phone's viewport is about as wide as the container). A wide banner is one
// line per impaired service: that height is only known from a visit before, so each banner
// remembers the height it had with data (per endpoint, as written in its attribute) and the next
// visit reserves that.

/** The widgets' reserved heights; `:is(:not([state]), [state='loading'])` in every rule. */
const reservedSpaceCss = `
:is(
    service-status,
    form-finder,
    defect-reporter,
    registry-booking,
    report-status
  ):not([state], [hidden]) {
  display: block;
}
service-status[variant='badge']:not([state], [hidden]) {
  display: inline-block;
}
:is(
    service-status:not([variant='banner'], [variant='badge']),
    form-finder,
    defect-reporter
  ):is(:not([state]), [state='loading']) {
  min-height: min(100vh, 60em);
}
service-status[variant='banner']:is(:not([state]), [state='loading']) {
  min-height: calc(max(44px, 3em) + 0.5em);
}
service-status[variant='badge']:is(:not([state]), [state='loading']) {
  min-height: 2.25em;
}
registry-booking:is(:not([state]), [state='loading']) {
  min-height: 23em;
}
report-status:is(:not([state]), [state='loading']) {
  min-height: 12em;
}
@media (max-width: 25em) {
  report-status:is(:not([state]), [state='loading']) {
    min-height: 17em;
  }
}
`;

const ADOPTED_FLAG = Symbol.for('civic-widgets:reserved-space');
const BANNER_HEIGHTS_KEY = 'civic-widgets:banner-heights';
/** Endpoints remembered at most: a CMS that adds a cache-busting query makes a new one per edit. */
const REMEMBERED_BANNERS = 10;

/** The height (px) each status banner had with data last time, by its `endpoint` attribute. */
export function rememberedBannerHeights(): Map<string, number> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(BANNER_HEIGHTS_KEY) ?? '{}');
    return new Map(
      Object.entries(stored ?? {}).filter(
        (entry): entry is [string, number] =>
          typeof entry[1] === 'number' && entry[1] >= 0 && entry[1] < 5000,
      ),
    );
  } catch {
    return new Map(); // storage off (private mode, a policy) or an unreadable entry
  }
}

/** Keeps the height (px) a status banner has with data, for the next visit's reserved space. */
export function rememberBannerHeight(endpoint: string, height: number): void {
  const heights = rememberedBannerHeights();
  if (heights.get(endpoint) === height) return;
  // The newest last; the oldest go first.
  heights.delete(endpoint);
  heights.set(endpoint, height);
  for (const oldest of [...heights.keys()].slice(0, -REMEMBERED_BANNERS)) heights.delete(oldest);
  try {
    localStorage.setItem(BANNER_HEIGHTS_KEY, JSON.stringify(Object.fromEntries(heights)));
  } catch {
    // Storage full or off: the next visit reserves the one line.
  }
}

/** The page-level rules reserving each remembered banner's height (the more specific rule wins). */
export function rememberedBannerCss(): string {
  return [...rememberedBannerHeights()]
    .map(
      ([endpoint, height]) =>
        `service-status[variant='banner'][endpoint="${CSS.escape(endpoint)}"]:is(:not([state]), [state='loading']) { min-height: ${height}px; }`,
    )
    .join('\n');
}

/** Adds the reserved-space sheet to the document, once per page, whichever script comes first. */
export function reserveWidgetSpace(): void {
  const flags = window as unknown as Record<symbol, boolean>;
  if (flags[ADOPTED_FLAG]) return;
  flags[ADOPTED_FLAG] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(reservedSpaceCss + rememberedBannerCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
