/**
 * Rule zero for what loads on first use (a widget's lazy chunk, the IndexedDB code): on a stalled
 * connection such a load neither comes nor fails, and the widget would say "loading" for good.
 * Resolves as `step` does, or rejects once `ms` have passed first (0: waits as long as `step`).
 * The step itself goes on: a retry that asks for the same module gets it once it has come.
 */
export function unlessStalled<R>(step: R | Promise<R>, ms: number): Promise<R> {
  const stalled = new Promise<never>((_, reject) => {
    if (ms > 0) setTimeout(reject, ms);
  });
  return Promise.race([step, stalled]);
}
