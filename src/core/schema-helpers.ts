import type * as z from 'zod/mini';

/**
 * Keeps the entries of a list that validate and warns about the others, so that one broken
 * entry from a CMS does not take the whole widget down.
 */
export function validEntries<S extends z.ZodMiniType>(
  items: readonly unknown[],
  schema: S,
  what: string,
): z.infer<S>[] {
  const valid: z.infer<S>[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) valid.push(result.data as z.infer<S>);
    else console.warn(`civic-widgets: ${what} #${index} skipped`, result.error);
  });
  return valid;
}

/**
 * JSON reviver: JSON APIs often send `null` for "not given". Reading those as absent fields
 * keeps every schema to `optional` (and spares zod's `nullable` in the bundle).
 */
export const dropNulls = (_key: string, value: unknown): unknown =>
  value === null ? undefined : value;
