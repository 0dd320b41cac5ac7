/**
 * The page's first paint, as a promise: a large download waits for it, so that on a slow
 * network it does not share the line with what the city's page needs to show first (its style
 * sheet, fonts, images). `<form-finder>`'s catalogue of 10,000 forms is ~480 KB compressed, two
 * to three seconds on slow 4G.
 *
 * Written here, not taken from a library: it is one observer of the browser's Paint Timing
 * entries and a time limit.
 */

/** How long a download waits at most for a paint that does not come. */
export const FIRST_PAINT_LIMIT_MS = 3000;

const FIRST_CONTENTFUL_PAINT = 'first-contentful-paint';

/** The page's one wait, shared by every caller. */
let firstPaint: Promise<void> | undefined;

/**
 * Resolves once the page has shown its first content (the browser's first contentful paint):
 * at once when it has, when the tab is hidden (a hidden page paints nothing, and what the tab
 * shows should be ready when the citizen turns to it) and where the browser does not report
 * paints; at the latest after {@link FIRST_PAINT_LIMIT_MS}, so nothing waits for ever.
 */
export function afterFirstPaint(): Promise<void> {
  const painted =
    document.visibilityState === 'hidden' ||
    !PerformanceObserver.supportedEntryTypes?.includes('paint') ||
    performance.getEntriesByName(FIRST_CONTENTFUL_PAINT).length > 0;
  if (painted) return Promise.resolve();
  firstPaint ??= new Promise<void>((resolve) => {
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName(FIRST_CONTENTFUL_PAINT).length > 0) done();
    });
    const limit = setTimeout(() => done(), FIRST_PAINT_LIMIT_MS);
    function done() {
      observer.disconnect();
      clearTimeout(limit);
      resolve();
    }
    observer.observe({ type: 'paint' });
  });
  return firstPaint;
}
