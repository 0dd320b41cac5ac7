// The shared widget contract (loading, ready, stale, fallback per error kind, cache off,
// storage off, the contact order, <city-services>, axe, 320 px) for <registry-booking>.
import '../../src/registry-booking/registry-booking.define.js';
import '../../src/city-services/city-services.define.js';
import { runCivicWidgetBaseTests } from '../core/civic-widget-base-tests.js';

runCivicWidgetBaseTests('registry-booking', {
  endpoint: '/api/registry',
  attributes: { month: '2099-11' },
  readyText: 'Beurkundung einer Vaterschaftsanerkennung',
});
