import type { Message } from '../core/i18n.js';
import type { ServiceStatusMessageKey } from './service-status-messages.js';

export const en: Record<ServiceStatusMessageKey, Message> = {
  widgetName: 'The status overview',
  heading: 'Status of the city’s online services',
  updated: 'Last updated: {date}',
  serviceUpdated: 'As of {date}',
  alternatives: 'What you can do instead:',
  incidents: 'Current notices',
  since: 'since {date}',
  scheduled: 'scheduled {from} to {until}',
  allOperational: 'All online services are operational.',
  impaired: 'Impaired: {names}',
  changed: '{service} is now: {status}.',
  noServices: 'There are no status notices right now.',
  inc_investigating: 'Investigating',
  inc_identified: 'Identified',
  inc_monitoring: 'Monitoring',
  inc_resolved: 'Resolved',
  inc_postmortem: 'Postmortem',
  inc_scheduled: 'Scheduled',
  inc_in_progress: 'In progress',
  inc_verifying: 'Verifying',
  inc_completed: 'Completed',
};
