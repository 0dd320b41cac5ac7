// The shared widget contract (loading, ready, stale, fallback per error kind, cache off,
// storage off, the contact order, <city-services>, axe, 320 px) for <form-finder>.
import '../../src/form-finder/form-finder.define.js';
import '../../src/city-services/city-services.define.js';
import { runCivicWidgetBaseTests } from '../core/civic-widget-base-tests.js';

runCivicWidgetBaseTests('form-finder', {
  endpoint: '/api/forms',
  readyText: 'Formulare gefunden',
});
