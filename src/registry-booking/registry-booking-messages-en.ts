import type { Message } from '../core/i18n.js';
import type { RegistryMessageKey } from './registry-booking-messages.js';

export const en: Record<RegistryMessageKey, Message> = {
  widgetName: 'Appointment booking',
  heading: 'Book an appointment: {office}',
  services: 'What do you need?',
  mode_booking: 'Binding appointment',
  mode_reservation: 'Non-binding reservation only',
  mode_unavailable: 'Not possible at the moment',
  duration: { one: 'Takes about {count} minute.', other: 'Takes about {count} minutes.' },
  documents: 'Please bring:',
  holdNoDays:
    'A reservation is not a binding registration. You must confirm it in person at the {office}, otherwise it lapses.',
  holdUntil:
    'A reservation is not a binding registration. Please confirm it in person at the {office} by {date}, otherwise it lapses.',
  visitOnce:
    'Your appointment is before this deadline: you come only once, to your appointment, and confirm the reservation there with the documents.',
  visitTwice:
    'So you come twice: by that date to confirm, and on {appointment} for your appointment.',
  unavailable: 'This appointment cannot be booked online at the moment. You can reach us here:',
  noOnline: 'This appointment cannot be booked online. You can reach us here:',
  staleNoBooking:
    'Appointments can only be given with current data, so booking is not possible right now. You can reach us here:',
  chooseDay: 'Choose a day',
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  slotsLoading: 'Loading free appointments …',
  slotsFailed:
    'The free appointments could not be loaded right now. Try again, or make your appointment by phone or e-mail:',
  emptyMonth: 'No free appointments this month.',
  nextFree: 'Next free appointment on {date}.',
  showMonth: 'Show {month}',
  free: {
    '=0': 'no free appointments',
    one: '{count} free appointment',
    other: '{count} free appointments',
  },
  freeSome: 'free appointments',
  places: 'Place',
  anyPlace: 'Any place (earliest free appointment)',
  times: 'Free times on {date}',
  noTimes: 'No time is free on this day any more. Please choose another day.',
  timeRange: '{from} to {to}',
  conflict:
    'This time has just been taken. Please choose another time; the free appointments have been loaded again. Your details are kept.',
  formFailed:
    'The booking form could not be loaded. Try again, or e-mail us your preferred appointment.',
  mailLink: 'E-mail us your preferred appointment',
  mailSubject: 'Appointment request: {service} on {date} at {time}',
  mailBody:
    'Hello,\n\nI would like to book this appointment:\n{service}\n{date}, {time}\n\nName: {name}\nE-mail: {email}\nPhone: {phone}\n{notes}\n\nKind regards',
  fallback: 'You can make your appointment by phone or e-mail:',
};
