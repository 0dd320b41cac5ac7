import { css } from 'lit';
import { fieldStyles } from '../core/field-styles.js';

/** The look of <report-status>: the shared field (field-styles.ts), its list and the states. */
export const reportStatusStyles = [
  fieldStyles,
  css`
    :host {
      --_open: var(--civic-report-status-open, var(--_accent));
      --_closed: var(--civic-report-status-closed, var(--_ok));
    }
    p {
      margin: 0.25em 0;
    }
    .hint {
      color: var(--_muted);
    }
    .sent {
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }
    .sent li {
      padding: 0.5em 0;
      border-top: 1px solid var(--_border);
    }
    .report-status {
      margin: 0.5em 0;
      padding: 0.5em 0.75em;
      border-left: 5px solid var(--_warn);
      background: var(--_surface);
    }
    .report-status[data-state='open'] {
      border-left-color: var(--_open);
    }
    .report-status[data-state='closed'] {
      border-left-color: var(--_closed);
    }
    .report-status[data-state='busy'] {
      border-left-color: var(--_border);
    }
    form {
      margin: var(--_space) 0;
    }
    /* A number in one piece (not broken at its hyphens), broken anywhere only where it is longer
       than a line (a server's long token on a 320 px phone), as in the reporter's confirmation. */
    .number {
      display: inline-block;
      overflow-wrap: anywhere;
    }
    .row {
      max-width: 36em;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: flex-end;
    }
    input {
      flex: 1 1 12em;
    }
    .link {
      min-height: 44px;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      cursor: pointer;
    }
  `,
];
