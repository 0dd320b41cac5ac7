import { ContextRoot } from '@lit/context';

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
  // The page-level styles (the space each widget takes while it loads; the editor's fallback
  // text): the autoloader has added them before any element loaded; with an element's own entry
  // or the bundle they follow as a small lazy chunk, outside every element's initial budget.
  void import('./reserved-space.js').then(({ reserveWidgetSpace }) => reserveWidgetSpace());
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
