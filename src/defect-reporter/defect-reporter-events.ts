export interface ReportSentDetail {
  /**
   * The city's reference (Open311: service_request_id, or the token when only that came back);
   * '' when the server took the report without naming one.
   */
  id: string;
  /** The report's Idempotency-Key. */
  key: string;
  /** `direct`, or `outbox` when a stored report was delivered later. */
  via: 'direct' | 'outbox';
}

/** Fired when the city confirmed a report. */
export class ReportSentEvent extends CustomEvent<ReportSentDetail> {
  static readonly eventName = 'civic-report-sent';
  constructor(detail: ReportSentDetail) {
    super(ReportSentEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

export interface ReportQueuedDetail {
  key: string;
  /** False when the browser keeps it only in memory (no IndexedDB): closing the tab loses it. */
  persisted: boolean;
}

/** Fired when a report could not be sent and waits in the outbox. */
export class ReportQueuedEvent extends CustomEvent<ReportQueuedDetail> {
  static readonly eventName = 'civic-report-queued';
  constructor(detail: ReportQueuedDetail) {
    super(ReportQueuedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-report-sent': ReportSentEvent;
    'civic-report-queued': ReportQueuedEvent;
  }
}
