import { preloadMessages } from '../core/i18n.js';
import type { Message } from '../core/i18n.js';

/** The captcha step of `<registry-booking api="zms">` (German; English in the -en file). */
const de = {
  title: 'Sicherheitsabfrage',
  hint: 'Damit Termine nicht von Programmen belegt werden, löst Ihr Gerät eine kleine Rechenaufgabe. Sie müssen dafür nichts eingeben.',
  check: 'Ich bin kein Roboter',
  working: 'Die Sicherheitsabfrage läuft. Das dauert einige Sekunden …',
  passed: 'Sicherheitsabfrage bestanden.',
  passedCalendar: 'Sicherheitsabfrage bestanden. Die freien Termine werden geladen.',
  passedSend: 'Sicherheitsabfrage bestanden. Sie können Ihre Buchung jetzt senden.',
  lapsed:
    'Die Sicherheitsabfrage ist abgelaufen. Bitte bestätigen Sie sie noch einmal; Ihre Angaben bleiben erhalten.',
  lapsedSend:
    'Die Sicherheitsabfrage ist abgelaufen, der Termin wurde noch nicht gebucht. Bitte bestätigen Sie die Sicherheitsabfrage noch einmal und senden Sie dann erneut; Ihre Angaben bleiben erhalten.',
  first: 'Bitte bestätigen Sie zuerst die Sicherheitsabfrage.',
  failed:
    'Die Sicherheitsabfrage hat nicht geklappt. Bitte versuchen Sie es noch einmal, oder vereinbaren Sie Ihren Termin telefonisch oder per E-Mail.',
  unsupported:
    'Die Sicherheitsabfrage kann in diesem Browser nicht gelöst werden. Bitte vereinbaren Sie Ihren Termin telefonisch oder per E-Mail, oder versuchen Sie es mit einem anderen Browser.',
  again: 'Noch einmal versuchen',
} satisfies Record<string, Message>;

export type ZmsCaptchaMessageKey = keyof typeof de;

export const zmsCaptchaMessages = preloadMessages(de, () => import('./zms-captcha-messages-en.js'));
