import type { ServiceStatusValue } from './service-health.js';

// One announcement per status change per page (issue 11 §9). A banner and a list on one page
// (the README's own example) each poll the status file and each notices every change; a
// screen-reader user must hear "Serviceportal ist jetzt: Gestört." once, not once per widget.
// The first widget on the page to notice a change says it; the others stay quiet.
//
// The page remembers, per service id, the status last announced. It lives on `window` under a
// global symbol, not in this module, so widgets from separately loaded copies of the library
// (an element's own entry beside the bundle) share it too.

const ANNOUNCED_KEY = Symbol.for('civic-widgets:announced-statuses');

function announcedStatuses(): Map<string, ServiceStatusValue> {
  const page = window as unknown as Record<symbol, Map<string, ServiceStatusValue> | undefined>;
  return (page[ANNOUNCED_KEY] ??= new Map());
}

/**
 * A widget shows service `id` for the first time, with `status`. An earlier announcement of
 * another status no longer describes the page, so the next change to it is said again (e.g.
 * by a widget added later, after the status went back).
 */
export function noteShownStatus(id: string, status: ServiceStatusValue): void {
  const announced = announcedStatuses();
  if (announced.has(id) && announced.get(id) !== status) announced.delete(id);
}

/**
 * A widget noticed that service `id` is now `status`. True for the first widget on the page to
 * notice this change (it announces it), false for every later one (the page has said it).
 */
export function claimStatusAnnouncement(id: string, status: ServiceStatusValue): boolean {
  const announced = announcedStatuses();
  if (announced.get(id) === status) return false;
  announced.set(id, status);
  return true;
}
