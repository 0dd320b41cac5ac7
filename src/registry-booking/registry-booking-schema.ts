import { CITY_TIME_ZONE, parseInstant } from '../core/format.js';
import {
  contactChannels,
  array,
  boolean,
  dateTime,
  number,
  object,
  oneOf,
  optional,
  orLeftOut,
  string,
  unknown,
  urlField,
  validEntries,
} from '../core/schema.js';
import type { Infer } from '../core/schema.js';
import type { FormText } from './form-text.js';
import { todayInZone } from './office-time.js';
import type { Slot } from './office-time.js';
import { DEFAULT_OPENING_DAYS } from './reservation-deadline.js';

/**
 * The three situations a registry-office service can be in: `booking` (a binding appointment),
 * `reservation` (non-binding, to be confirmed in person within a deadline), `unavailable`
 * (no calendar: the notice and the contact).
 */
export const SERVICE_MODES = ['booking', 'reservation', 'unavailable'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/** The answers to a booking: a binding appointment, or a reservation to confirm in person. */
export const BOOKING_STATUSES = ['reserved', 'confirmed'] as const;

export const officeSchema = object({
  name: string,
  /** ISO weekdays the office is open, 1 = Monday … 7 = Sunday (default Monday to Friday). */
  opening_days: optional(array(number)),
  address: optional(string),
  ...contactChannels,
});

export const registryServiceSchema = object({
  id: string,
  name: string,
  mode: oneOf(SERVICE_MODES),
  notice: optional(string),
  duration_minutes: optional(number),
  hold_days: optional(number),
  documents: optional(array(string)),
});

/** The envelope; services are validated one by one so one bad entry is dropped, not the list. */
/** One of several places (offices) where services are booked; `services` absent: all of them. */
export const placeSchema = object({
  id: string,
  name: string,
  address: optional(string),
  services: optional(array(string)),
});

export const registryConfigEnvelope = object({
  office: officeSchema,
  /** Several places, each with its own calendar (optional; without it: one office). */
  offices: optional(array(unknown)),
  timezone: optional(string),
  services: array(unknown),
  slots_url: optional(urlField()),
  booking_url: optional(urlField()),
  /** Templates with `{code}` and `{token}`: GET shows a booking, POST cancels it. */
  manage_url: optional(urlField()),
  cancel_url: optional(urlField()),
  updated_at: orLeftOut(dateTime),
});

export const slotSchema = object({
  id: string,
  start: dateTime,
  end: dateTime,
  available: optional(boolean),
  /** The place of the slot (an `offices[].id`), when the configuration names several. */
  office: optional(string),
});

export const slotsEnvelope = object({
  slots: array(unknown),
  next_available: orLeftOut(dateTime),
});

export const bookingResultSchema = object({
  code: string,
  status: string,
  message: optional(string),
  expires_at: orLeftOut(dateTime),
  cancel_url: orLeftOut(urlField()),
  /** The secret that, with the code, names the booking in `manage_url` / `cancel_url`. */
  token: optional(string),
});

export type Office = Infer<typeof officeSchema>;
/** The office as the widget uses it: its opening days always known. */
export type OfficeConfig = Office & { opening_days: number[] };
export type RegistryService = Infer<typeof registryServiceSchema>;
/** The form's fields a place may ask for its own way: the phone number and the free text. */
export type PlaceFieldName = 'phone' | 'notes';
/** How a place asks for one of those fields: under its own label or the form's; required or not. */
export interface PlaceField {
  label?: string;
  /** Required: what the field says when it is left empty. Undefined: optional. */
  required?: FormText;
}
/** One place where a service can be booked (ZMS: an office with its own calendar). */
export interface BookingPlace {
  id: string;
  name: string;
  address?: string;
  /** ZMS: the office's scope asks for a captcha (`captchaActivatedRequired`) before its calendar. */
  captcha?: boolean;
  /**
   * ZMS: the fields the office's scope asks for (`telephoneActivated`, `customTextfieldActivated`,
   * each with its `…Required`, the free text with its label); a field it does not name is not
   * shown. Undefined: the phone number and the notes, both optional.
   */
  fields?: Partial<Record<PlaceFieldName, PlaceField>>;
  /** The services booked here, by id, with their length in minutes at this place. */
  serviceMinutes: Record<string, number>;
}
export interface RegistryConfig {
  /** Which API the endpoint speaks: this library's own contract, or the ZMS citizen API. */
  api?: 'zms';
  office: OfficeConfig;
  /** The places to choose from, when the API has several (ZMS). */
  places?: BookingPlace[];
  /** IANA timezone of the office (checked; Europe/Berlin when missing or unknown). */
  timezone: string;
  services: RegistryService[];
  slots_url?: string;
  booking_url?: string;
  /** Template (`{code}`, `{token}`): GET answers the booking as it is now. */
  manage_url?: string;
  /** Template (`{code}`, `{token}`): POST cancels the booking. */
  cancel_url?: string;
  updated_at?: string;
}
export interface SlotsData {
  slots: Slot[];
  next_available?: string;
  /** Days known to be bookable whose times were not sent yet (ZMS sends them per day). */
  bookable_days?: string[];
}
export type BookingResult = Infer<typeof bookingResultSchema>;
export interface BookingRequest {
  service: string;
  slot: string;
  /** The slot's place, when the configuration names several offices. */
  office?: string;
  name: string;
  email: string;
  phone?: string;
  notes?: string;
  consent: true;
}

/** A duration or hold time of 0 or less means "not given". */
const positive = (value?: number): number | undefined => (value && value > 0 ? value : undefined);

/** Whole weekdays 1–7 only; none given (or none valid) means Monday to Friday. */
function openingDays(days: number[] | undefined): number[] {
  const valid = (days ?? []).filter((day) => Number.isInteger(day) && day >= 1 && day <= 7);
  if (days && valid.length < days.length) {
    console.warn(
      'civic-widgets: office.opening_days: weekdays are 1 (Monday) to 7; others left out',
    );
  }
  return valid.length ? valid : [...DEFAULT_OPENING_DAYS];
}

/** The office's IANA time zone when the browser knows it; else Europe/Berlin, with a warning. */
function knownZone(zone: string | undefined): string {
  if (zone === undefined) return CITY_TIME_ZONE;
  try {
    if (zone) {
      // Intl.DateTimeFormat refuses a zone it does not know. Through today's date in the zone,
      // which the calendar needs first: the formatter built for the check is the one it uses
      // (a zone's first formatter is the costly part, ~10 ms at 4× CPU; see intl-warm-up.ts).
      todayInZone(zone);
      return zone;
    }
  } catch {
    // An unknown name: warned below.
  }
  console.warn(`civic-widgets: unknown timezone "${zone}", using ${CITY_TIME_ZONE}`);
  return CITY_TIME_ZONE;
}

/** Validates the registry endpoint's JSON. Throws when the envelope is wrong. */
export function parseRegistryConfig(raw: unknown): RegistryConfig {
  let envelope: Infer<typeof registryConfigEnvelope>;
  try {
    envelope = registryConfigEnvelope(raw);
  } catch (error) {
    // The editor learns which field to fix; the citizen sees the contact fallback.
    console.error(`civic-widgets: <registry-booking> configuration refused: ${String(error)}`);
    throw error;
  }
  const { offices, ...rest } = envelope;
  const services = validEntries(envelope.services, registryServiceSchema, 'service').map(
    (service) => ({
      ...service,
      duration_minutes: positive(service.duration_minutes),
      hold_days: positive(service.hold_days),
    }),
  );
  const places = validEntries(offices ?? [], placeSchema, 'office').map((place) => ({
    id: place.id,
    name: place.name,
    address: place.address,
    serviceMinutes: Object.fromEntries(
      services
        .filter((service) => !place.services || place.services.includes(service.id))
        .map((service) => [service.id, service.duration_minutes ?? 0]),
    ),
  }));
  return {
    ...rest,
    office: { ...envelope.office, opening_days: openingDays(envelope.office.opening_days) },
    places: places.length ? places : undefined,
    timezone: knownZone(envelope.timezone),
    services,
  };
}

/**
 * Validates the slots answer. Slots without an offset in their times are dropped (the device's
 * timezone must never decide the day); `available` defaults to true.
 */
export function parseSlots(raw: unknown): SlotsData {
  const envelope = slotsEnvelope(raw);
  const slots = validEntries(envelope.slots, slotSchema, 'slot')
    .filter((slot) => parseInstant(slot.start) && parseInstant(slot.end))
    .map(({ office, ...slot }) => ({
      ...slot,
      available: slot.available !== false,
      place: office,
    }));
  return { next_available: envelope.next_available, slots: withoutAmbiguousIds(slots) };
}

/**
 * A booking names its slot by id, so an id the answer gives to two different times cannot be
 * booked safely: the citizen could choose one time and be booked into the other. Such slots are
 * all left out with a warning; a slot repeated whole (same id, same times) is kept once.
 */
function withoutAmbiguousIds(slots: Slot[]): Slot[] {
  const byId = new Map<string, Slot>();
  const ambiguous = new Set<string>();
  for (const slot of slots) {
    const seen = byId.get(slot.id);
    if (!seen) byId.set(slot.id, slot);
    else if (seen.start !== slot.start || seen.end !== slot.end) ambiguous.add(slot.id);
  }
  for (const id of ambiguous) {
    console.warn(`civic-widgets: slot id "${id}" is given to different times; not offered`);
  }
  return [...byId.values()].filter((slot) => !ambiguous.has(slot.id));
}

/**
 * Validates a booking answer. An unknown `status` is shown as a booking (never refused after
 * the city took it), with a warning: the contract names only `reserved` and `confirmed`.
 */
export function parseBookingResult(raw: unknown): BookingResult {
  const result = bookingResultSchema(raw);
  if (!(BOOKING_STATUSES as readonly string[]).includes(result.status)) {
    console.warn(`civic-widgets: booking status "${result.status}" unknown; shown as a booking`);
  }
  return result;
}

/** `{ "errors": { "<field>": "<message>" } }` of a 4xx, when the body has that shape. */
export function fieldErrors(body: unknown): Record<string, string> | undefined {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!errors || typeof errors !== 'object') return undefined;
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (typeof message === 'string') out[field] = message;
  }
  return Object.keys(out).length ? out : undefined;
}
