export interface FormSearchDetail {
  /** What was typed. */
  query: string;
  /** The department filter (`department` attribute or the citizen's choice); empty for all. */
  department: string;
  /** The format filter; empty for all. */
  format: string;
  /** Number of forms found. */
  count: number;
}

/** Fired once per pause in typing (and on every filter change) with what was searched and how many forms were found. */
export class FormSearchEvent extends CustomEvent<FormSearchDetail> {
  static readonly eventName = 'civic-search';
  constructor(detail: FormSearchDetail) {
    super(FormSearchEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-search': FormSearchEvent;
  }
}
