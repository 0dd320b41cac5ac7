import { css } from 'lit';

export const formFinderStyles = css`
  :host {
    --_mark: var(--civic-form-finder-mark, #ffe27a);
    --_rule: var(--civic-form-finder-rule, var(--_border));
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
    margin-bottom: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    /* At least 12em beside each other, but never wider than the widget: a long department
       name in the select must not widen the page (it needed 429 px on a 390 px phone). */
    flex: 1 1 12em;
    min-width: min(12em, 100%);
    max-width: 100%;
  }
  .grow {
    flex: 1 1 18em;
  }
  label {
    font-weight: 700;
  }
  input,
  select {
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .hint,
  .meta,
  .count {
    color: var(--_muted);
  }
  .results,
  .contacts {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .contacts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(20em, 100%), 1fr));
    gap: 0 var(--_space);
  }
  .result {
    padding: 0.75em 0;
    border-top: 1px solid var(--_rule);
    /* Remembers each item's size, which it keeps while it waits (below). */
    contain-intrinsic-size: auto none;
  }
  /* The results below the viewport, until a keystroke's paint is done (see #resultsInView):
     they still hold the last query's forms. On the item itself: a class on the list made every
     element of every result restyle (220 elements, ~6 ms at 4× CPU, twice a keystroke).
     \`content-visibility: hidden\` skips the style, layout and paint of what the item holds (and
     keeps it from assistive technology and the focus) at the size it last had (the page does
     not get shorter for a frame, which could move its scroll position), where
     \`visibility: hidden\`, an inherited property, restyled and laid out every element of the ~18
     items: the keystroke's frame took 11.1 ms of main-thread CPU at 1× instead of 12.6 (median of
     7 rounds; \`opacity: 0\` 13.0), docs/benchmarks.md. */
  .result[data-later] {
    content-visibility: hidden;
  }
  /* An item new to the list (the list grew) waits empty: nothing to skip, and Chromium counted
     the first content of a skipped item as a layout shift (0.03 on the benchmark's pages). */
  .result[data-later]:not(:has(> *)) {
    content-visibility: visible;
    visibility: hidden;
  }
  .result p {
    margin: 0.25em 0;
  }
  .title {
    margin: 0;
  }
  mark {
    background: var(--_mark);
    color: inherit;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .actions {
    align-items: center;
    margin-top: 0.5em;
  }
  .request {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  /* Quiet: the reason is said once above the results (part online-notice). */
  .unavailable {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
