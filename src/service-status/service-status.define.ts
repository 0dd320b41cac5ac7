import { defineElement } from '../core/define.js';
import { ServiceStatus } from './service-status.js';

export { ServiceStatus };
defineElement('service-status', ServiceStatus);

declare global {
  interface HTMLElementTagNameMap {
    'service-status': ServiceStatus;
  }
}
