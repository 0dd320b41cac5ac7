// Imported first by the visual test, before any widget module: from here on `new Date()` and
// `Date.now()` say 30 November 2026, 10:30 in Berlin (an hour after the stale data's saved-at
// time), so what a widget dates from "now" looks the same in every run. Modules that keep a
// reference to Date.now from their start see the frozen one too. Timers are not affected.
const frozen = new Date('2026-11-30T09:30:00Z').getTime();
const RealDate = Date;

class FrozenDate extends RealDate {
  constructor(...args: unknown[]) {
    super(...((args.length ? args : [frozen]) as [number]));
  }
  static override now(): number {
    return frozen;
  }
}

globalThis.Date = FrozenDate as DateConstructor;
