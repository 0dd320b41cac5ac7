import { css } from 'lit';

/**
 * The shared look. Public custom properties `--civic-*` map to private `--_*` on :host, so a
 * page can theme every widget at once and a widget's internals never read a page's variables
 * by accident. Inherited text properties that CMS themes like to set globally are reset.
 *
 * Reflow (WCAG 1.4.10): a widget is never wider than its container, from 320 px up. The host is
 * an inline-size container, so it never widens the page's grid column, and `@container (…)`
 * in a widget's styles asks how wide the widget is (the host is the nearest container), not
 * the viewport; long words, e-mail addresses and URLs wrap; form controls and media shrink.
 *
 * While a widget loads, `.base` fills the height the page reserves for it (min-height: inherit;
 * src/core/reserved-space.ts), so its border frames the space the data will take.
 */
export const baseStyles = css`
  :host {
    --_font: var(--civic-font-family, inherit);
    --_text: var(--civic-color-text, #1b1b1b);
    --_muted: var(--civic-color-muted, #4a4a4a);
    --_bg: var(--civic-color-background, #ffffff);
    --_surface: var(--civic-color-surface, #f3f4f6);
    --_border: var(--civic-color-border, #6b6b6b);
    --_accent: var(--civic-color-accent, #0b57a4);
    --_accent-text: var(--civic-color-accent-text, #ffffff);
    --_focus: var(--civic-color-focus, #c8102e);
    --_ok: var(--civic-color-ok, #1a6b2f);
    --_warn: var(--civic-color-warning, #8a5300);
    --_danger: var(--civic-color-danger, #a4121d);
    --_radius: var(--civic-radius, 4px);
    --_space: var(--civic-space, 1rem);

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--civic-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    font-style: normal;
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    min-height: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
  }
  input,
  select,
  textarea,
  img,
  svg {
    min-width: 0;
    max-width: 100%;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
    max-width: 100%;
    text-align: center;
  }
  .button.secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: not-allowed;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.15em;
    font-weight: 700;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    vertical-align: -0.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .notice {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    margin: 0 0 var(--_space);
    padding: 0.75em 1em;
    border-left: 5px solid var(--_warn);
    background: var(--_surface);
  }
  .notice p {
    margin: 0;
  }
  /* A flex item is as wide as its longest word by default: let the text beside the icon wrap. */
  .notice > * {
    min-width: 0;
  }
  /* The notice of an impaired service in the status's colour, as in <service-status>
     (icons: statusIcon in icons.ts; amber unless the status is an outage). */
  .s-partial_outage,
  .s-major_outage {
    --_c: var(--_danger);
  }
  .service-notice {
    border-left-color: var(--_c, var(--_warn));
  }
  .service-notice > .icon {
    color: var(--_c, var(--_warn));
  }
  /* Loading is said in words, without an animation: nothing moves for people who prefer
     reduced motion, and nothing spins forever. */
  .loading {
    min-height: 3em;
  }
  .contact {
    margin: 0.5em 0;
    font-style: normal;
  }
  .contact dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0;
  }
  .contact dt {
    font-weight: 600;
  }
  .contact dd {
    margin: 0;
  }
  .contact a {
    display: inline-block;
    min-height: 24px;
  }
  /* In a narrow widget each label stands above its value, so that an address or a long word
     gets the whole width instead of breaking after a few letters. */
  @container (max-width: 25em) {
    .contact dl {
      display: block;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  @media (forced-colors: active) {
    .base,
    .notice,
    .button {
      border: 1px solid CanvasText;
    }
    .notice {
      border-left-width: 5px;
    }
    /* Buttons keep the user's system colours (ButtonText on ButtonFace; a link's LinkText): no
       forced-color-adjust here, which let the widgets' own white and blue through. */
  }
`;

/**
 * Page-level rules for the editor's `slot="fallback"` content. It lives in the page's DOM, so
 * the page's CSS reaches it directly (a CMS's `p { text-align: justify }` tears narrow lines
 * apart) and no rule inside a shadow root can reach a paragraph nested in it. Adopted into
 * the document once by `defineElement`; as specific as `.content p`, and adopted sheets come
 * last. (Long words there wrap already: they inherit the host's `overflow-wrap` via the slot.)
 */
export const fallbackSlotPageStyles = css`
  :is(service-status, form-finder, defect-reporter, registry-booking, report-status)
    :is([slot='fallback'], [slot='fallback'] *) {
    text-align: start;
  }
`;
