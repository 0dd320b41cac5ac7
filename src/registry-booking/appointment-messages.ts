import { preloadMessages } from '../core/i18n.js';
import german from './appointment-messages.de.json';

// The strings of a booked appointment opened from its link (a lazy chunk): ZMS or the own contract.
// A local copy, so that the declaration files spell the keys out instead of importing the JSON.
const de = german;

export type AppointmentMessageKey = keyof typeof de;

export const appointmentMessages = preloadMessages(
  de,
  () => import('./appointment-messages-en.js'),
);
