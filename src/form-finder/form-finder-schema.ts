/**
 * Validation of the form catalogue at run time.
 *
 * Written by hand rather than with zod/mini: zod's parser alone is 5 KB gzip, and
 * `<form-finder>` carries MiniSearch within the same 25 KB budget. The documented contract is
 * the zod schema in form-finder-contract.ts (JSON Schema in docs/schemas/); a test checks that
 * both accept and reject the same payloads.
 */
import type { Department, FormCatalog, FormEntry } from './form-catalog-types.js';

/** The catalogue as the widget holds it: the contract's `updated_at` besides the lists. */
export interface FormFinderCatalog extends FormCatalog {
  updated_at?: string;
}

// Field types: S string, N number (≥ 0), L list of strings; R marks a required non-empty string.
const S = 0;
const N = 1;
const L = 2;
const R = 4;

type Spec = Record<string, number>;

const DEPARTMENT_FIELDS: Spec = { id: R, name: R, email: S, phone: S, hours: S, url: S };

const FORM_FIELDS: Spec = {
  id: R,
  title: R,
  description: S,
  keywords: L,
  department: R,
  url: R,
  format: S,
  size_bytes: N,
  updated_at: S,
  online_url: S,
  service: S,
};

const isValue = (v: unknown, type: number): boolean =>
  type === N
    ? typeof v === 'number' && v >= 0 && v < Infinity
    : type === L
      ? Array.isArray(v) && v.every((k) => typeof k === 'string')
      : typeof v === 'string' && (type === S || v !== '');

/** The known fields of `raw` when they all have their type, else undefined. */
function pick<T>(raw: unknown, spec: Spec): T | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const out: Record<string, unknown> = {};
  for (const key in spec) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined && !(spec[key] & R)) continue;
    if (!isValue(value, spec[key])) return undefined;
    out[key] = value;
  }
  return out as T;
}

/** Entries of `list` that validate; each other one is skipped with a console warning. */
function entries<T>(list: unknown[], spec: Spec, what: string): T[] {
  const valid: T[] = [];
  list.forEach((raw, index) => {
    const entry = pick<T>(raw, spec);
    if (entry) valid.push(entry);
    else console.warn(`civic-widgets: ${what} #${index} skipped`, raw);
  });
  return valid;
}

/**
 * Validates a catalogue payload. Throws when the envelope is wrong (no `forms` list); forms and
 * departments that do not validate are left out with a console warning.
 */
export function parseFormCatalog(raw: unknown): FormFinderCatalog {
  const envelope = (raw ?? {}) as Record<string, unknown>;
  const { forms, departments = [], updated_at } = envelope;
  if (!Array.isArray(forms) || !Array.isArray(departments) || !isValue(updated_at ?? '', S)) {
    throw new TypeError('form catalogue: not a catalogue (`forms` must be a list)');
  }
  return {
    updated_at: updated_at as string | undefined,
    departments: entries<Department>(departments, DEPARTMENT_FIELDS, 'department'),
    forms: entries<FormEntry>(forms, FORM_FIELDS, 'form'),
  };
}
