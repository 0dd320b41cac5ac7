// Everything a citizen can do with a button of the reporter, typed: the views call
// `act(action)` and the element handles each kind in one exhaustive switch.
import type { FormStep } from './report.js';

export type ReportAction =
  /** The step before. */
  | { type: 'back' }
  /** A step of the review's "change" links. */
  | { type: 'go'; step: FormStep }
  /** Forget the report on screen and start a new one. */
  | { type: 'restart' }
  /** Continue another draft of this widget (one offered at the start). */
  | { type: 'resume-draft'; id: string }
  /** Delete another draft of this widget. */
  | { type: 'discard-draft'; id: string }
  /** Send the reports waiting in the outbox now. */
  | { type: 'flush' }
  /** An outbox report was sent by e-mail: stop sending it. */
  | { type: 'drop'; key: string }
  | { type: 'remove-photo'; index: number }
  /** After "the photos are too large": send again without them. */
  | { type: 'send-without-photos' }
  | { type: 'locate' }
  | { type: 'unpin' }
  | { type: 'open-map' }
  | { type: 'close-map' }
  /** Jump past the open map to the "next" button. */
  | { type: 'skip-map' };

export type ActionHandler = (action: ReportAction) => void;
