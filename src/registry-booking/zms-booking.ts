/**
 * What `<registry-booking api="zms">` does beyond the library's own contract, in a lazy ZMS chunk
 * (counted apart from the element's size): the configuration and the calendar read through the
 * citizen API (zms-citizen-api.ts), the captcha an office's scope asks for (zms-captcha.ts,
 * loaded only then), the appointment an activation or view link names, and sending the form.
 * The widget holds one `ZmsBooking` once `api="zms"` is loaded; the form step calls
 * `submitZmsForm`. Pages that speak the own contract never load this module.
 */
import {
  isZmsCaptchaRefusal,
  parseZmsCalendar,
  parseZmsOfficesAndServices,
  processFromHash,
  processHash,
  submitZmsBooking,
  zmsAppointmentSource,
  zmsCalendarUrl,
} from './zms-citizen-api.js';
import { unlessStalled } from '../core/unless-stalled.js';
import { zmsText } from './zms-form-messages.js';
import { keepReservation, readKeptReservation } from './zms-kept-reservation.js';
import type { EndpointController } from '../core/endpoint-controller.js';
import type { AppointmentSource } from './appointment-view.js';
import type { FormValues } from './booking-form.js';
import type { BookingOutcome } from './booking-submission.js';
import type { BookingViewContext } from './booking-view-context.js';
import type { Slot } from './office-time.js';
import type {
  PlaceFieldName,
  RegistryConfig,
  RegistryService,
  SlotsData,
} from './registry-booking-schema.js';
import type { CaptchaHost, ZmsCaptcha } from './zms-captcha.js';
import type { ZmsProcessKey } from './zms-citizen-api.js';

/** What the citizen has chosen so far, as the widget holds it at the moment of asking. */
export interface ZmsChoice {
  config?: RegistryConfig;
  serviceId?: string;
  /** The chosen place (ZMS office); undefined: any place. */
  placeId?: string;
  /** The chosen time: the citizen is at the form. */
  slot?: Slot;
}

/** What the ZMS side needs from the widget. */
export interface ZmsBookingHost {
  /** The API root, e.g. `https://termine.stadt.example/api/citizen/`. */
  readonly endpoint?: string;
  /** The widget's `timeout` (ms): a captcha module twice as slow counts as failed. */
  readonly timeout: number;
  requestUpdate(): void;
}

export class ZmsBooking {
  readonly #host: ZmsBookingHost;
  readonly #choice: () => ZmsChoice;
  /** The captcha a chosen office asks for, once its chunk is loaded (zms-captcha.ts). */
  #captcha?: ZmsCaptcha;
  #captchaLoad?: Promise<unknown>;
  /** The captcha's chunk could not be loaded: it is loaded again by the citizen's retry only. */
  #captchaFailed = false;
  /** The captcha token the last calendar request carried. */
  #calendarToken?: string;
  /** The reservation of the choice last sent (`submitZmsForm`). */
  readonly #held: ZmsHeld = {};

  constructor(host: ZmsBookingHost, choice: () => ZmsChoice) {
    this.#host = host;
    this.#choice = choice;
  }

