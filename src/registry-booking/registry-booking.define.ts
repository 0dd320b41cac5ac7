import { defineElement } from '../core/define.js';
import { RegistryBooking } from './registry-booking.js';

export { RegistryBooking };
// The element's public API for TypeScript users (`civic-widgets/registry-booking`).
export * from './registry-booking-events.js';
export type {
  BookingRequest,
  BookingResult,
  Office,
  RegistryConfig,
  RegistryService,
  ServiceMode,
  SlotsData,
} from './registry-booking-schema.js';
export * from '../core/public-api.js';
defineElement('registry-booking', RegistryBooking);

declare global {
  interface HTMLElementTagNameMap {
    'registry-booking': RegistryBooking;
  }
}
