import type { Message } from '../core/i18n.js';
import type { Open311MessageKey } from './open311-messages.js';

export const en: Record<Open311MessageKey, Message> = {
  optional: '(optional)',
  choose: '– please choose –',
  attributesHeading: 'Details for this category',
  attributesLoading: 'Loading the questions for this category …',
  definitionFailed:
    'The questions for this category could not be loaded. You can send the report by e-mail or call; please describe the problem as precisely as you can.',
  definitionRetry: 'Load the questions again',
  problemRequired: 'Please answer this question: {label}',
  problemNumber: 'Please enter a number: {label}',
  problemDatetime: 'Please enter a date and time: {label}',
  problemChoice: 'Please choose one of the answers offered: {label}',
  serverField: 'The city could not accept this answer. Please check it: {label}',
  phone: 'Phone',
  phoneHint: 'For questions from the city.',
};
