import * as z from 'zod/mini';
import { contactChannelContracts, dateTimeContract } from '../core/contract-fields.js';
import { STATUS_SPELLINGS } from '../core/status-words.js';

/**
 * The whole documented contract, for docs/schemas/ (scripts/json-schemas.mjs). The widget
 * never imports this file: it validates with the checks of service-status-schema.ts, entry by
 * entry; test/core/schema-contracts.test.ts keeps both in step.
 */
const alternativeContract = z.object({
  label: z.string(),
  ...contactChannelContracts,
});

/** A letter in either case, a space as any run of white space (the widget folds both). */
const anyCase = (word: string): string =>
  [...word]
    .map((char) =>
      char === ' '
        ? '\\s+'
        : char.toLowerCase() === char.toUpperCase()
          ? char
          : `[${char.toLowerCase()}${char.toUpperCase()}]`,
    )
    .join('');

/** Statuspage's values or the German words ("Gestört", "In Betrieb" …), in any case. */
const statusContract = z
  .string()
  .check(z.regex(new RegExp(`^\\s*(?:${STATUS_SPELLINGS.map(anyCase).join('|')})\\s*$`)));

export const serviceContract = z.object({
  id: z.string(),
  name: z.string(),
  status: statusContract,
  message: z.optional(z.string()),
  /** What to do instead: another channel, with its link, phone, e-mail or hours. */
  alternatives: z.optional(z.array(alternativeContract)),
  updated_at: z.optional(dateTimeContract()),
  /** Id of one of `groups`: the service is shown under that group's heading. */
  group: z.optional(z.string()),
});

export const groupContract = z.object({ id: z.string(), name: z.string() });

export const incidentContract = z.object({
  id: z.string(),
  title: z.string(),
  /** Statuspage's incident states: investigating, identified, monitoring, resolved, postmortem; scheduled, in_progress, verifying, completed for maintenance. */
  status: z.string(),
  started_at: z.optional(dateTimeContract()),
  scheduled_until: z.optional(dateTimeContract()),
  services: z.optional(z.array(z.string())),
  updates: z.optional(
    z.array(z.object({ at: dateTimeContract(), text: z.string(), status: z.optional(z.string()) })),
  ),
});

export const serviceStatusContract = z.object({
  updated_at: z.optional(dateTimeContract()),
  /** At least one: an empty list would say that nothing is wrong. */
  services: z.array(serviceContract).check(z.minLength(1)),
  groups: z.optional(z.array(groupContract)),
  incidents: z.optional(z.array(incidentContract)),
});

export const contracts = { 'service-status': serviceStatusContract };
