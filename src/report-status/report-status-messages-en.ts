import type { Message } from '../core/i18n.js';
import type { StatusMessageKey } from './report-status-messages.js';
import english from './report-status-messages.en.json';

export const en: Record<StatusMessageKey, Message> = english;
