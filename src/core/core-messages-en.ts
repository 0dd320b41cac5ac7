import type { Message } from './i18n.js';
import type { CoreMessageKey } from './core-messages.js';
import english from './core-messages.en.json';

export const en: Record<CoreMessageKey, Message> = english;
