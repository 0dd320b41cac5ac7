import type { Message } from '../core/i18n.js';
import type { AppointmentMessageKey } from './appointment-messages.js';
import english from './appointment-messages.en.json';

export const en: Record<AppointmentMessageKey, Message> = english;
