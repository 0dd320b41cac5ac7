import { css } from 'lit';

/** The look of <report-status>: the shared base plus its list, its one field and the states. */
export const reportStatusStyles = css`
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
  label {
    font-weight: 600;
  }
  .number {
    white-space: nowrap;
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
    min-width: 0;
    min-height: 44px;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
    font: inherit;
  }
  [aria-invalid='true'] {
    outline: 2px solid var(--_danger);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
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
`;
