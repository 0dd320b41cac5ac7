import { defineElement } from '../core/define.js';
import { DefectReporter } from './defect-reporter.js';

export { DefectReporter };
// The element's public API for TypeScript users (`civic-widgets/defect-reporter`).
export * from './defect-reporter-events.js';
export type { Category, DefectConfig, LatLng, MapConfig } from './report-config.js';
export * from '../core/public-api.js';
defineElement('defect-reporter', DefectReporter);

declare global {
  interface HTMLElementTagNameMap {
    'defect-reporter': DefectReporter;
  }
}
