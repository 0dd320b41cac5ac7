/**
 * The endpoint contract of `<form-finder>` as complete zod schemas, for the JSON Schema in
 * docs/schemas/ (`npm run schemas`). The widget never imports this file: it validates with the
 * smaller hand-written checks of form-finder-schema.ts, entry by entry (a test keeps both in step).
 */
import * as z from 'zod/mini';
import {
  contactChannelContracts,
  dateContract,
  dateTimeContract,
  urlContract,
} from '../core/contract-fields.js';

const text = () => z.string().check(z.minLength(1));

/** A department (Fachbereich, Amt): who sends a form by e-mail or post. */
export const departmentContract = z.object({
  id: text(),
  name: text(),
  ...contactChannelContracts,
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
  url: urlContract(),
  /** `pdf`, `docx`, `odt`, … */
  format: z.optional(z.string()),
  size_bytes: z.optional(z.number().check(z.nonnegative())),
  /** ISO date of the last revision, `YYYY-MM-DD`. */
  updated_at: z.optional(dateContract()),
  /** The online version of the form, if there is one. */
  online_url: z.optional(urlContract()),
  /** The service behind `online_url`, as `<city-services>` knows it (e.g. `serviceportal`). */
  service: z.optional(z.string()),
});

/** GET `endpoint`: the whole catalogue. */
export const formCatalogContract = z.object({
  /** The catalogue's date: a day, or a date-time with an offset. */
  updated_at: z.optional(z.union([dateContract(), dateTimeContract()])),
  /** Who is responsible for the forms; without it, results show no department contact. */
  departments: z.optional(z.array(departmentContract)),
  /** One form at least: without one, the widget shows the last good catalogue or its contact. */
  forms: z.array(formContract).check(z.minLength(1)),
});

export const contracts = { 'form-finder': formCatalogContract };
