import { defineElement } from '../core/define.js';
import { DefectReporter } from './defect-reporter.js';

export { DefectReporter };
defineElement('defect-reporter', DefectReporter);

declare global {
  interface HTMLElementTagNameMap {
    'defect-reporter': DefectReporter;
  }
}
