import { preloadMessages } from '../core/i18n.js';
import german from './zms-captcha-messages.de.json';

// The captcha step of `<registry-booking api="zms">`.
// A local copy, so that the declaration files spell the keys out instead of importing the JSON.
const de = german;

export type ZmsCaptchaMessageKey = keyof typeof de;

export const zmsCaptchaMessages = preloadMessages(de, () => import('./zms-captcha-messages-en.js'));
