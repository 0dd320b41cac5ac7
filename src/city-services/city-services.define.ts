import { defineElement } from '../core/define.js';
import { CityServices } from './city-services.js';

export { CityServices };
defineElement('city-services', CityServices);

declare global {
  interface HTMLElementTagNameMap {
    'city-services': CityServices;
  }
}
