// Registers the workbench's elements and the widgets its previews show.
import '../../src/service-status/service-status.define.js';
import '../../src/form-finder/form-finder.define.js';
import '../../src/defect-reporter/defect-reporter.define.js';
import '../../src/registry-booking/registry-booking.define.js';
import '../../src/city-services/city-services.define.js';
import { defineElement } from '../../src/core/define.js';
import { CivicWorkbench } from './civic-workbench.js';
import { EmbedCode } from './embed-code.js';
import { FormsImport } from './forms-import.js';
import { StatusEditor } from './status-editor.js';

defineElement('status-editor', StatusEditor);
defineElement('forms-import', FormsImport);
defineElement('embed-code', EmbedCode);
defineElement('civic-workbench', CivicWorkbench);

declare global {
  interface HTMLElementTagNameMap {
    'civic-workbench': CivicWorkbench;
    'status-editor': StatusEditor;
    'forms-import': FormsImport;
    'embed-code': EmbedCode;
  }
}
