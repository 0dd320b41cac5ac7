import { defineElement } from '../core/define.js';
import { FormFinder } from './form-finder.js';

export { FormFinder };
defineElement('form-finder', FormFinder);

declare global {
  interface HTMLElementTagNameMap {
    'form-finder': FormFinder;
  }
}
