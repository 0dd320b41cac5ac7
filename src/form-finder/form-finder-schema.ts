/** Validation of the form catalogue at run time, with the shared checks of core/schema.ts. */
import {
  contactChannels,
  array,
  date,
  dateTime,
  object,
  optional,
  orLeftOut,
  nonNegative,
  string,
  text,
  unknown,
  urlField,
  validEntries,
} from '../core/schema.js';
import type { Check } from '../core/schema.js';
import type { FormCatalog, FormEntry } from './form-catalog-types.js';

/** The catalogue as the widget holds it: the contract's `updated_at` besides the lists. */
export interface FormFinderCatalog extends FormCatalog {
  updated_at?: string;
}

export const departmentSchema = object({
  id: text,
  name: text,
  ...contactChannels,
});

export const formSchema = object({
  id: text,
  title: text,
  description: optional(string),
  keywords: optional(array(string)),
  department: text,
  // A form without a download a browser may open (http, https, relative) is left out.
  url: urlField(),
  format: optional(string),
  size_bytes: optional(nonNegative),
  updated_at: orLeftOut(date),
  online_url: orLeftOut(urlField()),
  service: optional(string),
});

/** The catalogue's date: a day (`2023-10-30`) or a date-time with an offset. */
const dayOrDateTime: Check<string> = (value, path) => {
  try {
    return date(value, path);
  } catch {
    return dateTime(value, path);
  }
};

/** The envelope; forms and departments are validated one by one (a bad one is left out). */
export const catalogSchema = object({
  updated_at: orLeftOut(dayOrDateTime),
  departments: optional(array(unknown)),
  forms: array(unknown),
});

/**
 * The checked forms, when there is one at least. A catalogue without a usable form (emptied by
 * mistake, or a CMS export that renamed a field, so every form fails) would answer every search
 * with "Kein Formular gefunden." and take the place of the last good copy: it is a wrong shape
 * instead, so the last good catalogue or the contact shows (as a status file without services).
 */
function atLeastOneForm(forms: FormEntry[]): FormEntry[] {
  if (!forms.length) throw new TypeError('forms: at least one valid form expected');
  return forms;
}

/**
 * Validates a catalogue payload. Throws when the envelope is wrong (no `forms` list) or no form
 * is valid; forms and departments that do not validate are left out with a console warning.
 */
export function parseFormCatalog(raw: unknown): FormFinderCatalog {
  const catalog = catalogSchema(raw);
  return {
    ...catalog,
    departments: validEntries(catalog.departments ?? [], departmentSchema, 'department'),
    forms: atLeastOneForm(validEntries(catalog.forms, formSchema, 'form')),
  };
}

/**
 * {@link parseFormCatalog} for the widget: the forms are checked `sliceSize` at a time, with
 * `pause()` (the next task) between the slices, so that a large catalogue never holds the main
 * thread for long (10,000 forms were one task of ~20 ms, ~80 ms at Lighthouse's 4× CPU). Same
 * checks, same warnings (each names the form's place in the whole list), same result.
 */
export async function parseFormCatalogInSlices(
  raw: unknown,
  pause: () => Promise<void>,
  sliceSize = 2500,
): Promise<FormFinderCatalog> {
  const catalog = catalogSchema(raw);
  const forms: FormEntry[] = [];
  for (const [index, form] of catalog.forms.entries()) {
    if (index && index % sliceSize === 0) await pause();
    try {
      forms.push(formSchema(form, `form #${index}`));
    } catch (error) {
      console.warn(`civic-widgets: form #${index} skipped`, error);
    }
  }
  return {
    ...catalog,
    departments: validEntries(catalog.departments ?? [], departmentSchema, 'department'),
    forms: atLeastOneForm(forms),
  };
}