  get #root(): string {
    return this.#host.endpoint ?? '';
  }

  /** `GET offices-and-services/` as the widget's configuration. */
  parseConfig(raw: unknown): RegistryConfig {
    return parseZmsOfficesAndServices(raw, this.#root);
  }

  /** `GET available-calendar/` as the free slots of the chosen service. */
  parseCalendar(raw: unknown): SlotsData {
    const { config, serviceId } = this.#choice();
    return parseZmsCalendar(raw, config!, serviceId!);
  }

  /** The calendar of the chosen service and places in a month; with `day`, that day's times. */
  calendarUrl(root: string, month: { from: string; to: string }, day?: string): string {
    return zmsCalendarUrl(root, {
      serviceId: this.#choice().serviceId!,
      placeIds: this.#placeIds(),
      from: month.from,
      to: month.to,
      day,
      captchaToken: (this.#calendarToken = this.#captcha?.token),
    });
  }

  /**
   * The calendar waits for the captcha of a chosen office (unless the citizen is at the form,
   * where the step shows again when ZMS refused the token on sending).
   */
  captchaPending(): boolean {
    const captcha = this.#captcha;
    return (
      this.#captchaFor(this.#placeIds()) &&
      !captcha?.token &&
      !(this.#choice().slot && captcha?.inForm)
    );
  }

  /**
   * Before each render: loads the captcha a chosen office asks for, and shows its step again
   * when ZMS refused the token the calendar carried (it lapsed).
   */
  willUpdate(slots: EndpointController<SlotsData>): void {
    if (!this.#captchaFailed && this.#captchaFor(this.#placeIds())) this.#loadCaptcha();
    if (
      this.#captcha?.token &&
      this.#captcha.token === this.#calendarToken &&
      !slots.pending &&
      isZmsCaptchaRefusal(slots.view.error)
    ) {
      this.#captcha.lapse();
    }
  }

  /**
   * The appointment the page's link names: ZMS's activation link
   * (`#/appointment/confirm/<base64>`) or view link (`#/appointment/<base64>`).
   */
  linkedSource(hash: string): AppointmentSource | undefined {
    const linked = processFromHash(hash);
    return linked && zmsAppointmentSource(this.#root, linked.key, linked.confirm);
  }

  /**
   * What the form does the ZMS way: the captcha the chosen time's office asks for, and sending
   * (reserve, update, preconfirm: `submitZmsForm`).
   */
  formView(view: BookingViewContext): void {
    view.captcha =
      this.#captcha && this.#captchaFor([view.slot?.place])
        ? this.#captcha.forForm(this.#captchaHost(view))
        : undefined;
    view.submit = (service, values) => submitZmsForm(view, service, values, this.#held);
  }

  /**
   * The captcha step before the calendar; while its chunk loads, `loading`; when it could not be
   * loaded (offline), the problem box with the contact and a retry labelled `retryLabel`.
   */
  renderCaptcha(view: BookingViewContext, loading: unknown, retryLabel: string): unknown {
    if (this.#captcha) return this.#captcha.render(this.#captchaHost(view), 'calendar');
    return this.#captchaLoad
      ? loading
      : view.problem(view.message('slotsFailed'), this.#loadCaptcha, retryLabel);
  }

  /** One of these places asks for a captcha (its scope's `captchaActivatedRequired`). */
  #captchaFor(placeIds: (string | undefined)[]): boolean {
    const places = this.#choice().config?.places;
    return !!places?.some((place) => place.captcha && placeIds.includes(place.id));
  }

  /** The ids of the chosen place, or of every place that offers the service ("any place"). */
  #placeIds(): string[] {
    const { config, serviceId, placeId } = this.#choice();
    return placeId
      ? [placeId]
      : (config?.places ?? [])
          .filter((place) => serviceId! in place.serviceMinutes)
          .map((place) => place.id);
  }

  readonly #loadCaptcha = (): void => {
    if (this.#captchaLoad) return;
    this.#captchaFailed = false;
    this.#host.requestUpdate(); // a retry's problem box gives way to "Wird geladen …"
    // A stalled connection counts as failed after twice the timeout: a retry asks again.
    this.#captchaLoad = unlessStalled(import('./zms-captcha.js'), 2 * this.#host.timeout).then(
      ({ ZmsCaptcha }) => {
        this.#captcha = new ZmsCaptcha();
        this.#host.requestUpdate();
      },
      (error) => {
        console.warn('civic-widgets: <registry-booking> could not load its captcha', error);
        this.#captchaLoad = undefined;
        this.#captchaFailed = true;
        this.#host.requestUpdate();
      },
    );
  };

  /** What the captcha step gets: the views' context, and the API root it asks for challenges. */
  #captchaHost(view: BookingViewContext): CaptchaHost {
    return { ...view, root: this.#root };
  }
}

/** The reservation of a choice (service and time), the key of every retry of that choice. */
interface ZmsHeld {
  choice?: string;
  process?: ZmsProcessKey;
}

/**
 * The form sent to ZMS: reserve the chosen time, add the citizen's data, ask for the activation
 * e-mail (zms-citizen-api.ts `submitZmsBooking`). `held` is the reservation of the choice last
 * sent: a retry of the same choice continues it (never reserved twice); it is also kept for a
 * reload of the page until a definite answer (zms-kept-reservation.ts).
 */
export async function submitZmsForm(
  view: BookingViewContext,
  service: RegistryService,
  values: FormValues,
  held: ZmsHeld,
): Promise<BookingOutcome> {
  const slot = view.slot!;
  const bookingUrl = view.config.booking_url!;
  const choice = { service: service.id, slot: slot.id };
  const asked = (name: PlaceFieldName) => !view.fields || !!view.fields[name];
  // Another service or time since the last send: that reservation is not this choice's.
  const chosen = `${choice.service} ${choice.slot}`;
  if (held.choice !== chosen) held.process = undefined;
  held.choice = chosen;
  held.process ??= readKeptReservation(bookingUrl, choice.service, choice.slot);
  const outcome = await submitZmsBooking(
    bookingUrl,
    {
      placeId: slot.place ?? '',
      serviceId: service.id,
      timestamp: Date.parse(slot.start) / 1000,
      familyName: values.name.trim(),
      email: values.email.trim(),
      // What the office does not ask for (ZMS: its scope) is not sent, as ZMS's own page does.
      // ZMS takes a phone number as 7 to 15 digits: "(02324) 204-0" is sent as "023242040".
      telephone: (asked('phone') && values.phone.replace(/[\s()/.-]/g, '')) || undefined,
      customTextfield: (asked('notes') && values.notes.trim()) || undefined,
      captchaToken: view.captcha?.token(),
    },
    held,
    view.timeout,
    (process) => keepReservation(bookingUrl, { ...choice, process }),
  );
  // Done, or the reservation is gone (the next attempt reserves afresh): nothing to continue.
  if (outcome.kind === 'done') held.process = undefined;
  if (!held.process) keepReservation(bookingUrl);
  if (outcome.kind !== 'done') return outcome;
  const { process } = outcome;
  const activation = process?.scope?.activationDuration;
  const key = process && { processId: process.processId, authKey: process.authKey };
  // This page, opened with the appointment's link: view it or cancel it (also in the .ics).
  const manage = key && `${location.href.split('#')[0]}${processHash(key)}`;
  return {
    kind: 'done',
    result: { ...outcome.result, cancel_url: manage },
    // Confirmed already (from the e-mail, while this answer was lost): nothing left to do.
    note:
      process?.status === 'confirmed'
        ? undefined
        : zmsText(activation ? 'checkMailWithin' : 'checkMail', {
            // Where ZMS sent the link: a lost answer's retry may carry an address typed since.
            email: process?.email || values.email.trim(),
            minutes: activation ?? 0,
          }),
  };
}
