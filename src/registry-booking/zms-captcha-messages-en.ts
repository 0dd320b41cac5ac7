import type { Message } from '../core/i18n.js';
import type { ZmsCaptchaMessageKey } from './zms-captcha-messages.js';

export const en: Record<ZmsCaptchaMessageKey, Message> = {
  title: 'Security check',
  hint: 'So that appointments are not taken by programs, your device solves a small calculation. You do not need to type anything.',
  check: 'I am not a robot',
  working: 'The security check is running. This takes a few seconds …',
  passed: 'Security check passed.',
  passedCalendar: 'Security check passed. Loading the free appointments.',
  passedSend: 'Security check passed. You can send your booking now.',
  lapsed: 'The security check has expired. Please confirm it once more; your details are kept.',
  lapsedSend:
    'The security check has expired, the appointment has not been booked yet. Please confirm the security check once more, then send again; your details are kept.',
  first: 'Please confirm the security check first.',
  failed:
    'The security check did not work. Please try again, or make your appointment by phone or e-mail.',
  unsupported:
    'The security check cannot be solved in this browser. Please make your appointment by phone or e-mail, or try another browser.',
  again: 'Try again',
};
