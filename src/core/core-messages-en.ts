import type { Message } from './i18n.js';
import type { CoreMessageKey } from './core-messages.js';

export const en: Record<CoreMessageKey, Message> = {
  loading: 'Loading …',
  staleTitle: 'Current data is not available right now',
  staleText: 'You are seeing the last known data, as of {date}.',
  staleTextNoDate: 'You are seeing the last known data.',
  retry: 'Try again',
  retrying: 'Trying again …',
  fallbackTitle: '{name} is not available right now',
  fallbackText: 'You can still reach us by phone or e-mail:',
  fallbackNoContact:
    'Please contact your city administration by phone or e-mail, or try again later.',
  contactName: 'Office',
  phone: 'Phone',
  email: 'E-mail',
  hours: 'Hours',
  website: 'Website',
  serviceImpaired: '{service}: {status}.',
  serviceWorks: 'Note: {service} is impaired, things may take a little longer.',
  operational: 'Operational',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
  under_maintenance: 'Under maintenance',
  unknown: 'Status unclear',
};
