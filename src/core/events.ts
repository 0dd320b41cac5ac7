import type { EndpointError } from './endpoint-error.js';

/** Where the data on screen came from. */
export type DataSource = 'endpoint' | 'property' | 'inline' | 'cache';

export interface CivicLoadedDetail {
  source: DataSource;
}

/** Fired when a widget shows fresh data (from its endpoint, its `data` property or inline JSON). */
export class CivicLoadedEvent extends CustomEvent<CivicLoadedDetail> {
  static readonly eventName = 'civic-loaded';
  constructor(detail: CivicLoadedDetail) {
    super(CivicLoadedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

export interface CivicFallbackDetail {
  /** `stale`: last good data shown with its date; `fallback`: the contact is shown. */
  state: 'stale' | 'fallback';
  error?: EndpointError;
  /** ISO time of the stale data, when there is some. */
  savedAt?: string;
}

/** Fired when a widget's endpoint failed and it fell back to stale data or to the contact. */
export class CivicFallbackEvent extends CustomEvent<CivicFallbackDetail> {
  static readonly eventName = 'civic-fallback';
  constructor(detail: CivicFallbackDetail) {
    super(CivicFallbackEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-loaded': CivicLoadedEvent;
    'civic-fallback': CivicFallbackEvent;
  }
}
