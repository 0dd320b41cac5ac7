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
  errEmail: 'Please enter your e-mail address, for example name@example.org.',
  errConsent: 'Please agree, otherwise we cannot give you the appointment.',
  errSlot: 'Please choose a time.',
  errFields: 'Please check the marked fields.',
  submitBooking: 'Book this appointment (binding)',
  submitReservation: 'Reserve this appointment (non-binding)',
  sending: 'Sending …',
  sendFailed:
    'Your request could not be sent right now. Your details are not lost: send them again, or e-mail us your preferred appointment.',
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
  donePending: 'Almost done: please confirm your appointment',
  zmsCheckMail:
    'We have sent an e-mail to {email}. Please confirm the appointment with the link in it, otherwise it lapses.',
  zmsCheckMailWithin:
    'We have sent an e-mail to {email}. Please confirm the appointment with the link in it within {minutes} minutes, otherwise it lapses.',
  zmsExpired:
    'Your reservation has expired; the appointment was not booked. Please choose a time again; your details are kept.',
  zmsRateLimited:
    'Very many requests are arriving right now. Please wait a moment, then send again; your details are kept.',
  zmsMaintenance:
    'The booking system is under maintenance. Please try again later, or make your appointment by phone or e-mail.',
  zmsSameMail:
    'As many appointments as allowed are already booked with this e-mail address. Please cancel another appointment first.',
  zmsCaptcha:
    'The booking system’s security check did not work. Please reload the page, or make your appointment by phone or e-mail.',
  zmsPhone: 'Please enter a phone number of 7 to 15 digits.',
};
