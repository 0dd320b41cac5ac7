/**
 * The contract of `<defect-reporter>` as complete zod schemas, for the JSON Schemas in
 * docs/schemas/ (`npm run schemas`). The widget never imports this file: it validates the
 * config with defect-reporter-schema.ts (categories entry by entry, coordinates checked by
 * hand); a test keeps both in step.
 */
import * as z from 'zod/mini';
import { categorySchema } from './defect-reporter-schema.js';

/** [latitude, longitude] in WGS 84. */
const latLng = z.tuple([z.number(), z.number()]);

/** GET `endpoint`: what the form offers and where reports go. */
export const configContract = z.object({
  categories: z.array(categorySchema),
  /** POST target of reports (multipart/form-data); http(s) or relative. */
  submit_url: z.string(),
  /** Linked at the consent checkbox. */
  privacy_url: z.optional(z.string()),
  /** 0 turns the photo step off; default 3. */
  max_photos: z.optional(z.number()),
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
      tiles: z.string(),
      attribution: z.optional(z.string()),
      center: z.optional(latLng),
      zoom: z.optional(z.number()),
    }),
  ),
});

/** 2xx answer to a report. */
export const reportAcceptedContract = z.object({
  /** The reference number shown to the citizen. */
  id: z.union([z.string(), z.number()]),
  message: z.optional(z.string()),
});

/** 4xx answer to a report: messages by field name (`category`, `description`, `lat`, `lng`, `address`, `name`, `email`, `photo`; others are shown above the send button). */
export const reportErrorsContract = z.object({
  errors: z.record(z.string(), z.string()),
  message: z.optional(z.string()),
});

export const contracts = {
  'defect-reporter': configContract,
  'report-accepted': reportAcceptedContract,
  'report-errors': reportErrorsContract,
};
