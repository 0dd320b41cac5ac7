/**
 * Fake waiting for debounce tests: while installed, `setTimeout` only records its callbacks and
 * `clearTimeout` drops them; `tick(ms)` runs the ones due within `ms`. Nothing depends on how
 * fast the browser is. Install it only around code that schedules nothing else (a ready widget).
 */
export interface FakeTimeouts {
  /** Delays of the timers still pending. */
  pending(): number[];
  /** Runs (once) every pending timer whose delay is at most `ms`. */
  tick(ms: number): void;
  restore(): void;
}

export function fakeTimeouts(): FakeTimeouts {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const timers = new Map<number, { fn: () => void; ms: number }>();
  let nextId = 1_000_000;
  window.setTimeout = ((fn: () => void, ms = 0) => {
    const id = nextId++;
    timers.set(id, { fn, ms });
    return id;
  }) as unknown as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined && timers.has(id)) timers.delete(id);
    else realClear(id);
  }) as typeof window.clearTimeout;
  return {
    pending: () => [...timers.values()].map((t) => t.ms),
    tick(ms) {
      for (const [id, t] of [...timers]) {
        if (t.ms > ms) continue;
        timers.delete(id);
        t.fn();
      }
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}
