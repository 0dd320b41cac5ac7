import type { Message } from '../core/i18n.js';
import type { ZmsCaptchaMessageKey } from './zms-captcha-messages.js';
import english from './zms-captcha-messages.en.json';

export const en: Record<ZmsCaptchaMessageKey, Message> = english;
