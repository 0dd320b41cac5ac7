import { css } from 'lit';

/**
 * The look of the text fields of the widgets that ask the citizen to type (`<defect-reporter>`,
 * `<report-status>`'s "Vorgangsnummer"): bold labels; fields at least 44 px high with the
 * widget's border, corners and background in the page's font; an invalid field outlined and
 * its message in the error colour (`--_error` where the widget maps one, else the danger
 * colour). A module of its own, so that only the elements whose styles include it pay for it.
 */
export const fieldStyles = css`
  label {
    font-weight: 600;
  }
  input,
  textarea {
    min-height: 44px;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
    font: inherit;
  }
  /* Not while focused: the focus ring (styles.ts) stays visible on an invalid field. */
  [aria-invalid='true']:not(:focus) {
    outline: 2px solid var(--_error, var(--_danger));
  }
  .error {
    color: var(--_error, var(--_danger));
    font-weight: 600;
  }
`;
