import { expect } from '@open-wc/testing';
import { bookingFromHash, bookingHash } from '../../src/registry-booking/booking-link.js';

describe('the booking link (#/booking/<code>/<token>)', () => {
  it('names the booking it was made for', () => {
    const reference = { code: 'ST 4711/b', token: 't-1' };
    expect(bookingHash(reference)).to.equal('#/booking/ST%204711%2Fb/t-1');
    expect(bookingFromHash(bookingHash(reference))).to.deep.equal(reference);
    expect(bookingFromHash('#/booking/ST-1')).to.deep.equal({ code: 'ST-1' });
  });

  it('names none for "." or ".." (escaped too): {code}/cancel would reach another address', () => {
    // In manage_url /api/bookings/{code} the code ".." read /api/, and cancel_url
    // /api/bookings/{code}/cancel posted to /api/cancel.
    for (const hash of [
      '#/booking/..',
      '#/booking/.',
      '#/booking/%2E%2E/t-1',
      '#/booking/ST-1/..',
      '#/booking/ST-1/%2e',
    ]) {
      expect(bookingFromHash(hash), hash).to.equal(undefined);
    }
    expect(bookingFromHash('#/booking/...')).to.deep.equal({ code: '...' });
  });
});
