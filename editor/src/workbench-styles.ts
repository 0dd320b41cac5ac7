import { css } from 'lit';

/**
 * The workbench's look. Its elements render into the light DOM (labels, fields and messages are
 * ordinary page content a screen reader and a test find the usual way), so this sheet is adopted
 * by the document once (see adoptWorkbenchStyles).
 */
export const workbenchStyles = css`
  civic-workbench {
    --wb-accent: #0b57a4;
    --wb-focus: #c8102e;
    --wb-border: #6b6b6b;
    --wb-danger: #a4121d;
    --wb-warn: #7a4a00;
    --wb-ok: #1a6b2f;
    --wb-surface: #f3f4f6;
    display: block;
    max-width: 78rem;
    margin: 0 auto;
    padding: 1rem;
    font-family: system-ui, sans-serif;
    line-height: 1.5;
    color: #1b1b1b;
  }
  civic-workbench *,
  civic-workbench *::before,
  civic-workbench *::after {
    box-sizing: border-box;
  }
  civic-workbench :focus-visible {
    outline: 3px solid var(--wb-focus);
    outline-offset: 2px;
  }
  civic-workbench a {
    color: var(--wb-accent);
  }
  civic-workbench .wb-top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: baseline;
    justify-content: space-between;
  }
  civic-workbench [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid var(--wb-accent);
    margin: 1rem 0;
  }
  civic-workbench [role='tab'] {
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--wb-accent);
    border-bottom: none;
    border-radius: 4px 4px 0 0;
    background: #fff;
    color: var(--wb-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  civic-workbench [role='tab'][aria-selected='true'] {
    background: var(--wb-accent);
    color: #fff;
  }
  civic-workbench fieldset {
    border: 1px solid var(--wb-border);
    border-radius: 4px;
    margin: 0 0 1rem;
    padding: 0.75rem;
    min-width: 0;
  }
  civic-workbench legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  civic-workbench .wb-field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin: 0 0 0.75rem;
  }
  civic-workbench .wb-grid {
    display: grid;
    gap: 0 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  civic-workbench label,
  civic-workbench .wb-label {
    font-weight: 600;
  }
  civic-workbench input:not([type='checkbox']):not([type='radio']),
  civic-workbench select,
  civic-workbench textarea {
    font: inherit;
    min-height: 44px;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--wb-border);
    border-radius: 4px;
    width: 100%;
    max-width: 100%;
    background: #fff;
    color: inherit;
  }
  civic-workbench textarea {
    min-height: 5rem;
  }
  civic-workbench [aria-invalid='true'] {
    border: 2px solid var(--wb-danger);
  }
  civic-workbench .wb-error {
    /* Messages quote addresses and links: they wrap at 320 px. */
    overflow-wrap: anywhere;
    color: var(--wb-danger);
    font-weight: 600;
    margin: 0;
  }
  civic-workbench .wb-warning {
    overflow-wrap: anywhere;
    color: var(--wb-warn);
    font-weight: 600;
    margin: 0;
  }
  civic-workbench .wb-hint {
    color: #4a4a4a;
    margin: 0;
  }
  civic-workbench .wb-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4rem 1rem;
    border: 2px solid var(--wb-accent);
    border-radius: 4px;
    background: var(--wb-accent);
    color: #fff;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  civic-workbench .wb-button.secondary {
    background: #fff;
    color: var(--wb-accent);
  }
  civic-workbench .wb-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  civic-workbench .wb-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.5rem 0 1rem;
  }
  civic-workbench .wb-columns {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 64rem) {
    /* The preview is beside the form: nothing to skip to. */
    civic-workbench .wb-jump {
      display: none;
    }
    civic-workbench .wb-columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    civic-workbench .wb-sticky {
      position: sticky;
      top: 0.5rem;
      align-self: start;
      max-height: calc(100vh - 1rem);
      overflow: auto;
    }
  }
  civic-workbench .wb-problems {
    overflow-wrap: anywhere;
    border-left: 6px solid var(--wb-danger);
    background: #fdf2f2;
    padding: 0.5rem 1rem;
    margin: 0 0 1rem;
  }
  civic-workbench .wb-problems.ok {
    border-left-color: var(--wb-ok);
    background: #eef7f0;
  }
  civic-workbench .wb-warnings {
    overflow-wrap: anywhere;
    border-left: 6px solid var(--wb-warn);
    background: #fdf7ec;
    padding: 0.5rem 1rem;
    margin: 0 0 1rem;
  }
  civic-workbench .wb-frame {
    border: 1px dashed var(--wb-border);
    padding: 0.5rem;
    margin: 0 0 1rem;
    overflow: hidden;
  }
  civic-workbench .wb-frame.phone {
    width: min(100%, 320px);
  }
  civic-workbench .wb-frame > * + * {
    margin-top: 0.75rem;
  }
  civic-workbench pre {
    white-space: pre-wrap;
    word-break: break-all;
    background: var(--wb-surface);
    padding: 0.5rem;
    max-height: 20rem;
    overflow: auto;
  }
  civic-workbench table {
    border-collapse: collapse;
    width: 100%;
  }
  civic-workbench th,
  civic-workbench td {
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid #ccc;
    padding: 0.25rem 0.5rem;
  }
  civic-workbench .wb-status {
    min-height: 1.5em;
  }
  civic-workbench .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    civic-workbench [role='tab'][aria-selected='true'] {
      border-bottom: 4px solid CanvasText;
    }
  }
`;

let adopted = false;

/** Adds the workbench's sheet to the document once. */
export function adoptWorkbenchStyles(): void {
  if (adopted) return;
  adopted = true;
  const sheet = workbenchStyles.styleSheet;
  if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
