// dist/civic-widgets.js, the one script tag editors paste: an autoloader. It finds this
// library's tags in the document, and tags added later (a CMS's tabs and accordions insert
// markup after load), and imports each element's module once, in parallel. A page with one
// widget loads one widget. Modelled on Shoelace's autoloader; hand-written because it must
// stay tiny (≤ 2 KB gzip) and import nothing itself.
//
// The imports are relative: an ES module resolves them against its own URL (`import.meta.url`),
// so the element modules load from wherever the city hosts dist/, and the build turns each one
// into the element's entry file (`./form-finder.js`) with the shared chunks beside it.
// `<city-services>` and the widgets work in any definition order (see src/core/define.ts).
//
// Before any element module has loaded, the page-level reserved-space sheet gives each widget
// its usual height, so the page does not jump when the widgets arrive (CLS, issue 14 §3).

import { reserveWidgetSpace } from './core/reserved-space.js';

/** Every tag of the library and how to load the module that defines it. */
const elementLoaders: Record<string, () => Promise<unknown>> = {
  'city-services': () => import('./city-services/city-services.define.js'),
  'service-status': () => import('./service-status/service-status.define.js'),
  'form-finder': () => import('./form-finder/form-finder.define.js'),
  'defect-reporter': () => import('./defect-reporter/defect-reporter.define.js'),
  'registry-booking': () => import('./registry-booking/registry-booking.define.js'),
  'report-status': () => import('./report-status/report-status.define.js'),
};

const tagSelector = Object.keys(elementLoaders).join(',');

/** One load per tag, however often the tag appears or is discovered again. */
const loading = new Map<string, Promise<void>>();

/**
 * Loads the module that defines `tag` (a tag of this library), once. Resolves when the module
 * has run; rejects with the tag named when it could not be loaded.
 */
export function loadElement(tag: string): Promise<void> {
  let load = loading.get(tag);
  if (!load) {
    const loader = elementLoaders[tag];
    load = loader
      ? loader().then(
          () => undefined,
          (cause: unknown) => {
            // A later discovery may try again (the network can come back).
            loading.delete(tag);
            throw new Error(`civic-widgets: could not load <${tag}>`, { cause });
          },
        )
      : Promise.reject(new Error(`civic-widgets: <${tag}> is not an element of this library`));
    loading.set(tag, load);
  }
  return load;
}

/**
 * Finds this library's undefined elements in `root` (itself included) and loads their modules
 * in parallel. The document is watched already; call it for a shadow root of your own.
 */
export async function discover(root: Element | Document | ShadowRoot): Promise<void> {
  const found = [...root.querySelectorAll(tagSelector)];
  if (root instanceof Element && root.matches(tagSelector)) found.push(root);
  const tags = new Set(found.map((element) => element.localName));
  const loads = [...tags].filter((tag) => !customElements.get(tag)).map(loadElement);
  for (const result of await Promise.allSettled(loads)) {
    if (result.status === 'rejected') console.error(result.reason);
  }
}

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) {
    for (const node of addedNodes) {
      if (node instanceof Element) void discover(node);
    }
  }
});

reserveWidgetSpace();
void discover(document);
observer.observe(document.documentElement, { subtree: true, childList: true });
