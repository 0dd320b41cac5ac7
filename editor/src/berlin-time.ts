/**
 * The status file's times are ISO 8601 with an offset ("2026-12-01T09:15:00+01:00"); a
 * `<input type="datetime-local">` shows and gives wall-clock time without one. These convert
 * between the two in the city's time zone, whatever the editor's computer is set to.
 */
const ZONE = 'Europe/Berlin';

const wallClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const offsetName = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' });

/** "+01:00" or "+02:00": the zone's offset at `instant`. */
function offsetAt(instant: Date): string {
  const name =
    offsetName.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

const minutesOf = (offset: string): number =>
  (offset.startsWith('-') ? -1 : 1) *
  (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/** "2026-12-01T09:15" in Berlin for an ISO time; '' when it is none. */
export function toWallClock(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : wallClock.format(date).replace(' ', 'T');
}

/** ISO with Berlin's offset for a wall-clock time "2026-12-01T09:15"; '' for ''. */
export function fromWallClock(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return '';
  const asUtc = new Date(`${local}:00Z`);
  let offset = offsetAt(asUtc);
  // Near a switch the offset at the guessed instant may differ from the one at the real instant.
  offset = offsetAt(new Date(asUtc.getTime() - minutesOf(offset) * 60_000));
  return `${local}:00${offset}`;
}

/** Now, to the minute, as ISO with Berlin's offset. */
export const nowIso = (): string => fromWallClock(toWallClock(new Date().toISOString()));
