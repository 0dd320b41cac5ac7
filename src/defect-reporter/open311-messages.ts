// Strings of the Open311 chunk (a service's questions, the refusals read for the citizen, the phone field),
// German in open311-messages.de.json, English (open311-messages.en.json) loaded on first use like
// every widget's messages.
import { preloadMessages } from '../core/i18n.js';
import german from './open311-messages.de.json';

// A local copy, so that the declaration files spell the keys out instead of importing the JSON.
const de = german;

export type Open311MessageKey = keyof typeof de;

export const open311Messages = preloadMessages(de, () => import('./open311-messages-en.js'));
