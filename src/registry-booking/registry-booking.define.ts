import { defineElement } from '../core/define.js';
import { RegistryBooking } from './registry-booking.js';

export { RegistryBooking };
defineElement('registry-booking', RegistryBooking);

declare global {
  interface HTMLElementTagNameMap {
    'registry-booking': RegistryBooking;
  }
}
