import type { Message } from '../core/i18n.js';
import type { Open311MessageKey } from './open311-messages.js';
import english from './open311-messages.en.json';

export const en: Record<Open311MessageKey, Message> = english;
