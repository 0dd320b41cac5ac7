import { preloadMessages } from '../core/i18n.js';
import german from './form-finder-messages.de.json';

// A local copy, so that the declaration files spell the keys out instead of importing the JSON.
const de = german;

export type FormFinderMessageKey = keyof typeof de;

export const formFinderMessages = preloadMessages(de, () => import('./form-finder-messages-en.js'));
