import { preloadMessages } from '../core/i18n.js';

const de = {
  widgetName: 'Die Statusübersicht',
  heading: 'Status der städtischen Online-Dienste',
  updated: 'Zuletzt aktualisiert: {date}',
  serviceUpdated: 'Stand: {date}',
  alternatives: 'So geht es trotzdem:',
  incidents: 'Aktuelle Meldungen',
  since: 'seit {date}',
  scheduled: 'geplant {from} bis {until}',
  allOperational: 'Alle Online-Dienste sind in Betrieb.',
  impaired: 'Eingeschränkt: {names}',
  changed: '{service} ist jetzt: {status}.',
  noServices: 'Zurzeit liegen keine Statusmeldungen vor.',
  summaryImpaired: '{count} von {total} Diensten eingeschränkt',
  summaryUnknown: {
    one: 'Status von {count} Dienst unklar',
    other: 'Status von {count} Diensten unklar',
  },
  servicesCount: { one: '{count} Dienst', other: '{count} Dienste' },
  bannerOutage: { one: '{count} Dienst gestört', other: '{count} Dienste gestört' },
  bannerImpaired: { one: '{count} Dienst eingeschränkt', other: '{count} Dienste eingeschränkt' },
  bannerAlsoImpaired: '{count} eingeschränkt',
  details: 'Details',
  inc_investigating: 'Wird untersucht',
  inc_identified: 'Ursache erkannt',
  inc_monitoring: 'Wird beobachtet',
  inc_resolved: 'Behoben',
  inc_postmortem: 'Nachbericht',
  inc_scheduled: 'Geplant',
  inc_in_progress: 'Läuft',
  inc_verifying: 'Wird geprüft',
  inc_completed: 'Abgeschlossen',
};

export type ServiceStatusMessageKey = keyof typeof de;

export const serviceStatusMessages = preloadMessages(
  de,
  () => import('./service-status-messages-en.js'),
);
