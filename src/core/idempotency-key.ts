// One Idempotency-Key for every widget that sends something (a defect report, a booking): made
// once per submission, stored with it and sent on every attempt, so a back end that saw the
// first attempt drops the repeat instead of filing or booking twice.

/** The part of `Crypto` the key needs; tests pass one without `randomUUID`. */
export type UuidSource = Pick<Crypto, 'getRandomValues'> & {
  randomUUID?: Crypto['randomUUID'];
};

/**
 * A random UUID v4 (RFC 9562 §5.4), e.g. `"3b241101-e2bb-4255-8caf-4136c566a962"`.
 * `crypto.randomUUID` exists only in secure contexts (https, localhost); a CMS page served over
 * plain http has only `crypto.getRandomValues`, so the fallback builds the same format from
 * 16 random bytes.
 */
export function createIdempotencyKey(source: UuidSource = globalThis.crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  return uuidFromRandomBytes(source.getRandomValues(new Uint8Array(16)));
}

/** Formats 16 random bytes as a UUID v4: version nibble 4, variant bits 10 (RFC 9562 §4.1-4.2). */
export function uuidFromRandomBytes(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError('A UUID needs exactly 16 bytes');
  const withVersion = Uint8Array.from(bytes);
  withVersion[6] = (withVersion[6] & 0x0f) | 0x40;
  withVersion[8] = (withVersion[8] & 0x3f) | 0x80;
  const hex = Array.from(withVersion, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join('-');
}

/** True for a UUID v4 in canonical lower-case form (what `createIdempotencyKey` returns). */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && UUID_V4.test(value);
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
