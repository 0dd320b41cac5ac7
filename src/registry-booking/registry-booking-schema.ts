import * as z from 'zod/mini';
import { validEntries } from '../core/schema-helpers.js';
import { OFFICE_TIME_ZONE, parseInstant } from './office-time.js';
import type { Slot } from './office-time.js';

/**
 * The three situations a registry-office service can be in: `booking` (a binding appointment),
 * `reservation` (non-binding, to be confirmed in person within a deadline), `unavailable`
 * (no calendar: the notice and the contact).
 */
export const SERVICE_MODES = ['booking', 'reservation', 'unavailable'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

export const officeSchema = /*#__PURE__*/ z.object({
  name: z.string(),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
  address: z.optional(z.string()),
  hours: z.optional(z.string()),
  url: z.optional(z.string()),
});

export const registryServiceSchema = /*#__PURE__*/ z.object({
  id: z.string(),
  name: z.string(),
  // One of SERVICE_MODES: checked in parseRegistryConfig (z.enum costs bytes).
  mode: z.string(),
  notice: z.optional(z.string()),
  // Numbers and booleans are checked by hand below: z.number() and z.boolean() cost 0.35 KB gzip.
  duration_minutes: z.optional(z.unknown()),
  hold_days: z.optional(z.unknown()),
  documents: z.optional(z.array(z.string())),
});

/** The envelope; services are validated one by one so one bad entry is dropped, not the list. */
export const registryConfigEnvelope = /*#__PURE__*/ z.object({
  office: officeSchema,
  timezone: z.optional(z.string()),
  services: z.array(z.unknown()),
  slots_url: z.optional(z.string()),
  booking_url: z.optional(z.string()),
  updated_at: z.optional(z.string()),
});

export const slotSchema = /*#__PURE__*/ z.object({
  id: z.string(),
  start: z.string(),
  end: z.string(),
  available: z.optional(z.unknown()),
});

export const slotsEnvelope = /*#__PURE__*/ z.object({
  slots: z.array(z.unknown()),
  next_available: z.optional(z.string()),
});

export const bookingResultSchema = /*#__PURE__*/ z.object({
  code: z.string(),
  status: z.string(),
  message: z.optional(z.string()),
  expires_at: z.optional(z.string()),
  cancel_url: z.optional(z.string()),
});

export type Office = z.infer<typeof officeSchema>;
export type RegistryService = Omit<
  z.infer<typeof registryServiceSchema>,
  'mode' | 'duration_minutes' | 'hold_days'
> & {
  mode: ServiceMode;
  duration_minutes?: number;
  hold_days?: number;
};
export interface RegistryConfig {
  office: Office;
  /** IANA timezone of the office (checked; Europe/Berlin when missing or unknown). */
  timezone: string;
  services: RegistryService[];
  slots_url?: string;
  booking_url?: string;
  updated_at?: string;
}
export interface SlotsData {
  /** Which request the slots answer (service and month), so a late answer never shows. */
  key: string;
  slots: Slot[];
  next_available?: string;
}
export type BookingResult = z.infer<typeof bookingResultSchema>;
export interface BookingRequest {
  service: string;
  slot: string;
  name: string;
  email: string;
  phone?: string;
  notes?: string;
  consent: true;
}

const positive = (n: unknown): number | undefined =>
  typeof n === 'number' && n > 0 ? n : undefined;

function knownZone(zone: string | undefined): string {
  if (zone) {
    try {
      new Intl.DateTimeFormat('de', { timeZone: zone });
      return zone;
    } catch {
      console.warn(`civic-widgets: unknown timezone "${zone}", using ${OFFICE_TIME_ZONE}`);
    }
  }
  return OFFICE_TIME_ZONE;
}

/** Validates the registry endpoint's JSON. Throws when the envelope is wrong. */
export function parseRegistryConfig(raw: unknown): RegistryConfig {
  const envelope = registryConfigEnvelope.parse(raw);
  return {
    ...envelope,
    timezone: knownZone(envelope.timezone),
    services: validEntries(envelope.services, registryServiceSchema, 'service')
      .filter((s) => {
        const known = (SERVICE_MODES as readonly string[]).includes(s.mode);
        if (!known)
          console.warn(`civic-widgets: service "${s.id}" skipped: unknown mode "${s.mode}"`);
        return known;
      })
      .map((s) => ({
        ...s,
        mode: s.mode as ServiceMode,
        duration_minutes: positive(s.duration_minutes),
        hold_days: positive(s.hold_days),
      })),
  };
}

/**
 * Validates the slots answer. Slots without an offset in their times are dropped (the device's
 * timezone must never decide the day); `available` defaults to true.
 */
export function parseSlots(raw: unknown, key: string): SlotsData {
  const envelope = slotsEnvelope.parse(raw);
  return {
    key,
    next_available: envelope.next_available,
    slots: validEntries(envelope.slots, slotSchema, 'slot')
      .filter((s) => parseInstant(s.start) && parseInstant(s.end))
      .map((s) => ({ ...s, available: s.available !== false })),
  };
}

export const parseBookingResult = (raw: unknown): BookingResult => bookingResultSchema.parse(raw);

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
