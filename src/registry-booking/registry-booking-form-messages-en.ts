import type { Message } from '../core/i18n.js';
import type { RegistryFormMessageKey } from './registry-booking-form-messages.js';

export const en: Record<RegistryFormMessageKey, Message> = {
  details: 'Your details',
  summary: 'Your appointment',
  service: 'Service',
  date: 'Date',
  time: 'Time',
  place: 'Place',
  code: 'Booking number',
  name: 'First and last name',
  email: 'E-mail address',
  phone: 'Phone number',
  notes: 'Notes',
  consent: 'I agree that my details are stored and processed to give me this appointment.',
  optional: '(optional)',
  errName: 'Please enter your first and last name.',
  errEmail: 'Please enter your e-mail address, for example name@example.com.',
  errConsent: 'Please agree, otherwise we cannot give you the appointment.',
  errSlot: 'Please choose a time.',
  errFields: 'Please check the marked fields.',
  submitBooking: 'Book this appointment (binding)',
  submitReservation: 'Reserve this appointment (non-binding)',
  sending: 'Sending …',
  sendFailed:
    'Your request could not be sent just now. Your details are not lost: send them again, or e-mail us your preferred appointment.',
  sendRefused:
    'The booking system did not accept your request (error {status}). Your details are not lost: e-mail us your preferred appointment – the text is already prepared – or call us.',
  serverSaid: 'The booking system says: “{message}”.',
  resend: 'Send again',
  doneConfirmed: 'Your appointment is booked',
  doneReserved: 'Your appointment is reserved – not yet binding',
  ics: 'Add to calendar (.ics)',
  print: 'Print',
  cancel: 'Cancel the appointment',
  again: 'Book another appointment',
  icsReserved: 'Non-binding reservation',
};
