import type { ServiceStatusValue } from '../core/service-health.js';

export interface ServiceStatusChange {
  id: string;
  name: string;
  from: ServiceStatusValue;
  to: ServiceStatusValue;
}

/** Fired when a refresh finds that services changed their status. */
export class ServiceStatusChangeEvent extends CustomEvent<{ changes: ServiceStatusChange[] }> {
  static readonly eventName = 'civic-status-change';
  constructor(detail: { changes: ServiceStatusChange[] }) {
    super(ServiceStatusChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-status-change': ServiceStatusChangeEvent;
  }
}
