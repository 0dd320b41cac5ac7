/**
 * The endpoint contract of `<form-finder>` as complete zod schemas, for the JSON Schema in
 * docs/schemas/ (`npm run schemas`). The widget never imports this file: it validates with the
 * smaller hand-written checks of form-finder-schema.ts, entry by entry (a test keeps both in step).
 */
import * as z from 'zod/mini';

const text = () => z.string().check(z.minLength(1));

/** A department (Fachbereich, Amt): who sends a form by e-mail or post. */
export const departmentContract = z.object({
  id: text(),
  name: text(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  hours: z.optional(z.string()),
  url: z.optional(z.string()),
});

/** One form of the catalogue. */
export const formContract = z.object({
  id: text(),
  title: text(),
  description: z.optional(z.string()),
  keywords: z.optional(z.array(z.string())),
  /** `id` of a department. */
  department: text(),
  /** Download URL (http, https or relative). */
  url: text(),
  /** `pdf`, `docx`, `odt`, … */
  format: z.optional(z.string()),
  size_bytes: z.optional(z.number().check(z.nonnegative())),
  /** ISO date of the last revision, `YYYY-MM-DD`. */
  updated_at: z.optional(z.string()),
  /** The online version of the form, if there is one. */
  online_url: z.optional(z.string()),
  /** The service behind `online_url`, as `<city-services>` knows it (e.g. `serviceportal`). */
  service: z.optional(z.string()),
});

/** GET `endpoint`: the whole catalogue. */
export const formCatalogContract = z.object({
  updated_at: z.optional(z.string()),
  /** Who is responsible for the forms; without it, results show no department contact. */
  departments: z.optional(z.array(departmentContract)),
  forms: z.array(formContract),
});

export const contracts = { 'form-finder': formCatalogContract };
