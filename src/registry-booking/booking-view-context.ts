// What <registry-booking>'s views (booking-services.ts, booking-calendar.ts, booking-form.ts,
// booking-confirmation.ts, appointment-view.ts) get from the element: one context, built once
// per render (registry-booking.ts `#viewContext`), passed first to every view as `view`; a view
// takes after it only what differs from call to call. The same pattern as <defect-reporter>'s
// report-view-context.ts.
import type { TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import type { Appointment } from './appointment-view.js';
import type { Translate } from './booking-text.js';
import type { FormValues } from './booking-form.js';
import type { BookingOutcome } from './booking-submission.js';
import type { Slot, YearMonth } from './office-time.js';
import type {
  BookingPlace,
  OfficeConfig,
  RegistryConfig,
  RegistryService,
} from './registry-booking-schema.js';
import type { ZmsCaptchaMessageKey } from './zms-captcha-messages.js';

/** What the citizen does in the views; the element handles it. */
export interface BookingHandlers {
  /** A service chosen (a change event of the services' radio group). */
  service(event: Event): void;
  /** A place chosen, or "any place" (a change event of the places' radio group). */
  place(event: Event): void;
  /** Shows another month; then focuses `focus` (a selector) when the control used goes away. */
  month(month: YearMonth, focus?: string): void;
  /** A key in the month grid, whose tab stop is on `focus`; nothing before `min`. */
  gridKey(event: KeyboardEvent, focus: string, min: string): void;
  /** A click in the month grid. */
  day(event: Event): void;
  /** A time chosen (a change event of the times' radio group). */
  time(event: Event): void;
  /** "Weiteren Termin vereinbaren" after a confirmation. */
  again(): void;
  /**
   * "Neuen Termin vereinbaren": leave an opened appointment for the booking flow; after "Anderen
   * Termin wählen" with the cancelled appointment, whose service and citizen's details are kept.
   */
  leaveAppointment(previous?: Appointment): void;
  /** The chosen time was taken meanwhile (or the reservation lapsed): load the slots again. */
  slotTaken(): void;
}

/** ZMS, when the chosen time's office asks for a captcha: the form's side of it (zms-captcha.ts). */
export interface FormCaptcha {
  /** The `captchaToken` to send, once the captcha is passed. */
  token(): string | undefined;
  /** The step above the send button (nothing while an earlier token is still good). */
  render(): unknown;
  /** ZMS refused the token: the step shows again, saying so above its checkbox, and takes focus. */
  lapse(): void;
  /** A sentence of the captcha's table (zms-captcha-messages.ts) in the widget's language now. */
  text(key: ZmsCaptchaMessageKey): string;
}

export interface BookingViewContext {
  config: RegistryConfig;
  /** The office of the booking: the chosen time's place (ZMS, several places) or the config's office. */
  office: OfficeConfig;
  /** The fields the chosen time's place asks for (ZMS: its scope); undefined: the usual ones. */
  fields?: BookingPlace['fields'];
  message: Translate;
  lang: Lang;
  /** The widget's request timeout (ms), for what the views send. */
  timeout: number;
  /** The chosen service, day and time. */
  service?: RegistryService;
  day?: string;
  slot?: Slot;
  /** The chosen place (ZMS office); undefined: any place. */
  placeId?: string;
  heading(text: string, id: string, offset?: number): TemplateResult;
  /** The office's contact block (phone, e-mail, hours). */
  contact(): TemplateResult;
  /**
   * A problem box with a retry button, the office contact and, with `mail`, a prepared e-mail.
   * When `refused` (the server will not take this request as it is), the e-mail comes first.
   */
  problem(
    text: string,
    retry: () => void,
    label: string,
    options?: { mail?: boolean; refused?: boolean },
  ): TemplateResult;
  /** Renders again; then focuses `focus` (a selector) when given. */
  refresh(focus?: string): void;
  announce(text: string): void;
  /** The widget, which the events are dispatched on. */
  element: HTMLElement;
  on: BookingHandlers;
  /** ZMS: the captcha the chosen time's office asks for. */
  captcha?: FormCaptcha;
  /**
   * ZMS: sends the form its way (zms-booking.ts `submitZmsForm`, which keeps the reservation for
   * every retry). Undefined: the library's own contract (booking-submission.ts).
   */
  submit?(service: RegistryService, values: FormValues): Promise<BookingOutcome>;
}

/** What the wording helpers (booking-text.ts) read from the view context. */
export type Wording = Pick<BookingViewContext, 'message' | 'lang'>;
