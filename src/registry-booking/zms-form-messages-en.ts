import type { Message } from '../core/i18n.js';
import type { ZmsFormMessageKey } from './zms-form-messages.js';
import english from './zms-form-messages.en.json';

export const en: Record<ZmsFormMessageKey, Message> = english;
