import type { Message } from '../core/i18n.js';
import type { StatusMessageKey } from './report-status-messages.js';

export const en: Record<StatusMessageKey, Message> = {
  widgetName: 'The report status lookup',
  heading: 'Follow a report',
  fallbackText:
    'Your reference number stays valid. You can also ask about your report by phone or e-mail; please have the number ready:',
  statusNumber: 'Reference number',
  statusFormLabel: 'Enter a reference number',
  statusFormHint: 'The number is in the confirmation of your report.',
  statusCheck: 'Check status',
  statusRecheck: 'Check again',
  statusChecking: 'Checking the status of report {id} …',
  statusEmpty: 'Please enter a reference number.',
  statusMalformed:
    'A reference number consists of letters, digits and hyphens. Please check what you entered.',
  statusOpen: 'In progress',
  statusClosed: 'Done',
  statusUpdated: 'As of {date}',
  statusAgency: 'Responsible: {agency}',
  statusNotes: 'Note from the city: {notes}',
  statusUnknown: 'No report is known under the number {id}. Please check the number.',
  statusPending:
    'Your report has arrived; the city has not given it a reference number yet (identifier {id}). Please ask again later.',
  statusFailed: 'The status of report {id} cannot be checked right now.',
  statusNoLookup:
    'This page cannot check the status of a report. Please ask us and give your reference number:',
  askContact: 'Please try again later, or ask us:',
  askContactUnknown: 'You can also reach us here:',
  sentReports: 'Your reports sent from this device',
  sentAt: 'Sent on {date}',
  sentWithCategory: '{category}, sent on {date}',
  savedNumbers: 'Your reference numbers: {ids}',
};
