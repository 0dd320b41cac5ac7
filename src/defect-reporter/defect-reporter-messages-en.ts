import type { DefectMessageKey } from './defect-reporter-messages.js';

export const en: Record<DefectMessageKey, string> = {
  title: 'Report a problem',
  draftNote: 'What you enter is kept in this browser until the report has arrived.',
  emergency:
    'Not for emergencies! If anyone is in danger, call the police on {110} or the fire and ambulance service on {112}.',
  restored: 'Your draft from {date} has been restored.',
  restart: 'Start again',
  progress: 'Step {n} of {total}',
  next: 'Next',
  back: 'Back',
  category: 'Category',
  otherGroup: 'Other',
  stepcategory: 'What would you like to report?',
  filter: 'Search categories',
  matches: '{n} of {total} categories',
  noMatch: 'No category matches what you typed.',
  errCategory: 'Please choose a category.',
  send: 'Send report',
  sending: 'Sending …',
  flowFailed:
    'This part of the form could not be loaded. What you entered stays saved. Try again, or report the problem here:',
  fallbackText:
    'The report cannot be passed to the city directly right now. You can still write it below and send it by e-mail – or call us:',
  catRoad: 'Road damage / pothole',
  catLight: 'Street light out',
  catWaste: 'Illegal dumping',
  catOther: 'Other',
};
