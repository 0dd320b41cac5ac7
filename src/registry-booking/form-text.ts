/**
 * The sentences of <registry-booking>'s form step (a part of its lazy chunk), and the ones it
 * keeps to show later: a field's error, why sending failed, why the time went away, what ZMS asks
 * after booking. Those are kept as the key of their message and its parameters and translated
 * each time they are shown, in the language of that moment: a kept sentence never stays in the
 * language it was made in (German while a table's English was still loading, or before the page
 * switched language).
 */
import { translate } from '../core/i18n.js';
import { registryFormMessages } from './registry-booking-form-messages.js';
import type { Lang, MessageParams } from '../core/i18n.js';
import type { FormTranslate } from './booking-text.js';
import type { BookingViewContext, Wording } from './booking-view-context.js';
import type { RegistryFormMessageKey } from './registry-booking-form-messages.js';
import type { ZmsCaptchaMessageKey } from './zms-captcha-messages.js';

/** A sentence kept by the form, to be put in words when it is shown. */
export type FormText =
  /** A message of the form step's table (registry-booking-form-messages.ts). */
  | { key: RegistryFormMessageKey; params?: MessageParams }
  /** A message of the captcha's table (zms-captcha-messages.ts, in the captcha's own chunk). */
  | { captcha: ZmsCaptchaMessageKey }
  /**
   * A sentence of a table in another chunk, in words for the language asked (what the ZMS
   * adapter says: zms-form-messages.ts `zmsText`).
   */
  | ((lang: Lang) => string)
  /** The server's own sentence (a field error of the library's contract), shown as it came. */
  | string;

/** The strings of the form step (registry-booking-form-messages.ts), a part of its lazy chunk. */
export const formTranslator =
  (view: Wording): FormTranslate =>
  (key, params) =>
    translate(registryFormMessages, view.lang, key, params);

/** A kept sentence in the language the widget speaks now. */
export function formText(view: BookingViewContext, text: FormText): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'function') return text(view.lang);
  if ('captcha' in text) return view.captcha?.text(text.captcha) ?? '';
  return formTranslator(view)(text.key, text.params);
}
