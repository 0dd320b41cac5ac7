/**
 * Data contract of the form catalogue consumed by `<form-finder>`.
 *
 * Field names follow the JSON served by the city's back end (snake_case), so a
 * response can be used as is. Only `id`, `title`, `department` and `url` of a form
 * are required; everything else is optional and the widget degrades gracefully.
 */

/** A department (Fachbereich / Amt) that is responsible for forms. */
export interface Department {
  /** Stable identifier, referenced by `FormEntry.department`, e.g. `"soziales"`. */
  id: string;
  /** Display name, e.g. `"Fachbereich Soziales und Wohnen"`. */
  name: string;
  email?: string;
  /** Phone number as printed, e.g. `"+49 2324 204 0"`. */
  phone?: string;
  /** Opening hours as free text, e.g. `"Mo–Fr 8–12 Uhr"`. */
  hours?: string;
  url?: string;
}

/**
 * File format of a downloadable form. The usual ones are listed for editor
 * completion; any other string is accepted.
 */
export type FormFormat = 'pdf' | 'docx' | 'doc' | 'odt' | 'xlsx' | 'rtf' | (string & {});

/** One form (Formular / Antrag) of the catalogue. */
export interface FormEntry {
  /** Stable identifier, e.g. `"wohngeld"`. */
  id: string;
  /** Title as shown to the citizen, e.g. `"Antrag auf Wohngeld"`. */
  title: string;
  /** Short description, one or two sentences. */
  description?: string;
  /** Synonyms and alternative terms citizens search for, e.g. `["Mietzuschuss"]`. */
  keywords?: string[];
  /** `Department.id` of the responsible department. */
  department: string;
  /** Download URL of the form document. */
  url: string;
  format?: FormFormat;
  /** Size of the download in bytes. */
  size_bytes?: number;
  /** Date of the last revision, ISO 8601 (`YYYY-MM-DD`). */
  updated_at?: string;
  /** URL of the online version of the form, if the service can be done online. */
  online_url?: string;
  /** Identifier of the online service (e.g. `"serviceportal"`) behind `online_url`. */
  service?: string;
}

/** The complete catalogue as delivered by the back end. */
export interface FormCatalog {
  departments: Department[];
  forms: FormEntry[];
}
