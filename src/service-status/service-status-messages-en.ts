import type { Message } from '../core/i18n.js';
import type { ServiceStatusMessageKey } from './service-status-messages.js';
import english from './service-status-messages.en.json';

export const en: Record<ServiceStatusMessageKey, Message> = english;
