import * as z from 'zod/mini';
import { SERVICE_STATUSES } from '../core/service-health.js';
import { incidentSchema, serviceSchema } from './service-status-schema.js';

/**
 * The whole documented contract, for docs/schemas/ (scripts/json-schemas.mjs). The widget
 * itself validates entry by entry (service-status-schema.ts) and never imports this file.
 */
export const contracts = {
  'service-status': z.object({
    updated_at: z.optional(z.string()),
    services: z.array(z.extend(serviceSchema, { status: z.enum(SERVICE_STATUSES) })),
    incidents: z.optional(z.array(incidentSchema)),
  }),
};
