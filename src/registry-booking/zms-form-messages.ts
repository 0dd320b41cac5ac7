import { preloadMessages, translate } from '../core/i18n.js';
import german from './zms-form-messages.de.json';
import type { MessageParams } from '../core/i18n.js';
import type { FormText } from './form-text.js';

// What the form says of ZMS's answers (its error codes, the activation e-mail). Loaded with the
// ZMS adapter (zms-booking.ts), so that pages speaking the library's own contract never download
// them.
// A local copy, so that the declaration files spell the keys out instead of importing the JSON.
const de = german;

export type ZmsFormMessageKey = keyof typeof de;

export const zmsFormMessages = preloadMessages(de, () => import('./zms-form-messages-en.js'));

/** A sentence of this table, kept by the form and put in words in the language of its showing. */
export const zmsText =
  (key: ZmsFormMessageKey, params?: MessageParams): FormText =>
  (lang) =>
    translate(zmsFormMessages, lang, key, params);
