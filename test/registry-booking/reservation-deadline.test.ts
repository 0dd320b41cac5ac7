import { expect } from '@open-wc/testing';
import {
  DEFAULT_OPENING_DAYS,
  lastOpenDay,
  reservationDeadline,
  visitsNeeded,
} from '../../src/registry-booking/reservation-deadline.js';

// 2027-01-10 is a Sunday, 2027-01-08 a Friday, 2027-01-09 a Saturday.
describe('reservation deadlines', () => {
  const mondayToFriday = DEFAULT_OPENING_DAYS;

  it('moves a deadline on a weekend to the Friday before', () => {
    expect(lastOpenDay('2027-01-10', mondayToFriday)).to.equal('2027-01-08');
    expect(lastOpenDay('2027-01-09', mondayToFriday)).to.equal('2027-01-08');
    expect(lastOpenDay('2027-01-08', mondayToFriday)).to.equal('2027-01-08');
  });

  it('follows the office’s own opening days', () => {
    // Open Tuesday and Thursday only: Sunday 10th → Thursday 7th; Monday 11th → Thursday 7th.
    expect(lastOpenDay('2027-01-10', [2, 4])).to.equal('2027-01-07');
    expect(lastOpenDay('2027-01-11', [2, 4])).to.equal('2027-01-07');
    // Open on Saturdays too.
    expect(lastOpenDay('2027-01-09', [1, 2, 3, 4, 5, 6])).to.equal('2027-01-09');
  });

  it('takes expires_at on its day in the office’s timezone', () => {
    // 23:30 UTC on Friday is already Saturday in Berlin: the Friday stays the deadline.
    const common = { today: '2026-12-01', timezone: 'Europe/Berlin', openingDays: mondayToFriday };
    expect(reservationDeadline({ ...common, expiresAt: '2027-01-08T23:30:00Z' })).to.equal(
      '2027-01-08',
    );
    expect(reservationDeadline({ ...common, expiresAt: '2027-01-10T12:00:00+01:00' })).to.equal(
      '2027-01-08',
    );
  });

  it('counts hold days from today when there is no expires_at', () => {
    const common = { today: '2026-12-01', timezone: 'Europe/Berlin', openingDays: mondayToFriday };
    // 1 December 2026 + 40 days = Sunday 10 January 2027.
    expect(reservationDeadline({ ...common, holdDays: 40 })).to.equal('2027-01-08');
    expect(reservationDeadline({ ...common, expiresAt: 'unreadable', holdDays: 3 })).to.equal(
      '2026-12-04',
    );
    expect(reservationDeadline(common)).to.equal(undefined);
  });

  it('says once when the appointment comes before the deadline, twice when after', () => {
    expect(visitsNeeded('2027-01-08', '2026-12-14')).to.equal(1);
    expect(visitsNeeded('2027-01-08', '2027-01-08')).to.equal(1);
    expect(visitsNeeded('2027-01-08', '2027-02-01')).to.equal(2);
  });
});
