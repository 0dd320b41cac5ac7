import { defineElement } from '../core/define.js';
import { FormFinder } from './form-finder.js';

export { FormFinder };
// The element's public API for TypeScript users (`civic-widgets/form-finder`).
export * from './form-finder-events.js';
export type { Department, FormCatalog, FormEntry, FormFormat } from './form-catalog-types.js';
export * from '../core/public-api.js';
defineElement('form-finder', FormFinder);

declare global {
  interface HTMLElementTagNameMap {
    'form-finder': FormFinder;
  }
}
