import type { Message } from '../core/i18n.js';
import type { RegistryFormMessageKey } from './registry-booking-form-messages.js';
import english from './registry-booking-form-messages.en.json';

export const en: Record<RegistryFormMessageKey, Message> = english;
