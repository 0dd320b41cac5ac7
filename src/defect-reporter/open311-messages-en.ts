import type { Message } from '../core/i18n.js';
import type { Open311MessageKey } from './open311-messages.js';

export const en: Record<Open311MessageKey, Message> = {
  optional: '(optional)',
  choose: '– please choose –',
  attributesHeading: 'Details for this category',
  attributesLoading: 'Loading the questions for this category …',
  definitionFailed:
    'The questions for this category could not be loaded. You can send the report by e-mail or call; please describe the problem as precisely as you can.',
  problemRequired: 'Please answer this question: {label}',
  problemNumber: 'Please enter a number: {label}',
  problemDatetime: 'Please enter a date and time: {label}',
  problemChoice: 'Please choose one of the answers offered: {label}',
  serverField: 'The city could not accept this answer. Please check it: {label}',
  serverGeneral:
    'The city could not accept the report. Please report the problem by e-mail or phone.',
  phone: 'Phone',
  phoneHint: 'For questions from the city.',
  statusHeading: 'What happened to my report?',
  statusNumber: 'Reference number',
  statusFormLabel: 'Enter a reference number',
  statusFormHint: 'The number is in the confirmation of your report.',
  statusCheck: 'Check status',
  statusChecking: 'Checking …',
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
