import { ContextRoot } from '@lit/context';
import { fallbackSlotPageStyles } from './styles.js';

const ROOT_FLAG = Symbol.for('civic-widgets:context-root');

/**
 * Lets `<city-services>` upgrade after the widgets inside it (CMS pages load scripts in any
 * order): a ContextRoot on the document replays unanswered context requests when a provider
 * appears. Attached once per page, whichever bundle comes first, with the page-level styles.
 */
function ensureContextRoot(): void {
  const flags = window as unknown as Record<symbol, boolean>;
  if (flags[ROOT_FLAG]) return;
  flags[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
  // Readable editor text in the fallback slot, whatever the page's CSS (see the styles).
  const sheet = fallbackSlotPageStyles.styleSheet;
  if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Registers a custom element. When the tag is taken already (the same bundle loaded twice, or
 * another library using the name) it warns instead of throwing, so one page's mistake does not
 * stop the other widgets.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  ensureContextRoot();
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(`civic-widgets: <${tag}> is already defined by another script; kept that one.`);
    }
    return;
  }
  customElements.define(tag, ctor);
}
