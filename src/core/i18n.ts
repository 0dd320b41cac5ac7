import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every visible string exists in. German first. */
export type Lang = 'de' | 'en';

/**
 * A message whose words depend on a number, chosen by the `count` parameter through
 * `Intl.PluralRules` (German and English use `one` and `other`; other languages more of the CLDR
 * categories). `'=0'`, as in ICU MessageFormat, wins for exactly zero ("keine freien Termine").
 * `{count}` in the text is the number in the page's language ("10.000").
 */
export type PluralMessage = { [category in Intl.LDMLPluralRule]?: string } & {
  other: string;
  '=0'?: string;
};

/** One visible string: plain text with `{name}` placeholders, or plural forms. */
export type Message = string | PluralMessage;

/** The values of a message's `{name}` placeholders; `count` also picks the plural form. */
export type MessageParams = Record<string, string | number>;

/**
 * Gives the text of `key` in the current language: the one function type through which every
 * widget and every sub-renderer reads its strings.
 */
export type Translator<K extends string> = (key: K, params?: MessageParams) => string;

/**
 * A widget's strings: German inline, English loaded on first use (German pages never download
 * it, and `<service-status>` stays inside its 20 KB budget). `{name}` placeholders are filled
 * by {@link translate}.
 */
export interface Messages<K extends string> {
  de: Record<K, Message>;
  /** Loads the lazy chunk (a module exporting `en`). */
  en: () => Promise<{ en: Record<K, Message> }>;
  /** English, once loaded. */
  loadedEn?: Record<K, Message>;
  pendingEn?: Promise<unknown>;
}

/** Hosts to re-render when a language file arrives. */
const waiting = new Set<ReactiveControllerHost>();

/**
 * The tables whose English was asked for (on an English page, or by a widget speaking English).
 * A sentence can take words from two tables ("{name} ist gerade nicht erreichbar" from core, the
 * name from the widget's table), and the tables' English files arrive one by one: English is
 * shown only when every table asked for has its English here, so that a citizen never reads
 * "The form finder ist gerade nicht erreichbar". Until then every table speaks German.
 */
const askedForEnglish = new Set<Messages<string>>();

/** Asks for the English of `messages`, once (again after it failed to load). */
function loadEnglish<K extends string>(messages: Messages<K>): void {
  askedForEnglish.add(messages as Messages<string>);
  messages.pendingEn ??= messages.en().then(
    (module) => {
      messages.loadedEn = module.en;
      for (const host of waiting) host.requestUpdate();
    },
    () => {
      // Offline and not cached: German stays on screen (in every table, see askedForEnglish);
      // try again on the next render.
      messages.pendingEn = undefined;
    },
  );
}

/**
 * A widget's strings: German, and English as a lazy chunk (a module exporting `en`), whose
 * loading starts early on English pages, in parallel with the endpoint. A table that comes
 * later, in a lazy chunk (a form step), asks for its English as it arrives once a widget on the
 * page spoke English: that widget would otherwise speak German until it is here.
 */
export function preloadMessages<K extends string>(
  de: Record<K, Message>,
  english: () => Promise<{ en: Record<K, Message> }>,
): Messages<K> {
  const messages: Messages<K> = { de, en: english };
  if (askedForEnglish.size || toLang(globalThis.document?.documentElement.lang) === 'en') {
    loadEnglish(messages);
  }
  return messages;
}

export function toLang(tag: string | null | undefined): Lang {
  return tag && tag.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/**
 * The locale of a language for Intl's formats. en-GB, not en-US: 24-hour clock and day-month
 * order, as the city's German pages use.
 */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'de-DE';
}

// Like date formatters, plural rules and number formats are cheap to use and costly to build:
// one of each per language. (`count.toLocaleString(locale)` builds a number format on every
// call: ~15 µs a call in Chromium 156 against ~2 µs for a kept one, and `<form-finder>` writes
// counts on every keystroke.)
const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

function pluralRulesOf(lang: Lang): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(localeOf(lang))));
  return rules;
}

function numberFormatOf(lang: Lang): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(localeOf(lang))));
  return format;
}

/** The text of a plural message for `count` (its `other` form without a count). */
function pluralForm(message: PluralMessage, lang: Lang, count: unknown): string {
  if (typeof count !== 'number') return message.other;
  if (count === 0 && message['=0'] !== undefined) return message['=0'];
  return message[pluralRulesOf(lang).select(count)] ?? message.other;
}

/**
 * The text of `key` in `lang` (German while the English of this table or of another one asked
 * for is not here, or when it lacks the key), with its `{name}` placeholders filled from
 * `params` and its plural form chosen by `params.count`.
 */
export function translate<K extends string>(
  messages: Messages<K>,
  lang: Lang,
  key: K,
  params: MessageParams = {},
): string {
  let dict = messages.de;
  if (lang === 'en') {
    loadEnglish(messages);
    // Every table asked for has its English (this one too).
    if ([...askedForEnglish].every((table) => table.loadedEn)) dict = messages.loadedEn!;
  }
  const message: Message = dict[key] ?? messages.de[key] ?? key;
  const textLang = dict === messages.de ? 'de' : lang;
  const template =
    typeof message === 'string' ? message : pluralForm(message, textLang, params.count);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return name === 'count' && typeof value === 'number'
      ? numberFormatOf(textLang).format(value)
      : String(value);
  });
}

/**
 * Follows the language of the element: its own `lang`, else the nearest ancestor's
 * (`<city-services lang>`, a CMS's `<div lang>`, `<html lang>`). Re-renders the host when any of
 * these attributes changes: one observer of `lang` in the whole document (a page's language
 * switch may set it on any wrapper). A change elsewhere costs one render that draws the same:
 * pages change `lang` rarely, and checking whose it was would cost every element bytes.
 *
 * Hand-written rather than @lit/localize: that library needs a build step or runtime
 * message loading, and a CMS editor pastes one script tag; two languages fit in a dictionary.
 */
export class LangController implements ReactiveController {
  #observer?: MutationObserver;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  get lang(): Lang {
    return toLang(this.#host.closest('[lang]')?.getAttribute('lang'));
  }

  hostConnected(): void {
    waiting.add(this.#host);
    this.#observer = new MutationObserver(() => this.#host.requestUpdate());
    // An attribute filter implies `attributes: true` (DOM Standard, MutationObserver.observe()).
    // The host itself too: inside a shadow root it is not in the document's subtree.
    const options = { attributeFilter: ['lang'], subtree: true };
    this.#observer.observe(this.#host, options);
    this.#observer.observe(document.documentElement, options);
  }

  hostDisconnected(): void {
    waiting.delete(this.#host);
    this.#observer?.disconnect();
  }
}
