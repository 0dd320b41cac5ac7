/**
 * A page's first `Intl` formatter costs more than a long task's 50 ms at 4× CPU, whatever it is:
 * the browser first lists, once per process, the locales it has data for (Chromium opens each
 * locale's data for that: ~45 ms at 4× CPU), then builds the formatter (~10 ms: patterns, the
 * time zone's rules). Other options do not avoid it: `dateStyle` or components, with or without
 * `timeZone`, a date, a number or `toLocaleString` first, all cost the same 60–110 ms
 * (measured in Chromium 156, docs/benchmarks.md). So a widget that shows dates or counts has
 * these steps done while it waits for its data, each in a task of its own, and the render with
 * the data finds them done instead of doing them all in one long task.
 */

/** The locale lists are built once per page; a second widget only adds its own formats. */
let localesListed = false;

/**
 * Runs the browser's one-time Intl set-up and then each of `formats` (a call that builds and
 * caches a formatter the widget needs, e.g. `() => formatDateTime(new Date(), lang)`), each in
 * a task of its own, in this order, without waiting for them.
 */
export function warmUpIntl(...formats: Array<() => unknown>): void {
  const steps = localesListed
    ? formats
    : [
        () => Intl.Collator.supportedLocalesOf('de'),
        () => Intl.DateTimeFormat.supportedLocalesOf('de'),
        () => Intl.NumberFormat.supportedLocalesOf('de'),
        ...formats,
      ];
  localesListed = true;
  for (const step of steps) setTimeout(step);
}
