import type { AppointmentMessageKey } from './appointment-messages.js';

export const en: Record<AppointmentMessageKey, string> = {
  loading: 'Loading your appointment …',
  confirmed: 'Your appointment is confirmed',
  shown: 'Your appointment',
  cancelled: 'Your appointment is cancelled',
  problemTitle: 'Your appointment cannot be shown right now',
  cancelFailed: 'Your appointment could not be cancelled',
  notFound:
    'This appointment does not exist (any more). Perhaps you cancelled it already? Otherwise, please check that you used the whole link from the e-mail.',
  linkExpired:
    'Unfortunately the time to confirm has passed and the appointment has lapsed. Please book it again.',
  wrongLink: 'This link does not match an appointment. Please use the whole link from the e-mail.',
  cannotCancel:
    'This appointment can no longer be cancelled online. Please cancel it by phone or e-mail.',
  notLoaded:
    'The booking system cannot be reached right now. Your appointment is not affected. Try again, or contact us:',
  number: 'Reference number',
  code: 'Booking number',
  reserved: 'Your appointment is reserved – not yet binding',
  reservedUntil:
    'Please confirm the reservation in person with the documents needed by {date}, or it lapses.',
  service: 'Service',
  date: 'Date',
  time: 'Time',
  at: '{time}',
  place: 'Place',
  cancel: 'Cancel the appointment',
  askCancel: 'Do you really want to cancel this appointment? It then becomes free for others.',
  yesCancel: 'Yes, cancel the appointment',
  keep: 'No, keep the appointment',
  retry: 'Try again',
  bookNew: 'Book a new appointment',
  rebook: 'Choose a different time',
  askRebook:
    'Do you want to choose a different time? This appointment is then cancelled; your details are kept.',
  yesRebook: 'Yes, cancel and choose again',
};
