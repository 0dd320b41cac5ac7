/**
 * A page's first `Intl` formatter costs more than a long task's 50 ms at 4× CPU, whatever it is
 * (components or `dateStyle`, with or without `timeZone`, a date, a number or `toLocaleString`
 * first: 60–110 ms, measured in Chromium 156, docs/benchmarks.md). Most of it is done once per
 * browser process: ICU's table of locale extension keys (`ca`, `nu`, `co` …: 30–45 ms, also
 * needed to list the locales), then the lists of the locales the browser has data for (all:
 * ~25 ms; for dates ~15 more, numbers ~10); the formatter itself takes 5–15 ms. So a widget
 * that shows dates or counts has these steps done while it waits for its data, each in a task
 * of its own, and the render with the data finds them done instead of doing them all in one
 * long task. The segmenter's list is asked for only as a step: it is the list of all locales
 * that the others narrow down.
 */

/**
 * The browser's one-time Intl set-up, step by step. ICU's tables and lists are the browser
 * process's, shared by its threads: a worker of the widget's own that runs these steps before a
 * page's first format makes that format cheap on the page (form-catalog-worker.ts does).
 */
export const intlSetUpSteps: ReadonlyArray<() => unknown> = [
  // The calendar every format asks for (format.ts): the first extension key read.
  () => new Intl.Locale('de', { calendar: 'gregory' }),
  // Firefox has Intl.Segmenter from 125 only (ESR 115 is supported): no step there.
  () => 'Segmenter' in Intl && Intl.Segmenter.supportedLocalesOf('de'),
  () => Intl.DateTimeFormat.supportedLocalesOf('de'),
  () => Intl.NumberFormat.supportedLocalesOf('de'),
];

/** The one-time steps are started once per page; a second widget only adds its own formats. */
let setUp = false;

/**
 * Runs the browser's one-time Intl set-up ({@link intlSetUpSteps}) and then each of `formats`
 * (a call that builds and caches a formatter the widget needs, e.g.
 * `() => formatDateTime(new Date(), lang)`), each in a task of its own, in this order, without
 * waiting for them.
 */
export function warmUpIntl(...formats: Array<() => unknown>): void {
  const steps = setUp ? formats : [...intlSetUpSteps, ...formats];
  setUp = true;
  for (const step of steps) setTimeout(step);
}
