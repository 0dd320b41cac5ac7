// Strings of <report-status> ("Meldung verfolgen"), German in report-status-messages.de.json,
// English (report-status-messages.en.json) loaded on first use like every widget's messages.
import { preloadMessages } from '../core/i18n.js';
import german from './report-status-messages.de.json';

// A local copy, so that the declaration files spell the keys out instead of importing the JSON.
const de = german;

export type StatusMessageKey = keyof typeof de;

export const statusMessages = preloadMessages(de, () => import('./report-status-messages-en.js'));
