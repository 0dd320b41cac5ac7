/**
 * The adapter of `<registry-booking api="zms">` for the ZMS citizen API ("eAppointment",
 * it-at-m/eappointment, `zmscitizenapi/`, as of its main of August 2026). A lazy chunk: pages
 * that speak this library's own contract never load it.
 *
 * Written from the API's published routes (`routing.php`), its JSON Schemas
 * (`zmsentities/schema/citizenapi/`) and its error codes (`Utils/ErrorMessages.php`). Every route
 * ends in `/` and is relative to the API root (the widget's `endpoint`); answers are the objects
 * themselves; errors are `{ errors: [{ errorCode, errorMessage, statusCode, errorType }] }`.
 */
import { EndpointError } from '../core/endpoint-error.js';
import { requestJson } from '../core/http.js';
import {
  array,
  boolean,
  number,
  object,
  optional,
  string,
  unknown,
  validEntries,
} from '../core/schema.js';
import { routeUnder } from './api-route.js';
import { DEFAULT_OPENING_DAYS } from './reservation-deadline.js';
import { zmsText } from './zms-form-messages.js';
import type { Appointment, AppointmentSource } from './appointment-view.js';
import type { BookingOutcome } from './booking-submission.js';
import type { FormText } from './form-text.js';
import type { Slot } from './office-time.js';
import type { BookingPlace, RegistryConfig, SlotsData } from './registry-booking-schema.js';

/** The ZMS calendar is Munich's and Berlin's: its days are days in Germany. */
const ZMS_TIME_ZONE = 'Europe/Berlin';

/** Every ZMS route is relative to the API root and ends in `/`. */
const zmsRoute = routeUnder;

// ------------------------------------------------------------------------------ offices, services

const zmsAddress = object({
  street: optional(string),
  house_number: optional(string),
  postal_code: optional(string),
  city: optional(string),
});
const zmsOffice = object({
  id: number,
  name: optional(string),
  address: optional(unknown),
  organization: optional(string),
  slotTimeInMinutes: optional(number),
  scope: optional(
    object({
      captchaActivatedRequired: optional(boolean),
      telephoneActivated: optional(boolean),
      telephoneRequired: optional(boolean),
      customTextfieldActivated: optional(boolean),
      customTextfieldRequired: optional(boolean),
      customTextfieldLabel: optional(string),
    }),
  ),
  disabledByServices: optional(array(unknown)),
});
const zmsService = object({ id: number, name: string });
const zmsRelation = object({ officeId: number, serviceId: number, slots: number });
const officesAndServices = object({
  offices: array(unknown),
  services: array(unknown),
  relations: array(unknown),
});

/** "Rathausplatz 1, 45525 Hattingen"; undefined when the office has no readable address. */
function addressText(raw: unknown): string | undefined {
  try {
    const address = zmsAddress(raw);
    const street = [address.street, address.house_number].filter(Boolean).join(' ');
    const city = [address.postal_code, address.city].filter(Boolean).join(' ');
    return [street, city].filter(Boolean).join(', ') || undefined;
  } catch {
    return undefined;
  }
}

type ZmsScope = NonNullable<ReturnType<typeof zmsOffice>['scope']>;

/**
 * The form's phone number and free text as the office's scope asks for them, as ZMS's own
 * booking page shows them: each only when activated, required as the scope says, the free
 * text under the scope's label (the form's own where it is empty). A scope that says
 * nothing of them: undefined, the form's usual fields.
 */
function placeFields(scope?: ZmsScope): BookingPlace['fields'] {
  if (scope?.telephoneActivated === undefined) return undefined;
  // Left empty where required, a field says what ZMS would answer (zmsOutcome below).
  const asked = (
    activated?: boolean,
    required?: boolean,
    label?: string,
    missing = zmsText('notes'),
  ) => (activated ? { label, required: required ? missing : undefined } : undefined);
  return {
    phone: asked(scope.telephoneActivated, scope.telephoneRequired, undefined, zmsText('phone')),
    notes: asked(
      scope.customTextfieldActivated,
      scope.customTextfieldRequired,
      scope.customTextfieldLabel?.trim(),
    ),
  };
}

