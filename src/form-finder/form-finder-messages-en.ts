import type { Message } from '../core/i18n.js';
import type { FormFinderMessageKey } from './form-finder-messages.js';
import english from './form-finder-messages.en.json';

export const en: Record<FormFinderMessageKey, Message> = english;
