// The zones the date tests check: the city's, and two that a result leaking the device's zone
// (UTC in CI, UTC+14 in the Kiritimati run) would break: New York (UTC−5/−4, other DST dates)
// and Tokyo (UTC+9, no DST).
export const BERLIN = 'Europe/Berlin';
export const NEW_YORK = 'America/New_York';
export const TOKYO = 'Asia/Tokyo';
/** The zone of most CI machines: a result that leaks the device's zone often looks right here. */
export const UTC = 'UTC';