/** `GET offices-and-services/` as the widget's configuration: services, and places per service. */
export function parseZmsOfficesAndServices(raw: unknown, root: string): RegistryConfig {
  const answer = officesAndServices(raw);
  const offices = validEntries(answer.offices, zmsOffice, 'ZMS office');
  const services = validEntries(answer.services, zmsService, 'ZMS service');
  const relations = validEntries(answer.relations, zmsRelation, 'ZMS relation');
  const places: BookingPlace[] = offices.map((office) => ({
    id: String(office.id),
    name: office.name ?? String(office.id),
    address: addressText(office.address),
    captcha: office.scope?.captchaActivatedRequired === true || undefined,
    fields: placeFields(office.scope),
    serviceMinutes: Object.fromEntries(
      relations
        // ZMS's own booking page hides an office for the services in its `disabledByServices`
        // (Munich: passport services not at the main office), although a relation names them.
        .filter(
          (relation) =>
            relation.officeId === office.id &&
            !office.disabledByServices?.some((id) => String(id) === String(relation.serviceId)),
        )
        .map((relation) => [
          String(relation.serviceId),
          relation.slots * (office.slotTimeInMinutes ?? 15),
        ]),
    ),
  }));
  const offered = (serviceId: number) =>
    places.some((place) => String(serviceId) in place.serviceMinutes);
  return {
    api: 'zms',
    office: {
      name: offices[0]?.organization ?? offices[0]?.name ?? 'Bürgerbüro',
      opening_days: [...DEFAULT_OPENING_DAYS],
    },
    places: places.filter((place) => Object.keys(place.serviceMinutes).length),
    timezone: ZMS_TIME_ZONE,
    services: services
      .filter((service) => offered(service.id))
      .map((service) => ({ id: String(service.id), name: service.name, mode: 'booking' as const })),
    slots_url: root,
    booking_url: root,
  };
}

// ------------------------------------------------------------------------------ calendar

/** What one calendar request asks: a service at some places in a month, maybe one day's times. */
export interface ZmsCalendarQuery {
  serviceId: string;
  placeIds: string[];
  from: string;
  to: string;
  /** Ask for this day's times (`slotsStartDate = slotsEndDate`); else ZMS sends the first day's. */
  day?: string;
  /** The token of a passed captcha, when an office of `placeIds` asks for one. */
  captchaToken?: string;
}

export function zmsCalendarUrl(root: string, query: ZmsCalendarQuery): string {
  const params: Record<string, string> = {
    startDate: query.from,
    endDate: query.to,
    officeIds: query.placeIds.join(','),
    serviceIds: query.serviceId,
    serviceCounts: '1',
  };
  if (query.day) Object.assign(params, { slotsStartDate: query.day, slotsEndDate: query.day });
  if (query.captchaToken) params.captchaToken = query.captchaToken;
  return zmsRoute(root, 'available-calendar/', params);
}

const calendarDay = object({
  date: string,
  offices: optional(array(object({ officeId: unknown, appointments: optional(array(number)) }))),
});
const availableCalendar = object({
  availableDays: array(unknown),
  nextBookableDate: optional(string),
});

/**
 * `GET available-calendar/` as free slots: every bookable day, with times (epoch seconds) for the
 * days ZMS sent them; a slot lasts the service's minutes at its office.
 */
export function parseZmsCalendar(
  raw: unknown,
  config: RegistryConfig,
  serviceId: string,
): SlotsData {
  const answer = availableCalendar(raw);
  const days = validEntries(answer.availableDays, calendarDay, 'ZMS day');
  const slots: Slot[] = [];
  for (const day of days) {
    for (const office of day.offices ?? []) {
      const place = String(office.officeId);
      const minutes =
        config.places?.find((candidate) => candidate.id === place)?.serviceMinutes[serviceId] ?? 15;
      for (const seconds of office.appointments ?? []) {
        slots.push({
          id: `${place}-${seconds}`,
          start: new Date(seconds * 1000).toISOString(),
          end: new Date((seconds + minutes * 60) * 1000).toISOString(),
          available: true,
          place,
        });
      }
    }
  }
  return {
    slots,
    bookable_days: days.map((day) => day.date),
    // A day, not an instant: noon UTC is that same day in Germany.
    next_available: answer.nextBookableDate ? `${answer.nextBookableDate}T12:00:00Z` : undefined,
  };
}

// ------------------------------------------------------------------------------ appointments

/** A ZMS process (`thinnedProcess.json`), as far as the widget reads it. */
const zmsProcess = object({
  processId: number,
  authKey: string,
  status: optional(string),
  timestamp: optional(string),
  familyName: optional(string),
  email: optional(string),
  officeName: optional(string),
  officeId: optional(number),
  serviceName: optional(string),
  slotCount: optional(number),
  scope: optional(
    object({ activationDuration: optional(number), reservationDuration: optional(number) }),
  ),
});
export type ZmsProcess = ReturnType<typeof zmsProcess>;

