/**
 * Field types the endpoint contracts (`src/<tag>/<tag>-contract.ts`, zod) share, built on the
 * same patterns as the widgets' run-time checks in schema.ts, so that the JSON Schemas
 * generated from the contracts (docs/schemas/, `npm run schemas`) say what the widgets take.
 * Contract-only: no widget imports this file (zod stays out of the bundles).
 */
import * as z from 'zod/mini';
import { DATE_PATTERN, DATE_TIME_PATTERN, LINK_URL, WEB_URL } from './schema.js';

/**
 * A date-time with seconds and an offset (`2023-10-30T09:15:00+01:00`, `…Z`): `format:
 * date-time` and the pattern of schema.ts's `dateTime`. A time without an offset is refused,
 * never read in the device's time zone.
 */
export const dateTimeContract = () =>
  z
    .string()
    .check(z.regex(new RegExp(DATE_TIME_PATTERN)))
    .register(z.globalRegistry, { format: 'date-time' });

/** A calendar date, `YYYY-MM-DD` (`format: date`, the pattern of schema.ts's `date`). */
export const dateContract = () =>
  z
    .string()
    .check(z.regex(new RegExp(DATE_PATTERN)))
    .register(z.globalRegistry, { format: 'date' });

/**
 * A URL as `urlField(pattern)` of schema.ts takes it (default {@link WEB_URL}: http, https or a
 * path relative to the page; `LINK_URL` adds mailto and tel), so `javascript:` and `https://`
 * alone are refused.
 */
export const urlContract = (pattern: RegExp = WEB_URL) => z.string().check(z.regex(pattern));

/**
 * The channels of a `Contact` (core/contact.ts) in its order, as schema.ts's `contactChannels`
 * checks them: a department, an office, a way round an outage.
 */
export const contactChannelContracts = {
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
  hours: z.optional(z.string()),
  url: z.optional(urlContract(LINK_URL)),
};
