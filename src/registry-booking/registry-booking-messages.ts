import { preloadMessages } from '../core/i18n.js';
import german from './registry-booking-messages.de.json';

// A local copy, so that the declaration files spell the keys out instead of importing the JSON.
const de = german;

export type RegistryMessageKey = keyof typeof de;

export const registryMessages = preloadMessages(
  de,
  () => import('./registry-booking-messages-en.js'),
);
