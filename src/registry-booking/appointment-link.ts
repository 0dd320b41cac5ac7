// What a link to an appointment opens, as one chunk: the appointment's view and, for this
// library's own API, where the appointment is read and changed (ZMS reads its own in
// zms-booking.ts). Loaded one after the other, they were two downloads in a row.
export { AppointmentView } from './appointment-view.js';
export { ownAppointmentSource } from './booking-manage.js';
