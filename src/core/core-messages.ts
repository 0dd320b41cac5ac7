import { preloadMessages } from './i18n.js';

const de = {
  loading: 'Wird geladen …',
  staleTitle: 'Aktuelle Daten gerade nicht erreichbar',
  staleText: 'Sie sehen den zuletzt bekannten Stand vom {date}.',
  staleTextNoDate: 'Sie sehen den zuletzt bekannten Stand.',
  retry: 'Erneut versuchen',
  retrying: 'Wird erneut versucht …',
  fallbackTitle: '{name} ist gerade nicht erreichbar',
  fallbackText: 'Sie erreichen uns weiterhin telefonisch oder per E-Mail:',
  fallbackNoContact:
    'Bitte wenden Sie sich an Ihre Stadtverwaltung, telefonisch oder per E-Mail, oder versuchen Sie es später erneut.',
  contactName: 'Stelle',
  phone: 'Telefon',
  email: 'E-Mail',
  hours: 'Erreichbar',
  website: 'Internet',
  serviceImpaired: '{service}: {status}.',
  serviceWorks: 'Hinweis: {service} ist eingeschränkt, es kann etwas länger dauern.',
  operational: 'In Betrieb',
  degraded_performance: 'Eingeschränkt',
  partial_outage: 'Teilweise gestört',
  major_outage: 'Gestört',
  under_maintenance: 'Wartungsarbeiten',
  unknown: 'Status unklar',
};

export type CoreMessageKey = keyof typeof de;

export const coreMessages = preloadMessages(de, () => import('./core-messages-en.js'));
