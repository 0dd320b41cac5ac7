import { defineElement } from '../core/define.js';
import { ServiceStatus } from './service-status.js';
import type { ServiceStatusChangeEvent } from './service-status-events.js';

export { ServiceStatus };
// The element's public API for TypeScript users (`civic-widgets/service-status`).
export * from './service-status-events.js';
export type ServiceStatusChangeDetail = ServiceStatusChangeEvent['detail'];
export type {
  Incident,
  ServiceAlternative,
  ServiceEntry,
  ServiceStatusData,
} from './service-status-schema.js';
export * from '../core/public-api.js';
defineElement('service-status', ServiceStatus);

declare global {
  interface HTMLElementTagNameMap {
    'service-status': ServiceStatus;
  }
}
