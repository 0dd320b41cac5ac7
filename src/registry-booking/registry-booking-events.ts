import type { EndpointError } from '../core/endpoint-error.js';

export interface RegistryBookedDetail {
  /** The booking code, e.g. "ST-4711". */
  code: string;
  /** `confirmed` (binding) or `reserved` (to be confirmed in person). */
  status: string;
  /** Service id. */
  service: string;
  /** Slot id. */
  slot: string;
  /** Start and end of the appointment (ISO 8601 with offset). */
  start: string;
  end: string;
}

/** Fired when the office accepted a booking or reservation. */
export class RegistryBookedEvent extends CustomEvent<RegistryBookedDetail> {
  static readonly eventName = 'civic-booked';
  constructor(detail: RegistryBookedDetail) {
    super(RegistryBookedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

export interface RegistryBookingFailedDetail {
  /**
   * `conflict` (the slot was taken), `invalid` (field errors), `refused` (another 4xx: the request
   * will not be taken as it is) or `failed` (5xx, 429, network, timeout: the outcome is unknown).
   */
  reason: 'conflict' | 'invalid' | 'refused' | 'failed';
  error?: EndpointError | unknown;
}

/** Fired when a booking was not accepted; what the citizen typed stays in the form. */
export class RegistryBookingFailedEvent extends CustomEvent<RegistryBookingFailedDetail> {
  static readonly eventName = 'civic-booking-failed';
  constructor(detail: RegistryBookingFailedDetail) {
    super(RegistryBookingFailedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-booked': RegistryBookedEvent;
    'civic-booking-failed': RegistryBookingFailedEvent;
  }
}
