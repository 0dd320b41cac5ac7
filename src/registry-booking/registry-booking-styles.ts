import { css } from 'lit';

export const registryBookingStyles = css`
  :host {
    --_day: max(44px, var(--civic-registry-booking-day-size, 2.75rem));
    --_free: var(--civic-registry-booking-free, var(--_accent));
    --_selected: var(--civic-registry-booking-selected, var(--_accent));
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    margin-bottom: 0.5em;
    padding: 0;
    font-weight: 700;
  }
  .option {
    display: flex;
    gap: 0.6em;
    align-items: center;
    min-height: 44px;
    padding: 0.25em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-bottom: 0.4em;
    cursor: pointer;
  }
  .option:has(input:checked) {
    outline: 2px solid var(--_selected);
    font-weight: 600;
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_selected);
  }
  .name {
    display: block;
  }
  .mode {
    display: block;
    font-size: 0.95em;
    font-weight: normal;
    color: var(--_muted);
  }
  .mode-reservation {
    color: var(--_warn);
  }
  .mode-unavailable {
    color: var(--_danger);
  }
  .service-info p,
  .offline p {
    margin: 0 0 0.5em;
  }
  .hold {
    border-left-color: var(--_warn);
  }
  .documents {
    margin: 0 0 var(--_space);
    padding-left: 1.25em;
  }
  .documents-label {
    margin: 0.5em 0 0.25em;
    font-weight: 600;
  }
  .calendar,
  .times,
  .form,
  .service-info {
    margin-top: var(--_space);
  }
  .month-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    max-width: calc(7 * var(--_day) + 2rem);
  }
  .month {
    font-weight: 700;
  }
  .grid {
    border-collapse: separate;
    border-spacing: 2px;
    margin: 0.5em 0;
  }
  /* Seven 44 px days with 2 px spacing need 324 px. In a widget below 360 px the days touch
     (their borders still part them): 308 px of days fit a widget of 342 px with 44 px targets
     and the box's usual border and padding. A phone of 320 px leaves less, with the city's page
     margins 288 px (16 px a side): there the days are as large as fit, 40 px at 320, 36 px at
     288, never wider than the widget (WCAG 1.4.10 Reflow; targets stay over WCAG 2.5.8's 24 px
     down to a 202 px widget). The padding stays the other widgets' (it once shrank to 4 px
     while a month was on screen, and the whole widget moved sideways when the month came). */
  @container (max-width: 359.98px) {
    .grid {
      border-spacing: 0;
    }
    .grid .day {
      /* 100cqi is the widget; its border (1 px) and padding on each side. */
      --_fitting-day: min(var(--_day), (100cqi - 2px - 2 * var(--_space)) / 7);
      width: var(--_fitting-day);
      height: var(--_fitting-day);
    }
  }
  .grid th {
    font-weight: 600;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .grid td {
    padding: 0;
  }
  .day {
    position: relative;
    width: var(--_day);
    height: var(--_day);
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_muted);
    cursor: default;
  }
  .day.free {
    border: 2px solid var(--_free);
    color: var(--_text);
    font-weight: 700;
    cursor: pointer;
  }
  .day.free::after {
    content: '';
    position: absolute;
    left: 50%;
    bottom: 4px;
    width: 5px;
    height: 5px;
    margin-left: -2.5px;
    border-radius: 50%;
    background: currentColor;
  }
  .day[aria-current='date'] {
    text-decoration: underline;
  }
  [aria-selected='true'] > .day {
    background: var(--_selected);
    border-color: var(--_selected);
    color: var(--_accent-text);
  }
  .time-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .time {
    margin: 0;
  }
  .summary {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0 0 var(--_space);
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    margin: 0;
  }
  /* Narrow: each label above its value (see the contact in the shared styles). */
  @container (max-width: 25em) {
    .summary {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }
    .summary dd {
      margin-bottom: 0.4em;
    }
  }
  .field {
    margin-bottom: 0.75em;
  }
  .field label {
    display: block;
    font-weight: 600;
  }
  .field input:not([type='checkbox']),
  textarea {
    display: block;
    width: 100%;
    max-width: 32em;
    min-height: 44px;
    margin-top: 0.25em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    color: inherit;
    background: var(--_bg);
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger) !important;
  }
  .check {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
  }
  .check input {
    width: 1.5em;
    height: 1.5em;
    margin: 0.1em 0 0;
    flex: none;
  }
  .check label {
    font-weight: normal;
  }
  .field-error {
    display: flex;
    gap: 0.4em;
    margin: 0.25em 0 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .problem {
    border-left-color: var(--_danger);
  }
  .problem > div {
    flex: 1;
  }
  /* Loading the month again is a retry like every widget's (the secondary button of the
     shared styles); the primary button is kept for sending what the citizen typed. */
  [part='calendar'] [part='error'] .button {
    background: var(--_bg);
    color: var(--_accent);
  }
  .empty .button {
    margin-top: 0.5em;
  }
  .empty,
  .loading {
    margin: 0.5em 0;
  }
  .confirmation:focus {
    outline: none;
  }
  .done-head {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .code {
    font-size: 1.15em;
  }
  @media (forced-colors: active) {
    [aria-selected='true'] > .day {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    /* A day without times in grey and without a frame, a free one framed, bold and dotted: the
       system's colours would frame every day alike and take the dot away. */
    .day:not(.free) {
      border-color: Canvas;
      color: GrayText;
    }
    .day.free::after {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
    }
    .actions,
    button,
    .services,
    .calendar {
      display: none !important;
    }
  }
`;
