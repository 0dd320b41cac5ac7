import { iconCheck, iconError, iconInfo, iconWarning } from '../core/icons.js';
import type { TemplateResult } from 'lit';
import type { ServiceStatusValue } from '../core/service-health.js';

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
