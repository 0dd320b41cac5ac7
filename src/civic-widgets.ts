// dist/civic-widgets.js, the one script tag editors paste: an autoloader. It finds this
// library's tags in the document, and tags added later (a CMS's tabs and accordions insert
// markup after load), and imports each element's module once, in parallel, when one of its
// elements is in view or near it (see nearViewport). A page with one widget loads one widget.
// Modelled on Shoelace's autoloader; hand-written because it must stay tiny (≤ 2 KB gzip) and
// import nothing itself.
//
// The imports are relative: an ES module resolves them against its own URL (`import.meta.url`),
// so the element modules load from wherever the city hosts dist/, and the build turns each one
// into the element's entry file (`./form-finder.js`) with the shared chunks beside it.
// `<city-services>` and the widgets work in any definition order (see src/core/define.ts).
//
// Before any element module has loaded, the page-level reserved-space sheet gives each widget
// its usual height, so the page does not jump when the widgets arrive (CLS, issue 14 §3).

import { reserveWidgetSpace } from './core/reserved-space.js';
import { mailtoHref, telHref } from './core/safe-url.js';

// Types only, gone from the script: a page's TypeScript that imports the autoloader gets what the
// element entries give, the tags' classes (`querySelector('form-finder')` is a FormFinder),
// their events and payload types.
export type * from './civic-widgets.bundle.js';

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
 * Tags loaded as soon as they are found, wherever they are: `<city-services>` holds the
 * page-wide settings of the widgets inside it and has no box of its own to be seen.
 */
const loadedAtOnce = new Set(['city-services']);

/**
 * A widget far down the page loads when the citizen scrolls to within half a screen of it, as
 * an image with `loading="lazy"` does: on a phone the widgets in view get the thread and the
 * network first, and one that is never reached costs nothing. Half a screen leaves the module
 * (one request, a few KB, on a page that already has the shared chunks) time to arrive while
 * the citizen reads on; on the demo a whole screen still started the form finder during load.
 * `loading="eager"` on the tag loads it at once. Until its module is there, the widget keeps its
 * reserved space and shows its fallback content. Where the browser has no IntersectionObserver,
 * everything loads at once. Once one element of a tag is near, its module defines every element
 * of that tag on the page.
 */
const nearViewport =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const { target, isIntersecting } of entries) {
            if (!isIntersecting) continue;
            nearViewport?.unobserve(target);
            waiting.delete(target);
            void loadAll([target.localName]);
          }
        },
        { rootMargin: '50% 0px' },
      )
    : undefined;

/** The widgets waiting, far down, for the citizen to come near. */
const waiting = new Set<Element>();

/** Whether every widget found loads at once: no IntersectionObserver, or a keyboard user. */
let everythingAtOnce = !nearViewport;

/**
 * Keyboard users move through the page by focus, not by scrolling near each widget: a widget
 * still waiting would have nothing to focus when Tab reaches it (it draws itself a moment
 * later), and Tab would pass over it to the page's footer. So the first Tab loads every waiting
 * widget, and widgets found later load at once.
 */
addEventListener(
  'keydown',
  ({ key }) => {
    if (key !== 'Tab' || everythingAtOnce) return;
    everythingAtOnce = true;
    nearViewport?.disconnect();
    void loadAll(new Set([...waiting].map((element) => element.localName)));
    waiting.clear();
  },
  { capture: true },
);

/**
 * How long a module may take before its widgets show the contact meanwhile: a stalled
 * connection (a phone on a train) neither delivers nor fails for minutes, and the widget would
 * be an empty box until then. Long enough for a widget's modules over a slow mobile network.
 */
const SLOW_LOAD_MS = 8000;

/**
 * Loads the modules of `tags` in parallel; a failed load is reported, not thrown, and its
 * widgets show the page's contact ({@link showContact}), as do those of a load that takes over
 * {@link SLOW_LOAD_MS}: there the module may still come, and its widgets draw themselves then.
 */
async function loadAll(tags: Iterable<string>): Promise<void> {
  const missing = [...tags].filter((tag) => !customElements.get(tag));
  const slow = setTimeout(() => {
    for (const tag of missing) if (!customElements.get(tag)) showContact(tag, false);
  }, SLOW_LOAD_MS);
  const results = await Promise.allSettled(missing.map(loadElement));
  clearTimeout(slow);
  keepFocus();
  results.forEach((result, index) => {
    const tag = missing[index]!;
    if (result.status === 'fulfilled') {
      // Came late: the line would stand in for the widget's own fallback (slotted content wins).
      for (const line of document.querySelectorAll(`${tag} > [data-civic-contact]`)) line.remove();
      return;
    }
    console.error(result.reason);
    showContact(tag, true);
  });
}

/**
 * The widgets of `tag`, whose module could not be loaded (a broken deploy, the network gone) or
 * is slow to come, would stay empty boxes, and browsers keep a failed module failed for the
 * page's life: each one without fallback content of the editor's (`slot="fallback"`) gets a line
 * with its contact from its `contact-phone` and `contact-email` (or those of the
 * `<city-services>` around it), as links, or where to find one. When the load `failed`, each is
 * marked `state="fallback"`, which gives back the space reserved for it. Plain DOM: nothing of
 * the widgets' code is here.
 */
