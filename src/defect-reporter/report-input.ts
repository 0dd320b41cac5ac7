// What each input of the reporter's steps changes in the report (the category filter aside,
// which is the form's, not the report's), and which field messages that change clears.
import type { Report } from './report.js';
import type { FieldErrors } from './report-validation.js';

export interface ReportEdit {
  change: (report: Report) => Report;
  /** The field messages the change makes obsolete. */
  clears: FieldErrors;
}

/** The edit `input`'s value makes; undefined for an input that is not part of the report. */
export function reportEditFromInput(input: HTMLInputElement): ReportEdit | undefined {
  const { name, value } = input;
  if (name === 'category' || name === 'description' || name === 'website') {
    return {
      change: (report) => ({ ...report, fields: { ...report.fields, [name]: value } }),
      // The honeypot ("website") has no message of its own.
      clears: { [name === 'website' ? 'category' : name]: '' },
    };
  }
  if (name === 'address') {
    return {
      change: (report) => ({ ...report, location: { ...report.location, address: value } }),
      clears: { address: '' },
    };
  }
  if (name === 'name' || name === 'email' || name === 'consent') {
    const change = name === 'consent' ? { consent: input.checked } : { [name]: value };
    return {
      change: (report) => ({ ...report, contact: { ...report.contact, ...change } }),
      clears: { [name]: '' },
    };
  }
  return undefined;
}
