import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ServiceStatusValue } from './service-health.js';

// Icons are decoration: every one sits next to text that says the same (aria-hidden).
// One path each, with explicit closing tags (the template minifier must not re-nest them).
// No focusable="false": only Internet Explorer and the old Edge put an <svg> in the tab order.
// Free of side effects, as the annotation tells rollup: an icon no module uses is left out.
/* @__NO_SIDE_EFFECTS__ */
const icon = (pathData: string): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
    <path d=${pathData}></path>
  </svg>`;

const CIRCLE = 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z';

export const iconCheck = icon(`${CIRCLE}m-4.5 10.5 3 3 6-6.5`);
export const iconWarning = icon('M12 3 2 21h20L12 3zM12 10v5M12 18h.01');
export const iconError = icon(`${CIRCLE}M15 9l-6 6M9 9l6 6`);
export const iconInfo = icon(`${CIRCLE}M12 11v6M12 7h.01`);

/**
 * The icon of a service status, the same in every widget (the list, the banner, the badge and
 * the notices of the other widgets); its colour comes from the `s-<status>` class: ✓
 * operational, ⓘ maintenance, ✕ outage, ⚠ any other impairment (slow, partly down, unclear).
 */
export const statusIcon = (status: ServiceStatusValue): TemplateResult =>
  status === 'operational' ? iconCheck : impairedStatusIcon(status);

/** {@link statusIcon} for a status known to be impaired (a notice never shows "operational"). */
export const impairedStatusIcon = (status: ServiceStatusValue): TemplateResult =>
  status === 'major_outage' ? iconError : status === 'under_maintenance' ? iconInfo : iconWarning;
