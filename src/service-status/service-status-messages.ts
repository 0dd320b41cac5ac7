import { preloadMessages } from '../core/i18n.js';
import german from './service-status-messages.de.json';

// A local copy, so that the declaration files spell the keys out instead of importing the JSON.
const de = german;

export type ServiceStatusMessageKey = keyof typeof de;

export const serviceStatusMessages = preloadMessages(
  de,
  () => import('./service-status-messages-en.js'),
);
