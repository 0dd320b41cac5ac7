// The shared widget contract (loading, ready, stale, fallback per error kind, cache off,
// storage off, the contact order, <city-services>, axe, 320 px) for <defect-reporter>.
import '../../src/defect-reporter/defect-reporter.define.js';
import '../../src/city-services/city-services.define.js';
import { runCivicWidgetBaseTests } from '../core/civic-widget-base-tests.js';

runCivicWidgetBaseTests('defect-reporter', {
  endpoint: '/api/defects/config',
  readyText: 'Was möchten Sie melden?',
});
