// What the reporter's views (report-steps.ts, report-panels.ts) get from the element: the
// report, the form's state around it, and the element's helpers. Views only render; every
// button calls `act` with a typed action (report-actions.ts). Also what the element lends the
// modules that act on the report (location, photos, drafts, delivery).
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import type { Msg } from './defect-reporter-messages.js';
import type { ActionHandler, ReportAction } from './report-actions.js';
import type { DefectConfig } from './report-config.js';
import type { ReportFormExtension } from './report-api-adapters.js';
import type { OutboxEntry } from './report-outbox.js';
import type { RefusalView } from './report-panels.js';
import type { FieldError, FieldErrors } from './report-validation.js';
import type { FormStep, Report, Step } from './report.js';

/** The state of the form around the report, owned by the element. */
export interface FormState {
  step: Step;
  errors: FieldErrors;
  /** The city's last refusal of this report, shown above the review. */
  refusal?: RefusalView;
  /** The category filter's text. */
  filter: string;
  busy: '' | 'send' | 'photo' | 'locate';
  /** "Jetzt senden" was pressed: the waiting reports are on their way. */
  flushing?: boolean;
  result?: { id: string; message?: string; token?: boolean };
  /** This widget's reports waiting in the outbox. */
  outbox: OutboxEntry[];
  /** Outbox reports delivered meanwhile: each one's note, in the language of the moment. */
  delivered: ((message: Msg) => string)[];
  /** False when the queued report lives only in this page's memory. */
  persisted: boolean;
  map: '' | 'loading' | 'open' | 'failed';
  /** When the report on screen was restored from a draft. */
  restoredAt?: string;
  /** Other drafts of this widget, offered to continue. */
  otherDrafts: Report[];
}

/** The form of a new report, or of one just sent, queued or resumed (its lists aside). */
export const freshForm = (): Omit<FormState, 'outbox' | 'delivered' | 'otherDrafts'> => ({
  step: 'category',
  errors: {},
  refusal: undefined,
  filter: '',
  busy: '',
  result: undefined,
  persisted: true,
  map: '',
  restoredAt: undefined,
});

/** Where the focus goes after the next render: nowhere, the first error, "next", the step's
 * heading, or the review's general messages. */
export type FocusTarget = '' | 'error' | 'next' | 'step' | 'general' | 'address';

export interface ViewContext {
  report: Report;
  form: FormState;
  config: DefectConfig;
  steps: FormStep[];
  message: Msg;
  lang: Lang;
  act: ActionHandler;
  heading: (text: string, id?: string, offset?: number) => TemplateResult;
  date: (iso: string) => string;
  thumb: (photo: Blob) => string;
  /** mailto: of the report on screen, or of another (an outbox entry's); undefined without an address. */
  mail: (report?: Report) => string | undefined;
  /** The whole text of a report (for copying). */
  text: (report?: Report) => string;
  /** The open map's controls and container, once its module is loaded. */
  map: () => TemplateResult | undefined;
  /** What the API adds to the steps (Open311: the service's questions), once loaded. */
  extension?: ReportFormExtension;
  phone?: string;
  geolocation: boolean;
}

export const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || nothing;

/** A button that does `action` (secondary: the step's own button or "send" is the primary). */
export const actionButton = (
  view: ViewContext,
  text: string,
  action: ReportAction,
  { id, primary }: { id?: string; primary?: boolean } = {},
) =>
  html`<button
    type="button"
    class=${primary ? 'button' : 'button secondary'}
    id=${id ?? nothing}
    @click=${() => view.act(action)}
  >
    ${text}
  </button>`;

/** What the element lends its helpers (report-location.ts, report-photos.ts). */
export interface ReportHost {
  element: HTMLElement & {
    renderRoot: HTMLElement | DocumentFragment;
    updateComplete: Promise<boolean>;
    /** The element's request timeout (ms): what loads on first use gets twice as long. */
    timeout: number;
  };
  report: () => Report;
  form: () => Readonly<FormState>;
  config: () => DefectConfig;
  message: Msg;
  /** Does what a button of the element's own controls (the map's) asks for. */
  act: ActionHandler;
  updateReport: (change: (report: Report) => Report, clears?: FieldErrors) => void;
  setForm: (patch: Partial<FormState>) => void;
  showError: (field: keyof FieldErrors, error: FieldError) => void;
  announce: (text: string) => void;
  /** Stores the photos with the draft of the report on screen. */
  saveDraftPhotos: (photos: readonly Blob[]) => void;
}

/** The chunk loaded right after the first render (report-later.ts). */
export type LaterChunk = typeof import('./report-later.js');

/** What the element lends the modules that keep and send its report (report-drafts.ts,
 * report-delivery.ts): the report's state stays in the element, they change it through here. */
export interface ReportStateHost extends ReportHost {
  element: ReportHost['element'] & ReactiveControllerHost;
  /** The endpoint this widget's drafts and outbox entries belong to. */
  scope: () => string;
  steps: () => FormStep[];
  /** Puts `report` on screen and keeps only its photos' thumbnails (saves nothing); loads the
   * photo helpers for a report with photos. */
  showReport: (report: Report) => void;
  closeMap: () => void;
  focus: (target: FocusTarget) => void;
}
