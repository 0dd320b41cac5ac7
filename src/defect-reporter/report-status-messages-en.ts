import type { Message } from '../core/i18n.js';
import type { StatusMessageKey } from './report-status-messages.js';

export const en: Record<StatusMessageKey, Message> = {
  statusHeading: 'What happened to my report?',
  statusNumber: 'Reference number',
  statusFormLabel: 'Enter a reference number',
  statusFormHint: 'The number is in the confirmation of your report.',
  statusCheck: 'Check status',
  statusChecking: 'Checking the status of report {id} …',
  statusEmpty: 'Please enter a reference number.',
  statusOpen: 'In progress',
  statusClosed: 'Done',
  statusUpdated: 'As of {date}',
  statusAgency: 'Responsible: {agency}',
  statusNotes: 'Note from the city: {notes}',
  statusUnknown: 'No report is known under the number {id}. Please check the number or ask:',
  statusPending:
    'Your report has arrived; the city has not given it a reference number yet (identifier {id}). Please ask again later.',
  statusFailed:
    'The status of report {id} cannot be checked right now. Please try again later, or ask:',
  sentReports: 'Your reports sent from this device',
};
