import { preloadMessages } from '../core/i18n.js';
import german from './registry-booking-form-messages.de.json';

// The strings of the form step and the confirmation, which are loaded with that step
// (booking-step.ts): pages that only show the calendar do not download them.
// A local copy, so that the declaration files spell the keys out instead of importing the JSON.
const de = german;

export type RegistryFormMessageKey = keyof typeof de;

export const registryFormMessages = preloadMessages(
  de,
  () => import('./registry-booking-form-messages-en.js'),
);
