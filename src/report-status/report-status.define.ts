import { defineElement } from '../core/define.js';
import { ReportStatus } from './report-status.js';

export { ReportStatus };
// The element's public API for TypeScript users (`civic-widgets/report-status`).
export { REPORT_ID_PARAMETER } from '../defect-reporter/report-config.js';
export type { StatusConfig } from './report-status-config.js';
export type { ReportStatus as ReportState, StatusLookup } from './report-status-lookup.js';
export type { SentReport } from '../defect-reporter/sent-reports.js';
export * from '../core/public-api.js';
defineElement('report-status', ReportStatus);

declare global {
  interface HTMLElementTagNameMap {
    'report-status': ReportStatus;
  }
}
