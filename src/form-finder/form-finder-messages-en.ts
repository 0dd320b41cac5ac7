import type { Message } from '../core/i18n.js';
import type { FormFinderMessageKey } from './form-finder-messages.js';

export const en: Record<FormFinderMessageKey, Message> = {
  widgetName: 'The form finder',
  heading: 'Find a form',
  label: 'Search forms',
  hint: 'For example: housing benefit (Wohngeld), register a dog, bulky waste',
  department: 'Department',
  allDepartments: 'All departments',
  format: 'Format',
  allFormats: 'All formats',
  found: { one: '{count} form found', other: '{count} forms found' },
  none: 'No form found.',
  noneFor: 'No form found for “{query}”.',
  more: { one: 'Show one more form', other: 'Show {count} more forms' },
  catalog: 'Form directory as of {date}',
  updated: 'As of {date}',
  download: 'Download',
  online: 'Fill in online',
  onlineDown:
    'Filling in online is not possible right now ({service}: {status}). You can download the forms or request them by e-mail.',
  onlineUnavailable: 'Fill in online: not possible right now',
  request: 'Request the form by e-mail',
  requestPhone: 'Request the form by phone:',
  subject: 'Form request: {title}',
  body: 'Hello,\n\nplease send me the form “{title}”.\n\nMy postal address:\n\n\nKind regards\n',
  suggestions: 'Similar forms',
  contacts: 'Request a form from the department',
  contactsText: 'Every department sends its forms by e-mail or post. Call or write an e-mail:',
  fallbackText:
    'You can get any form by e-mail or phone as well – just say what you want to apply for.',
  requestQuery: 'Request the form “{query}” by e-mail',
};
