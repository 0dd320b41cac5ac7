/**
 * What <registry-booking>'s form keeps in the tab's sessionStorage (this tab only, gone when it
 * closes), so that a reload neither loses what was typed nor books twice: the fields but the
 * consent, which is given anew for each booking; and the booking on its way (the library's own
 * contract) until a definite answer: its Idempotency-Key, service and time. One per booking URL
 * (two widgets of a page, two offices, never take each other's booking). The element reads it
 * to choose that service and time again (registry-booking.ts), the form to offer sending it again
 * under the same key (booking-form.ts): the server then answers that booking, it makes no second.
 */
import { boolean, dateTime, object, optional, string } from '../core/schema.js';
import type { Infer } from '../core/schema.js';

const keptForm = object({
  name: string,
  email: string,
  phone: string,
  notes: string,
  sending: optional(
    object({
      key: string,
      service: string,
      slot: object({
        id: string,
        start: dateTime,
        end: dateTime,
        available: boolean,
        place: optional(string),
      }),
    }),
  ),
});

export type KeptForm = Infer<typeof keptForm>;

const KEPT_FORM = 'civic-widgets:registry-booking:form:';

/** The form kept for `bookingUrl`; empty where none was kept, it is not readable or storage is blocked. */
export function readKeptForm(bookingUrl: string): KeptForm {
  try {
    return keptForm(JSON.parse(sessionStorage.getItem(KEPT_FORM + bookingUrl)!));
  } catch {
    return { name: '', email: '', phone: '', notes: '' };
  }
}

/** Keeps `form` of `bookingUrl` for this tab (blocked or full storage: not kept, the form works). */
export function keepForm(bookingUrl: string, form: KeptForm): void {
  try {
    sessionStorage.setItem(KEPT_FORM + bookingUrl, JSON.stringify(form));
  } catch {
    // A reload will lose what was typed; nothing else depends on it.
  }
}