/** The id and key that name a process in every later request (and in the activation link). */
export interface ZmsProcessKey {
  processId: number;
  authKey: string;
}

/** The error codes of a ZMS error answer (`{ errors: [{ errorCode, … }] }`). */
export function zmsErrorCodes(body: unknown): string[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors)
    ? errors.flatMap((error) => {
        const code = (error as { errorCode?: unknown } | null)?.errorCode;
        return typeof code === 'string' ? [code] : [];
      })
    : [];
}

async function post(
  root: string,
  route: string,
  body: unknown,
  timeout: number,
): Promise<ZmsProcess> {
  const { body: answer } = await requestJson(zmsRoute(root, route), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    timeout,
  });
  return zmsProcess(answer);
}

export async function fetchZmsAppointment(
  root: string,
  key: ZmsProcessKey,
  timeout: number,
): Promise<ZmsProcess> {
  const url = zmsRoute(root, 'appointment/', {
    processId: String(key.processId),
    authKey: key.authKey,
  });
  return zmsProcess((await requestJson(url, { timeout })).body);
}

export const confirmZmsAppointment = (root: string, key: ZmsProcessKey, timeout: number) =>
  post(root, 'confirm-appointment/', key, timeout);

export const cancelZmsAppointment = (root: string, key: ZmsProcessKey, timeout: number) =>
  post(root, 'cancel-appointment/', key, timeout);

/**
 * The process named in an activation link, `…#/appointment/confirm/<base64 of {"id","authKey"}>`
 * (what ZMS e-mails after `preconfirm-appointment/`), or in a link to view one,
 * `…#/appointment/<base64>`.
 */
