// The single-file bundle for CMSs that can include only one script: defines every element.
export * from './city-services/city-services.define.js';
export * from './service-status/service-status.define.js';
export * from './form-finder/form-finder.define.js';
export * from './defect-reporter/defect-reporter.define.js';
export * from './registry-booking/registry-booking.define.js';