function showContact(tag: string, failed: boolean): void {
  for (const widget of document.querySelectorAll(tag)) {
    // As the widget says of itself when it shows its fallback; its reserved space goes with it.
    // Not while the module may still come: the widget would push the page down when it does.
    if (failed) widget.setAttribute('state', 'fallback');
    if (widget.querySelector('[slot="fallback"]')) continue;
    const contact = (name: string) =>
      widget.getAttribute(`contact-${name}`) ??
      widget.closest('city-services')?.getAttribute(`contact-${name}`);
    const english = /^en/i.test(widget.closest('[lang]')?.getAttribute('lang') ?? '');
    const phone = contact('phone');
    const email = contact('email');
    const line = document.createElement('p');
    line.slot = 'fallback';
    line.dataset.civicContact = '';
    line.append(
      english
        ? 'This service cannot be shown right now.'
        : 'Dieser Dienst kann gerade nicht angezeigt werden.',
    );
    // Linked as the widgets link them (the same rules for "(0)" after "+49", for an address).
    const links: [string, string | null | undefined, typeof telHref][] = [
      [english ? 'Phone' : 'Telefon', phone, telHref],
      ['E-Mail', email, mailtoHref],
    ];
    for (const [label, text, hrefOf] of links) {
      if (!text) continue;
      const link = document.createElement('a');
      const href = hrefOf(text);
      if (href) link.href = href;
      link.textContent = text;
      line.append(` ${label}: `, link);
    }
    if (!phone && !email) {
      line.append(
        english
          ? ' The phone number and e-mail address are in this website’s legal notice (Impressum).'
          : ' Telefonnummer und E-Mail-Adresse stehen im Impressum dieser Website.',
      );
    }
    widget.append(line);
  }
}

/**
 * A citizen who tabbed to a link of a widget's fallback content before its module arrived (a
 * widget far down loads when scrolled to) would lose the focus when the widget draws itself:
 * the fallback content is then no longer shown. So, once the widget has left its loading state:
 * when it shows the fallback content again (it gave up), the link keeps (or gets back) the
 * focus; otherwise the focus goes to the widget's heading, so a screen reader says where the
 * citizen is ("Mangel melden, Überschrift"), and Tab goes on inside it; a widget without a
 * heading (a status badge) takes the focus itself. Called when modules have loaded, before the
 * widgets' first render.
 */
function keepFocus(): void {
  const focused = document.activeElement;
  const widget = focused?.closest<HTMLElement & { updateComplete?: Promise<unknown> }>(tagSelector);
  if (!focused || !widget || widget === focused || !customElements.get(widget.localName)) return;
  void untilLoaded(widget).then(async () => {
    await widget.updateComplete;
    // Still on the link, or dropped to the page (Firefox drops it when the link is hidden): not
    // when the citizen has moved on meanwhile.
    const now = document.activeElement;
    if (now !== focused && now !== document.body) return;
    if (focused.getClientRects().length > 0) {
      if (now !== focused) (focused as HTMLElement).focus({ preventScroll: true });
      return;
    }
    const heading = widget.shadowRoot?.querySelector<HTMLElement>(
      '[role="heading"], h1, h2, h3, h4, h5, h6',
    );
    if (heading?.getClientRects().length) {
      focusForNow(heading);
      // Drawn a little below where the link was: the focused heading is shown whole.
      heading.scrollIntoView({ block: 'nearest' });
    } else {
      focusForNow(widget);
    }
  });
}

/** Resolves when `widget` has drawn itself with its data or its fallback (not loading). */
function untilLoaded(widget: HTMLElement): Promise<void> {
  const loaded = () => !['', null, 'loading'].includes(widget.getAttribute('state'));
  return new Promise((resolve) => {
    if (loaded()) return resolve();
    const stateChanges = new MutationObserver(() => {
      if (!loaded()) return;
      stateChanges.disconnect();
      resolve();
    });
    stateChanges.observe(widget, { attributeFilter: ['state'] });
  });
}

/** Focuses `element` from script only: the tabindex it needs for that goes on blur. */
function focusForNow(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) {
    element.tabIndex = -1;
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: true });
}

/**
 * Finds this library's undefined elements in `root` (itself included): loads the modules of
 * `<city-services>` and of elements marked `loading="eager"` at once, in parallel, and those of
 * the others when one of their elements comes within half a screen of the viewport (after the
 * page's first Tab key press, at once). Resolves when the modules loaded at once have run. The
 * document is watched already; call it for a shadow root of your own.
 */
export async function discover(root: Element | Document | ShadowRoot): Promise<void> {
  const found = [...root.querySelectorAll(tagSelector)];
  if (root instanceof Element && root.matches(tagSelector)) found.push(root);
  const atOnce = new Set<string>();
  for (const element of found) {
    if (customElements.get(element.localName)) continue;
    const eager =
      loadedAtOnce.has(element.localName) || element.getAttribute('loading') === 'eager';
    if (eager || everythingAtOnce || !nearViewport) atOnce.add(element.localName);
    else {
      waiting.add(element);
      nearViewport.observe(element);
    }
  }
  await loadAll(atOnce);
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
