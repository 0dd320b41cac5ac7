import { css } from 'lit';
import { fieldStyles } from '../core/field-styles.js';

/** The look of <defect-reporter>: the shared fields (field-styles.ts), its steps and panels. */
export const defectReporterStyles = [
  fieldStyles,
  css`
    :host {
      --_error: var(--civic-defect-reporter-error, var(--_danger));
    }
    .hint {
      margin: 0.25em 0;
      color: var(--_muted);
    }
    #dr-step {
      outline: none;
    }
    .field,
    fieldset {
      margin: 0 0 var(--_space);
      padding: 0;
      border: 0;
    }
    legend {
      font-weight: 600;
    }
    input,
    textarea {
      display: block;
      width: 100%;
      margin-top: 0.25em;
    }
    .choice {
      display: flex;
      gap: 0.6em;
      align-items: flex-start;
      min-height: 44px;
      padding: 0.4em 0;
      font-weight: 400;
    }
    .choice input {
      flex: none;
      width: 1.4em;
      min-height: 1.4em;
      margin: 0.15em 0 0;
      accent-color: var(--_accent);
    }
    .choice .hint {
      display: block;
    }
    .error {
      display: flex;
      gap: 0.4em;
    }
    .error-box,
    .emergency {
      border-left-color: var(--_error);
    }
    .ok {
      border-left-color: var(--civic-defect-reporter-ok, var(--_ok));
    }
    /* The line under the outbox's buttons ("Oder melden Sie den Mangel telefonisch") keeps their
       distance: a notice's paragraphs have none, and the focus ring touched it. */
    .map-box,
    .actions + p {
      margin-top: 0.75em;
    }
    .thumbs,
    .notice ul {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      padding: 0;
      list-style: none;
    }
    .thumbs img {
      display: block;
      width: 10em;
      height: 7.5em;
      object-fit: cover;
    }
    .hp {
      position: absolute;
      left: -9999px;
    }
    .review dt {
      margin-top: 0.75em;
      font-weight: 700;
    }
    .review dd {
      margin: 0;
    }
    .fallback + .form {
      margin-top: 1.5em;
    }
    /* What the citizen typed, line breaks kept (long words wrap: :host has overflow-wrap). */
    .value {
      white-space: pre-wrap;
      font: inherit;
    }
    .link,
    summary {
      min-height: 44px;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      cursor: pointer;
    }
    .reference {
      font-size: 1.2em;
      font-weight: 700;
    }
    /* The number in one piece ("HAT-1999-0001" not broken at its hyphens), broken anywhere only
       where it is longer than a line (a server's long token on a 320 px phone). */
    .reference span {
      display: inline-block;
      overflow-wrap: anywhere;
    }
  `,
];
