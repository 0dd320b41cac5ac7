// The shared widget contract (loading, ready, stale, fallback per error kind, cache off,
// storage off, the contact order, <city-services>, axe, 320 px) for <report-status>, reading
// the own contract's config with a `status_url`.
import '../../src/report-status/report-status.define.js';
import '../../src/city-services/city-services.define.js';
import { runCivicWidgetBaseTests } from '../core/civic-widget-base-tests.js';

runCivicWidgetBaseTests('report-status', {
  endpoint: '/api/defects/config?variant=status',
  readyText: 'Vorgangsnummer eingeben',
});
