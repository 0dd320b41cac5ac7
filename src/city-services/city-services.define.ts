import { defineElement } from '../core/define.js';
import { CityServices } from './city-services.js';

export { CityServices };
// The element's public API for TypeScript users (`civic-widgets/city-services`).
export type { CityServicesValue } from '../core/city-services-context.js';
export * from '../core/public-api.js';
defineElement('city-services', CityServices);

declare global {
  interface HTMLElementTagNameMap {
    'city-services': CityServices;
  }
}
