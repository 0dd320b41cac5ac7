import { preloadMessages } from './i18n.js';
import german from './core-messages.de.json';

// A local copy, so that the declaration files spell the keys out instead of importing the JSON.
const de = german;

export type CoreMessageKey = keyof typeof de;

export const coreMessages = preloadMessages(de, () => import('./core-messages-en.js'));
