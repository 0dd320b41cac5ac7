// Helpers shared by the <city-services> tests.
import { waitForState } from '../helpers.js';
import type { EndpointState } from '../../src/core/endpoint-controller.js';

/** The `<service-status>` inside `root` (a page fixture), once it has reached `state`. */
export async function statusWidgetIn(root: Element, state: EndpointState): Promise<HTMLElement> {
  const el = root.querySelector<HTMLElement>('service-status')!;
  await waitForState(el, state);
  return el;
}
