/**
 * The endpoint contract of <registry-booking> as complete zod schemas, for the JSON Schemas in
 * docs/registry-booking.md (`z.toJSONSchema`). The widget itself validates with the lighter
 * schemas of registry-booking-schema.ts (lists entry by entry, numbers checked by hand); this
 * module is not part of the bundle.
 */
import * as z from 'zod/mini';
import {
  bookingResultSchema,
  officeSchema,
  SERVICE_MODES,
  slotSchema,
} from './registry-booking-schema.js';

export const registryServiceContract = z.object({
  id: z.string(),
  name: z.string(),
  mode: z.enum(SERVICE_MODES),
  notice: z.optional(z.string()),
  duration_minutes: z.optional(z.number()),
  hold_days: z.optional(z.number()),
  documents: z.optional(z.array(z.string())),
});

/** GET `endpoint`. */
export const registryConfigContract = z.object({
  office: officeSchema,
  timezone: z.optional(z.string()),
  services: z.array(registryServiceContract),
  slots_url: z.optional(z.string()),
  booking_url: z.optional(z.string()),
  updated_at: z.optional(z.string()),
});

/** GET `slots_url?service=…&from=…&to=…`. */
export const slotsContract = z.object({
  slots: z.array(z.object({ ...slotSchema.shape, available: z.boolean() })),
  next_available: z.optional(z.string()),
});

/** POST `booking_url` (JSON, with an Idempotency-Key header). */
export const bookingRequestContract = z.object({
  service: z.string(),
  slot: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
  notes: z.optional(z.string()),
  consent: z.literal(true),
});

/** 201 answer of `booking_url`. */
export const bookingResultContract = z.object({
  ...bookingResultSchema.shape,
  status: z.enum(['reserved', 'confirmed']),
});

/** 4xx answer with field errors. */
export const fieldErrorsContract = z.object({ errors: z.record(z.string(), z.string()) });
