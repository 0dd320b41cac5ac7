// dist/civic-widgets.bundle.js, the fallback for hosts that can serve only one file: defines
// every element at once (the optional map still loads from dist/leaflet.js beside it). Pages
// normally include dist/civic-widgets.js, the autoloader, which loads only the elements used.
// Like the autoloader, it reserves each widget's room on the page (src/core/reserved-space.ts).
import { reserveWidgetSpace } from './core/reserved-space.js';

export * from './city-services/city-services.define.js';
export * from './service-status/service-status.define.js';
export * from './form-finder/form-finder.define.js';
export * from './defect-reporter/defect-reporter.define.js';
export * from './registry-booking/registry-booking.define.js';
export * from './report-status/report-status.define.js';

reserveWidgetSpace();