export function processFromHash(
  hash: string,
): { key: ZmsProcessKey; confirm: boolean } | undefined {
  const match = /^#\/appointment\/(confirm\/)?([A-Za-z0-9+/=_-]+)$/.exec(hash);
  if (!match) return undefined;
  try {
    const decoded = JSON.parse(atob(match[2]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
      id?: unknown;
      authKey?: unknown;
    };
    const processId = Number(decoded.id);
    return Number.isInteger(processId) && typeof decoded.authKey === 'string'
      ? { key: { processId, authKey: decoded.authKey }, confirm: !!match[1] }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The link fragment that names a process, as ZMS writes it. */
export const processHash = (key: ZmsProcessKey, confirm = false): string =>
  `#/appointment/${confirm ? 'confirm/' : ''}${btoa(JSON.stringify({ id: String(key.processId), authKey: key.authKey }))}`;

/** What the booking sends; `held` is the reservation of an earlier attempt of the same choice. */
export interface ZmsBookingRequest {
  placeId: string;
  serviceId: string;
  /** Epoch seconds of the chosen time. */
  timestamp: number;
  familyName: string;
  email: string;
  telephone?: string;
  /** The form's notes: ZMS's `customTextfield`, the free text an office may ask for. */
  customTextfield?: string;
  /** The token of a passed captcha, when the office asks for one. */
  captchaToken?: string;
}

/** The codes with which ZMS refuses a missing, forged or lapsed `captchaToken`. */
const CAPTCHA_CODES = ['captchaMissing', 'captchaInvalid', 'captchaExpired'];

/** ZMS refused the request for its captcha token: the citizen confirms the captcha again. */
export const isZmsCaptchaRefusal = (error: unknown): boolean =>
  error instanceof EndpointError &&
  zmsErrorCodes(error.body).some((code) => CAPTCHA_CODES.includes(code));

/** ZMS answered with an error of this code. */
const hasZmsCode = (error: unknown, code: string): boolean =>
  error instanceof EndpointError && zmsErrorCodes(error.body).includes(code);

/**
 * An error answer of ZMS as the outcome the form knows, by its error code; what it says is a
 * sentence of the ZMS table (zms-form-messages.ts) or the form's, put in words when it is shown.
 */
export function zmsOutcome(error: unknown): BookingOutcome {
  if (!(error instanceof EndpointError) || error.kind !== 'http') return { kind: 'failed', error };
  const codes = zmsErrorCodes(error.body);
  const has = (...wanted: string[]) => wanted.some((code) => codes.includes(code));
  if (has('appointmentNotAvailable')) return { kind: 'conflict', error };
  if (has('processNotReservedAnymore', 'preconfirmationExpired')) {
    return { kind: 'conflict', error, reason: 'expired', text: zmsText('expired') };
  }
  if (has('rateLimitExceeded')) return { kind: 'failed', error, text: zmsText('rateLimited') };
  if (has('serviceUnavailable', 'zmsClientCommunicationError')) {
    return { kind: 'failed', error, text: zmsText('maintenance') };
  }
  const fields: Record<string, FormText> = {};
  if (has('tooManyAppointmentsWithSameMail')) fields.email = zmsText('sameMail');
  if (has('invalidEmail', 'emailIsRequired')) fields.email = { key: 'errEmail' };
  if (has('invalidFamilyName')) fields.name = { key: 'errName' };
  if (has('invalidTelephone', 'telephoneIsRequired')) fields.phone = zmsText('phone');
  // The office requires its free text (`customTextfieldRequired`), or it is over 250 characters.
  if (has('invalidCustomTextfield')) fields.notes = zmsText('notes');
  if (Object.keys(fields).length) return { kind: 'invalid', errors: fields, error };
  // Nothing was reserved: after the captcha again, the same send goes through.
  if (has(...CAPTCHA_CODES)) {
    return { kind: 'failed', error, text: zmsText('captcha'), captcha: true };
  }
  return error.status! >= 500 || error.status === 429
    ? { kind: 'failed', error }
    : { kind: 'refused', status: error.status!, error };
}

/** A process whose activation e-mail has gone out (or that is confirmed already): booked. */
const isBooked = (process: ZmsProcess): boolean =>
  process.status === 'preconfirmed' || process.status === 'confirmed';

/** The booking done: ZMS's process, as the form shows it. */
const booked = (process: ZmsProcess): BookingOutcome & { process: ZmsProcess } => ({
  kind: 'done',
  process,
  result: { code: String(process.processId), status: process.status ?? 'preconfirmed' },
});

/**
 * Books with ZMS: reserve the time (`reserve-appointment/`), add the citizen's data
 * (`update-appointment/`) and ask ZMS to send the activation e-mail (`preconfirm-appointment/`).
 * The process of a reservation is the key of a retry: `held.process` is reused, so a retry after
 * a failed update never reserves a second time; `reserved` hears of a new one at once (kept for
 * a reload, zms-kept-reservation.ts). ZMS has no idempotency key for the reservation
 * itself: when its answer is lost, the retry meets the time as taken (409 path) and the lost
 * reservation lapses after the scope's reservation time.
 *
 * A held process is read first (`appointment/`): the answer to its preconfirm may have been
 * lost after ZMS had preconfirmed it and e-mailed the link, both in that one request
 * (zmscitizenapi AppointmentPreconfirmService). Then it is booked, and sent again ZMS would
 * overwrite its data (zmsbackend ProcessUpdate checks no status) and refuse the preconfirm.
 */
export async function submitZmsBooking(
  root: string,
  request: ZmsBookingRequest,
  held: { process?: ZmsProcessKey },
  timeout: number,
  reserved: (process: ZmsProcessKey) => void,
): Promise<BookingOutcome & { process?: ZmsProcess }> {
  try {
    if (held.process) {
      const process = await fetchZmsAppointment(root, held.process, timeout);
      if (isBooked(process)) return booked(process);
    } else {
      held.process = await post(
        root,
        'reserve-appointment/',
        {
          officeId: Number(request.placeId),
          serviceId: [Number(request.serviceId)],
          serviceCount: [1],
          timestamp: request.timestamp,
          ...(request.captchaToken && { captchaToken: request.captchaToken }),
        },
        timeout,
      );
      reserved(held.process);
    }
    const key = { processId: held.process.processId, authKey: held.process.authKey };
    await post(
      root,
      'update-appointment/',
      {
        ...key,
        familyName: request.familyName,
        email: request.email,
        telephone: request.telephone ?? '',
        ...(request.customTextfield && { customTextfield: request.customTextfield }),
      },
      timeout,
    );
    return booked(await post(root, 'preconfirm-appointment/', key, timeout));
  } catch (error) {
    return heldOutcome(root, error, held, timeout);
  }
}

/** What an error answer means for the booking, when a process was held (`held.process`). */
async function heldOutcome(
  root: string,
  error: unknown,
  held: { process?: ZmsProcessKey },
  timeout: number,
): Promise<BookingOutcome & { process?: ZmsProcess }> {
  // Not reserved any more (zmsbackend ProcessPreconfirm): preconfirmed meanwhile, its answer
  // lost, or confirmed from the e-mail already: booked. Else, as the codes say.
  if (held.process && hasZmsCode(error, 'processNotReservedAnymore')) {
    try {
      const process = await fetchZmsAppointment(root, held.process, timeout);
      if (isBooked(process)) return booked(process);
    } catch (lookup) {
      error = lookup;
    }
  }
  // The held process is gone: ZMS's cleanup deletes a reservation whose time is over (zmsbackend
  // ReservedDataDeleteByCron), and asked for it ZMS says appointmentNotFound (ProcessNotFound)
  // or, should its id be taken again, authKeyMismatch. It lapsed, as processNotReservedAnymore.
  const gone =
    held.process &&
    (hasZmsCode(error, 'appointmentNotFound') || hasZmsCode(error, 'authKeyMismatch'));
  const outcome: BookingOutcome = gone
    ? {
        kind: 'conflict',
        error: error as EndpointError,
        reason: 'expired',
        text: zmsText('expired'),
      }
    : zmsOutcome(error);
  // A reservation that is gone cannot be completed: the next attempt reserves afresh.
  if (outcome.kind === 'conflict') held.process = undefined;
  return outcome;
}

/**
 * The appointment as the view shows it. A preconfirmed one is not binding until the citizen
 * follows the link ZMS e-mailed: the view says "reserviert – noch nicht verbindlich", not that it
 * stands ("Ihr Termin" with a tick).
 */
function zmsAppointment(process: ZmsProcess): Appointment {
  return {
    number: String(process.processId),
    status: process.status === 'preconfirmed' ? 'reserved' : process.status,
    serviceName: process.serviceName,
    start: process.timestamp ? new Date(Number(process.timestamp) * 1000) : undefined,
    placeName: process.officeName,
    citizen: { name: process.familyName, email: process.email },
  };
}

/** A ZMS process opened from its link: confirmed (activation link) or read, and cancelled. */
export function zmsAppointmentSource(
  root: string,
  key: ZmsProcessKey,
  confirm: boolean,
): AppointmentSource {
  /** The activation link still to be confirmed: a failure leaves the appointment not binding. */
  let confirming = confirm;
  /** A cancel was sent (its answer may have been lost). */
  let cancelSent = false;
  return {
    numberLabel: 'number',
    cancellable: true,
    async load(timeout) {
      if (!confirming) {
        try {
          return zmsAppointment(await fetchZmsAppointment(root, key, timeout));
        } catch (error) {
          // ZMS deletes a cancelled process: read again after a cancel whose answer was lost,
          // it is not found, which means the cancel went through.
          if (!cancelSent || !hasZmsCode(error, 'appointmentNotFound')) throw error;
          return { number: String(key.processId), status: 'cancelled' };
        }
      }
      let process: ZmsProcess;
      try {
        process = await confirmZmsAppointment(root, key, timeout);
      } catch (error) {
        // The link opened again, or its page reloaded: ZMS confirms a process once and refuses
        // it then (zmsbackend ProcessConfirm: processNotPreconfirmedAnymore, 409). What it is
        // now is what the citizen sees: confirmed, or cancelled.
        if (!hasZmsCode(error, 'processNotPreconfirmedAnymore')) throw error;
        confirming = false;
        process = await fetchZmsAppointment(root, key, timeout);
      }
      confirming = false;
      // The link has done its work: a reload shows the appointment instead of confirming it.
      history.replaceState(history.state, '', processHash(key));
      return zmsAppointment(process);
    },
    async cancel(timeout) {
      cancelSent = true;
      return zmsAppointment(await cancelZmsAppointment(root, key, timeout));
    },
    problem(error) {
      const codes = error instanceof EndpointError ? zmsErrorCodes(error.body) : [];
      if (codes.includes('appointmentNotFound')) return 'notFound';
      if (codes.includes('preconfirmationExpired')) return 'linkExpired';
      if (codes.includes('appointmentCanNotBeCanceled')) return 'cannotCancel';
      if (codes.includes('authKeyMismatch') || codes.includes('invalidAuthKey')) return 'wrongLink';
      // The activation link's confirm failed: "not affected" would be wrong, it is not binding yet.
      return confirming ? 'notConfirmed' : 'notLoaded';
    },
  };
}
