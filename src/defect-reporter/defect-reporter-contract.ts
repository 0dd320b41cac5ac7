/**
 * The contract of `<defect-reporter>` as complete zod schemas, for the JSON Schemas in
 * docs/schemas/ (`npm run schemas`). The widget never imports this file: it validates the
 * config with the checks of civic-api.ts (categories entry by entry, coordinates
 * checked by hand); test/core/schema-contracts.test.ts keeps both in step.
 */
import * as z from 'zod/mini';
import { dateTimeContract, urlContract } from '../core/contract-fields.js';

/** One kind of defect the city takes reports for. */
export const categoryContract = z.object({
  id: z.string(),
  /** Shown to the citizen, e.g. "Straßenschaden / Schlagloch". */
  name: z.string(),
  /** Categories with the same group are listed together. */
  group: z.optional(z.string()),
  description: z.optional(z.string()),
  /** Further words the category filter finds it by. */
  keywords: z.optional(z.array(z.string())),
});

/** [latitude, longitude] in WGS 84. */
const latLng = z.tuple([z.number(), z.number()]);

/** GET `endpoint`: what the form offers and where reports go. */
export const configContract = z.object({
  /** At least one: without a category there is no form to offer. */
  categories: z.array(categoryContract).check(z.minLength(1)),
  /** POST target of reports (multipart/form-data); http(s) or relative. */
  submit_url: urlContract(),
  /** Linked at the consent checkbox. */
  privacy_url: z.optional(urlContract()),
  /**
   * Where a sent report's state is read: http(s) or relative, with `{id}` for the reference
   * number (e.g. "/api/reports/{id}"); answered with a report status. Without it, the widget
   * offers no status lookup for this contract.
   */
  status_url: z.optional(urlContract()),
  /**
   * The city's page with `<report-status>` ("Meldung verfolgen"): http(s) or relative. The
   * confirmation links to it as "Stand Ihrer Meldung verfolgen", with `?vorgang=<number>`.
   */
  status_page: z.optional(urlContract()),
  /** 0 turns the photo step off; default 3; at most 10. */
  max_photos: z.optional(z.int().check(z.gte(0), z.lte(10))),
  /** Largest photo after downscaling, in bytes; default 8000000. */
  max_photo_bytes: z.optional(z.number()),
  location: z.optional(
    z.object({
      /** An address or a position is needed (default true). */
      required: z.optional(z.boolean()),
      /** [[south, west], [north, east]]: positions outside are refused with a message. */
      bounds: z.optional(z.tuple([latLng, latLng])),
    }),
  ),
  /** Optional map (Leaflet, loaded only when the citizen opens it). */
  map: z.optional(
    z.object({
      /** Tile URL template with {z}, {x}, {y}. */
      tiles: urlContract(),
      attribution: z.optional(z.string()),
      center: z.optional(latLng),
      zoom: z.optional(z.number()),
    }),
  ),
});

/** A text the widget shows: not blank (a number is shown as written). */
const shownText = () => z.union([z.string().check(z.regex(/\S/)), z.number()]);

/** 2xx answer to a report. */
export const reportAcceptedContract = z.object({
  /** The reference number shown to the citizen. */
  id: shownText(),
  message: z.optional(shownText()),
});

/** 4xx answer to a report: messages by field name (`category`, `description`, `lat`, `lng`, `address`, `name`, `email`, `photo`; others are shown above the send button). */
export const reportErrorsContract = z.object({
  errors: z.record(z.string(), shownText()),
  message: z.optional(shownText()),
});

/** GET `status_url` with a report's number: its current state. 404: the number is unknown. */
export const reportStatusContract = z.object({
  /** The reference number (default: the number asked for). */
  id: z.optional(shownText()),
  /** open: received or being worked on; closed: done (or closed, see status_notes). */
  status: z.enum(['open', 'closed']),
  /** The city's words on the state, shown as they are. */
  status_notes: z.optional(shownText()),
  /** When the state last changed, ISO 8601 with an offset. */
  updated_at: z.optional(dateTimeContract()),
  /** Who works on it. */
  agency: z.optional(shownText()),
});

export const contracts = {
  'defect-reporter': configContract,
  'report-accepted': reportAcceptedContract,
  'report-errors': reportErrorsContract,
  'report-status': reportStatusContract,
};
