/**
 * The endpoint contract of <registry-booking> as complete zod schemas, for the JSON Schemas in
 * docs/registry-booking.md (`z.toJSONSchema`). The widget itself validates with the checks
 * of registry-booking-schema.ts (lists entry by entry, numbers read leniently); this module is
 * not part of the bundle, and test/core/schema-contracts.test.ts keeps both in step.
 */
import * as z from 'zod/mini';
import { contactChannelContracts, dateTimeContract, urlContract } from '../core/contract-fields.js';
import { SERVICE_MODES } from './registry-booking-schema.js';

/** An http(s) URL, absolute or relative to the page. */
const webUrl = urlContract();

/** The registry office: shown with every service, and the contact when booking fails. */
const officeContract = z.object({
  name: z.string(),
  /** ISO weekdays the office is open, 1 = Monday … 7 = Sunday (default Monday to Friday): reservation deadlines fall on these days. */
  opening_days: z.optional(z.array(z.int().check(z.gte(1), z.lte(7)))),
  address: z.optional(z.string()),
  ...contactChannelContracts,
});

export const registryServiceContract = z.object({
  id: z.string(),
  name: z.string(),
  mode: z.enum(SERVICE_MODES),
  notice: z.optional(z.string()),
  duration_minutes: z.optional(z.number()),
  hold_days: z.optional(z.number()),
  documents: z.optional(z.array(z.string())),
});

/** One of several places where services are booked (optional `offices` of the configuration). */
export const registryPlaceContract = z.object({
  /** Sent as `office` with the slots request and the booking. */
  id: z.string(),
  name: z.string(),
  address: z.optional(z.string()),
  /** Ids of the services booked here; absent: every service. */
  services: z.optional(z.array(z.string())),
});

/** GET `endpoint`. */
export const registryConfigContract = z.object({
  office: officeContract,
  /** Several places, each with its own calendar; the citizen chooses one or "any place". */
  offices: z.optional(z.array(registryPlaceContract)),
  /**
   * IANA time zone of the office (default Europe/Berlin). The names are the time zones the
   * JavaScript engine knows (`Intl.supportedValuesOf`), as the widget checks them in the browser.
   */
  timezone: z.optional(z.enum([...Intl.supportedValuesOf('timeZone'), 'UTC'].sort())),
  services: z.array(registryServiceContract),
  slots_url: z.optional(webUrl),
  booking_url: z.optional(webUrl),
  /**
   * Managing a booking: a URL template with `{code}` and `{token}` (from the booking answer),
   * e.g. `https://termine.example/api/bookings/{code}?token={token}`. GET answers the booking as
   * it is now (`managedBookingContract`). With it, the confirmation and the .ics link to this
   * page, where the citizen views the booking, cancels it or chooses a different time.
   */
  manage_url: z.optional(webUrl),
  /** Template like `manage_url`: POST `{code, token}` cancels the booking, answering it with `status: "cancelled"`. */
  cancel_url: z.optional(webUrl),
  updated_at: z.optional(dateTimeContract()),
});

/** GET `slots_url?service=…&from=…&to=…[&office=…]` (`office` when the citizen chose a place). */
export const slotsContract = z.object({
  slots: z.array(
    z.object({
      id: z.string(),
      /** ISO 8601 with an offset, e.g. 2026-12-01T09:00:00+01:00. */
      start: dateTimeContract(),
      end: dateTimeContract(),
      /** Default true. */
      available: z.optional(z.boolean()),
      /** The slot's place (`offices[].id`), when the configuration names several. */
      office: z.optional(z.string()),
    }),
  ),
  /** The start of the next free slot after the asked range (ISO 8601 with an offset). */
  next_available: z.optional(dateTimeContract()),
});

/** POST `booking_url` (JSON, with an Idempotency-Key header). */
export const bookingRequestContract = z.object({
  service: z.string(),
  slot: z.string(),
  /** The slot's place, when the configuration names several offices. */
  office: z.optional(z.string()),
  name: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
  notes: z.optional(z.string()),
  consent: z.literal(true),
});

/** 201 answer of `booking_url`. */
export const bookingResultContract = z.object({
  /** Booking code shown to the citizen and printed. */
  code: z.string(),
  status: z.enum(['reserved', 'confirmed']),
  message: z.optional(z.string()),
  /** Deadline to confirm a reservation in person. */
  expires_at: z.optional(dateTimeContract()),
  cancel_url: z.optional(webUrl),
  /** The secret that, with the code, names the booking in `manage_url` / `cancel_url` (never shown). */
  token: z.optional(z.string()),
});

/** GET `manage_url` and POST `cancel_url` (templates filled with the booking's code and token). */
export const managedBookingContract = z.object({
  code: z.string(),
  status: z.enum(['confirmed', 'reserved', 'cancelled']),
  /** The service's id (`services[].id`). */
  service: z.optional(z.string()),
  /** The place's id (`offices[].id`), when the configuration names several. */
  office: z.optional(z.string()),
  /** ISO 8601 with an offset. */
  start: z.optional(dateTimeContract()),
  end: z.optional(dateTimeContract()),
  /** A reservation's deadline to confirm it in person. */
  expires_at: z.optional(dateTimeContract()),
  /** What the citizen entered, kept when they choose a different time. */
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
});

/** 4xx answer with field errors. */
export const fieldErrorsContract = z.object({ errors: z.record(z.string(), z.string()) });
