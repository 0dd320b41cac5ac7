import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every visible string exists in. German first. */
export type Lang = 'de' | 'en';

/**
 * A widget's strings: German inline, English loaded on first use (German pages never download
 * it, and `<service-status>` stays inside its 20 KB budget). `{name}` placeholders are filled
 * by {@link translate}.
 */
export interface Messages<K extends string> {
  de: Record<K, string>;
  en: () => Promise<Record<K, string>>;
  /** English, once loaded. */
  loadedEn?: Record<K, string>;
  pendingEn?: Promise<unknown>;
}

/** Hosts to re-render when a language file arrives. */
const waiting = new Set<ReactiveControllerHost>();

function loadEnglish<K extends string>(messages: Messages<K>): void {
  messages.pendingEn ??= messages.en().then(
    (dict) => {
      messages.loadedEn = dict;
      for (const host of waiting) host.requestUpdate();
    },
    () => {
      // Offline and not cached: German stays on screen; try again on the next render.
      messages.pendingEn = undefined;
    },
  );
}

/** Starts loading English early on English pages, in parallel with the endpoint. */
export function preloadMessages<K extends string>(messages: Messages<K>): Messages<K> {
  if (toLang(globalThis.document?.documentElement.lang) === 'en') loadEnglish(messages);
  return messages;
}

export function toLang(tag: string | null | undefined): Lang {
  return tag && tag.toLowerCase().startsWith('en') ? 'en' : 'de';
}

export function translate<K extends string>(
  messages: Messages<K>,
  lang: Lang,
  key: K,
  params: Record<string, string | number> = {},
): string {
  let dict = messages.de;
  if (lang === 'en') {
    if (messages.loadedEn) dict = messages.loadedEn;
    else loadEnglish(messages);
  }
  const template = dict[key] ?? messages.de[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{${name}}`,
  );
}

/**
 * Follows the language of the element: its own `lang`, else the nearest ancestor's
 * (`<city-services lang>`, `<html lang>`). Re-renders the host when either attribute changes.
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
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.#observer.observe(this.#host, options);
    this.#observer.observe(document.documentElement, options);
  }

  hostDisconnected(): void {
    waiting.delete(this.#host);
    this.#observer?.disconnect();
  }
}
