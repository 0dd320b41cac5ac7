/** Validation of the form catalogue at run time, with the shared checks of core/schema.ts. */
import {
  array,
  object,
  optional,
  nonNegative,
  string,
  text,
  unknown,
  validEntries,
} from '../core/schema.js';
import type { FormCatalog } from './form-catalog-types.js';

/** The catalogue as the widget holds it: the contract's `updated_at` besides the lists. */
export interface FormFinderCatalog extends FormCatalog {
  updated_at?: string;
}

export const departmentSchema = object({
  id: text,
  name: text,
  email: optional(string),
  phone: optional(string),
  hours: optional(string),
  url: optional(string),
});

export const formSchema = object({
  id: text,
  title: text,
  description: optional(string),
  keywords: optional(array(string)),
  department: text,
  url: text,
  format: optional(string),
  size_bytes: optional(nonNegative),
  updated_at: optional(string),
  online_url: optional(string),
  service: optional(string),
});

/** The envelope; forms and departments are validated one by one (a bad one is left out). */
export const catalogSchema = object({
  updated_at: optional(string),
  departments: optional(array(unknown)),
  forms: array(unknown),
});

/**
 * Validates a catalogue payload. Throws when the envelope is wrong (no `forms` list); forms and
 * departments that do not validate are left out with a console warning.
 */
export function parseFormCatalog(raw: unknown): FormFinderCatalog {
  const catalog = catalogSchema(raw);
  return {
    ...catalog,
    departments: validEntries(catalog.departments ?? [], departmentSchema, 'department'),
    forms: validEntries(catalog.forms, formSchema, 'form'),
  };
}
