import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

// Icons are decoration: every one sits next to text that says the same (aria-hidden).
const wrap = (content: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${content}</svg>`;

export const iconCheck = wrap(svg`<circle cx="12" cy="12" r="10"/><path d="m7.5 12.5 3 3 6-6.5"/>`);
export const iconWarning = wrap(svg`<path d="M12 3 2 21h20L12 3z"/><path d="M12 10v5"/><path d="M12 18h.01"/>`);
export const iconError = wrap(svg`<circle cx="12" cy="12" r="10"/><path d="m15 9-6 6M9 9l6 6"/>`);
export const iconInfo = wrap(svg`<circle cx="12" cy="12" r="10"/><path d="M12 11v6"/><path d="M12 7h.01"/>`);
