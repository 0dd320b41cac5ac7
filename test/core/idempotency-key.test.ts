import { expect } from '@open-wc/testing';
import {
  createIdempotencyKey,
  isIdempotencyKey,
  uuidFromRandomBytes,
} from '../../src/core/idempotency-key.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createIdempotencyKey', () => {
  it('returns a UUID v4 from crypto.randomUUID in a secure context', () => {
    expect(window.isSecureContext).to.equal(true);
    const keys = new Set(Array.from({ length: 200 }, () => createIdempotencyKey()));
    expect(keys.size).to.equal(200);
    for (const key of keys) expect(key).to.match(UUID_V4);
  });

  it('uses crypto.randomUUID when the browser has it', () => {
    const key = createIdempotencyKey({
      randomUUID: () => '3b241101-e2bb-4255-8caf-4136c566a962',
      getRandomValues: () => {
        throw new Error('must not be called');
      },
    });
    expect(key).to.equal('3b241101-e2bb-4255-8caf-4136c566a962');
  });

  describe('without crypto.randomUUID (a page served over plain http)', () => {
    const insecure = { getRandomValues: crypto.getRandomValues.bind(crypto) };

    it('still returns distinct UUID v4 values', () => {
      const keys = new Set(Array.from({ length: 500 }, () => createIdempotencyKey(insecure)));
      expect(keys.size).to.equal(500);
      for (const key of keys) expect(key).to.match(UUID_V4);
    });

    it('sets version 4 and the RFC variant whatever the random bytes are', () => {
      expect(uuidFromRandomBytes(new Uint8Array(16).fill(0xff))).to.equal(
        'ffffffff-ffff-4fff-bfff-ffffffffffff',
      );
      expect(uuidFromRandomBytes(new Uint8Array(16))).to.equal(
        '00000000-0000-4000-8000-000000000000',
      );
      expect(uuidFromRandomBytes(Uint8Array.from({ length: 16 }, (_, i) => i * 17))).to.equal(
        '00112233-4455-4677-8899-aabbccddeeff',
      );
    });

    it('uses all 16 random bytes (122 random bits)', () => {
      let requested = 0;
      createIdempotencyKey({
        getRandomValues: <T extends ArrayBufferView | null>(array: T): T => {
          requested = (array as unknown as Uint8Array).length;
          return array;
        },
      });
      expect(requested).to.equal(16);
    });
  });

  it('isIdempotencyKey accepts only canonical UUID v4 strings', () => {
    expect(isIdempotencyKey(createIdempotencyKey())).to.equal(true);
    expect(isIdempotencyKey('1700000000000-abc')).to.equal(false);
    expect(isIdempotencyKey('3b241101-e2bb-1255-8caf-4136c566a962')).to.equal(false);
    expect(isIdempotencyKey(42)).to.equal(false);
  });
});
