import { css } from 'lit';

export const serviceStatusStyles = css`
  :host {
    --_status-ok: var(--civic-service-status-ok, var(--_ok));
    --_status-warn: var(--civic-service-status-warning, var(--_warn));
    --_status-danger: var(--civic-service-status-danger, var(--_danger));
  }
  .meta {
    margin: 0 0 0.75em;
    color: var(--_muted);
    font-size: 0.95em;
  }
  ul.services,
  ul.banner,
  ul.alternatives,
  ol.updates,
  ul.incidents {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .service {
    padding: 0.75em 0;
    border-top: 1px solid var(--_surface);
  }
  .service:first-child {
    border-top: 0;
  }
  .service-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
  }
  .name {
    font-weight: 700;
  }
  /* The status is a line of text with its icon inside, so that the service's name and its
     status label share one baseline (an inline-flex box would align the icon's bottom). */
  .status {
    font-weight: 600;
  }
  .status .icon {
    margin-inline-end: 0.3em;
  }
  .s-operational {
    --_c: var(--_status-ok);
  }
  .s-degraded_performance,
  .s-under_maintenance,
  .s-unknown {
    --_c: var(--_status-warn);
  }
  .s-partial_outage,
  .s-major_outage {
    --_c: var(--_status-danger);
  }
  .status,
  .badge,
  .summary > .icon,
  ul.banner .icon,
  .banner-summary .icon {
    color: var(--_c);
  }
  .summary {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  .group {
    border-top: 1px solid var(--_surface);
  }
  .group:first-child {
    border-top: 0;
  }
  .group-heading {
    margin: 0;
    font-size: 1em;
  }
  .group-toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 0.6em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .group-toggle::before {
    content: '';
    align-self: center;
    width: 0.5em;
    height: 0.5em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  .group-toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  .group .name {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .count {
    color: var(--_muted);
    font-weight: normal;
  }
  ul.members {
    margin: 0 0 0.5em 1.25em;
  }
  .message {
    margin: 0.25em 0 0;
  }
  .alternatives-label {
    margin: 0.5em 0 0.25em;
    font-weight: 600;
  }
  ul.alternatives li {
    margin: 0.25em 0;
    padding-left: 0.75em;
    border-left: 3px solid var(--_surface);
  }
  ul.alternatives a {
    display: inline-block;
    min-height: 24px;
    margin-right: 0.75em;
  }
  /* The label, then each way to reach it on its own line, as in the contact block. */
  ul.alternatives .alternative-label,
  ul.alternatives .alternative-channel {
    display: block;
  }
  .incidents-section {
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .incident {
    margin-bottom: 0.75em;
  }
  .incident-title {
    font-weight: 700;
  }
  ol.updates li {
    margin: 0.4em 0;
  }
  time {
    color: var(--_muted);
    font-size: 0.95em;
  }
  :host([variant='banner']) .base {
    border: 0;
    padding: 0;
    background: none;
  }
  /* One line of the banner is at least as tall as the line reserved while it loads (with its
     2 px gap): a first visit with one impaired service moves nothing below it. Icon and text
     are one row centred in that height; the icon stays beside the text's first line when the
     text takes several (centred beside them, it floated beside none). */
  ul.banner li {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.6em;
    align-content: center;
    align-items: start;
    min-height: calc(max(44px, 3em) + 0.5em - 2px);
    padding: 0.6em 1em;
    margin-bottom: 2px;
    background: var(--_surface);
    border-left: 5px solid var(--_c);
  }
  ul.banner p {
    margin: 0;
  }
  ul.banner .icon {
    /* Centred on the first line: 1.25em of icon in a 1.5em line. */
    margin-top: 0.125em;
  }
  .banner-summary {
    margin: 0;
    padding: 0.25em 1em;
    background: var(--_surface);
    border-left: 5px solid var(--_c);
  }
  /* Room for two lines of text (the counts wrap on a narrow phone) and at least the 44 px
     target: the folded banner never grows past the line the page reserves for it. The button
     sits in the summary's padding; a summary paragraph (the link to details-href, the line
     saying that all work) has the padding inside, so it is as tall as the loading line. */
  .banner-toggle,
  p.banner-summary {
    display: flex;
    gap: 0.6em;
    align-items: center;
    min-height: max(44px, 3em);
    font-weight: 700;
  }
  p.banner-summary {
    min-height: calc(max(44px, 3em) + 0.5em);
  }
  p.banner-all-work {
    font-weight: normal;
  }
  .banner-toggle {
    width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  /* The chevron of the list's groups: the line unfolds. */
  .banner-toggle::after {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-inline: auto 0.25em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  .banner-toggle[aria-expanded='true']::after {
    transform: rotate(45deg);
  }
  /* A loading banner is its one line, as tall as the summary line the data fills: the height
     the page reserves for it (src/core/reserved-space.ts), so nothing below moves; on a repeat
     visit as tall as the banner was with data (set in updated()). */
  :host([variant='banner']) .loading {
    display: flex;
    align-items: center;
    min-height: calc(max(44px, 3em) + 0.5em);
    margin: 0;
    padding: 0.25em 1em;
  }
  /* A banner's or badge's fallback is its one line: no margin below it (the page's
     background showed as a strip under the banner). */
  :host(:is([variant='banner'], [variant='badge'])) [part='fallback'] {
    margin: 0;
  }
  :host([variant='banner']) .loading.visually-hidden {
    min-height: 0;
  }
  .banner-summary ul.banner li {
    padding-left: 0;
    padding-right: 0;
    background: none;
    border-left: 0;
  }
  :host([variant='badge']) {
    display: inline-block;
    /* Sized by its text: an inline-size container would be 0 px wide. */
    container-type: normal;
  }
  :host([variant='badge']) .base {
    padding: 0.25em 0.75em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    ul.banner li {
      border: 1px solid CanvasText;
      border-left-width: 5px;
    }
    /* The status colours of the icons would stay on the user's background (red on black). */
    .base svg.icon {
      color: CanvasText;
    }
  }
`;
