import type { Message } from '../core/i18n.js';
import type { RegistryMessageKey } from './registry-booking-messages.js';
import english from './registry-booking-messages.en.json';

export const en: Record<RegistryMessageKey, Message> = english;
