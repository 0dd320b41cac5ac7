// The shared widget contract (loading, ready, stale, fallback per error kind, cache off,
// storage off, the contact order, <city-services>, axe, 320 px) for <service-status>.
import '../../src/service-status/service-status.define.js';
import '../../src/city-services/city-services.define.js';
import { runCivicWidgetBaseTests } from '../core/civic-widget-base-tests.js';

runCivicWidgetBaseTests('service-status', {
  endpoint: '/api/service-status',
  attributes: { refresh: '0' },
  readyText: 'Serviceportal',
});
