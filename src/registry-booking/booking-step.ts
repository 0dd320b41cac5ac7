/**
 * The second half of <registry-booking>, loaded once a bookable service is chosen: the form,
 * the submission and the confirmation with its .ics file. Keeps the first paint small; the
 * widget starts loading it while the citizen looks at the calendar.
 */
export { BookingForm } from './booking-form.js';
