/**
 * Managing a booking of the library's own contract (a lazy chunk, with the appointment view):
 * the configuration's `manage_url` and `cancel_url` are templates with `{code}` and `{token}`,
 * filled with what the booking answer returned. This page opened with `#/booking/<code>/<token>`
 * (the link of the confirmation and the .ics) shows the booking and can cancel it.
 */
import { EndpointError } from '../core/endpoint-error.js';
import { requestJson } from '../core/http.js';
import { dateTime, object, optional, orLeftOut, string } from '../core/schema.js';
import type { Appointment, AppointmentSource } from './appointment-view.js';
import type { BookingReference } from './booking-link.js';
import type { RegistryConfig } from './registry-booking-schema.js';

const MANAGED_STATUSES = ['confirmed', 'reserved', 'cancelled'];

/**
 * GET `manage_url` and POST `cancel_url` answer with the booking as it is now
 * (`managedBookingContract`). A time without an offset is left out with a warning (never read in
 * the device's zone); an unknown status is shown as the server wrote it, with a warning.
 */
export const managedBookingSchema = object({
  code: string,
  /** `confirmed`, `reserved` or `cancelled`. */
  status: (value: unknown, path?: string) => {
    const status = string(value, path);
    if (!MANAGED_STATUSES.includes(status)) {
      console.warn(`civic-widgets: ${path ?? 'status'}: booking status "${status}" unknown`);
    }
    return status;
  },
  service: optional(string),
  office: optional(string),
  start: orLeftOut(dateTime),
  end: orLeftOut(dateTime),
  expires_at: orLeftOut(dateTime),
  name: optional(string),
  email: optional(string),
  phone: optional(string),
});

/** A URL template with `{code}` and `{token}` filled in (each encoded as one path segment or value). */
export const fillTemplate = (template: string, reference: BookingReference): string =>
  template
    .replace(/\{code\}|%7Bcode%7D/gi, encodeURIComponent(reference.code))
    .replace(/\{token\}|%7Btoken%7D/gi, encodeURIComponent(reference.token ?? ''));

function appointmentOf(raw: unknown, config: RegistryConfig): Appointment {
  const booking = managedBookingSchema(raw);
  const start = booking.start ? new Date(booking.start) : undefined;
  const place = config.places?.find((candidate) => candidate.id === booking.office);
  return {
    number: booking.code,
    status: booking.status,
    serviceId: booking.service,
    serviceName: config.services.find((service) => service.id === booking.service)?.name,
    start: start && !Number.isNaN(start.getTime()) ? start : undefined,
    placeName: place?.name ?? config.office.name,
    expiresAt: booking.expires_at,
    citizen: { name: booking.name, email: booking.email, phone: booking.phone },
  };
}

/** The booking named by the page's link, read from `manage_url` and cancelled at `cancel_url`. */
export function ownAppointmentSource(
  config: RegistryConfig,
  reference: BookingReference,
): AppointmentSource {
  return {
    numberLabel: 'code',
    load: async (timeout) =>
      appointmentOf(
        (await requestJson(fillTemplate(config.manage_url!, reference), { timeout })).body,
        config,
      ),
    cancellable: !!config.cancel_url,
    async cancel(timeout) {
      const { body } = await requestJson(fillTemplate(config.cancel_url!, reference), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: reference.code, token: reference.token }),
        timeout,
      });
      return appointmentOf(body, config);
    },
    problem(error) {
      const status = error instanceof EndpointError && error.kind === 'http' ? error.status : 0;
      if (status === 404 || status === 410) return 'notFound';
      if (status === 401 || status === 403) return 'wrongLink';
      if (status === 409) return 'cannotCancel';
      return 'notLoaded';
    },
  };
}
