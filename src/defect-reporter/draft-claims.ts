// Which drafts are open somewhere: a draft belongs to the tab (and widget) that writes it, so
// another tab neither restores it nor overwrites it. A Web Lock per draft id marks it; the
// browser releases it when the tab closes or reloads, so a reload finds its draft free again.
// Without Web Locks (or when the lock manager refuses, e.g. in an opaque origin) the claims
// hold within this page only.

const LOCK_PREFIX = 'civic-widgets:defect-reporter:draft:';

/** Draft ids claimed in this page. */
const claimedHere = new Set<string>();
/** Locks this page let go of, until the browser has released them (that is asynchronous). */
const releasing = new Map<string, Promise<unknown>>();

export interface DraftClaim {
  readonly id: string;
  release(): void;
}

/** Claims draft `id` for this widget; undefined if a widget here or in another tab has it. */
export async function claimDraft(id: string): Promise<DraftClaim | undefined> {
  if (claimedHere.has(id)) return undefined;
  claimedHere.add(id);
  await releasing.get(id);
  let releaseLock = (): void => undefined;
  const released = new Promise<void>((resolve) => (releaseLock = resolve));
  let lockHeld: Promise<unknown> = Promise.resolve();
  const acquired = await new Promise<boolean>((resolve) => {
    try {
      lockHeld = navigator.locks
        .request(LOCK_PREFIX + id, { ifAvailable: true }, async (lock) => {
          resolve(lock !== null);
          if (lock) await released;
        })
        .catch(() => resolve(true));
    } catch {
      resolve(true); // no Web Locks: this page's claim is all there is
    }
  });
  if (!acquired) {
    claimedHere.delete(id);
    return undefined;
  }
  return {
    id,
    release() {
      claimedHere.delete(id);
      releaseLock();
      const done = lockHeld.finally(() => {
        if (releasing.get(id) === done) releasing.delete(id);
      });
      releasing.set(id, done);
    },
  };
}

/** The draft ids open in this page or (with Web Locks) in any other tab. */
export async function claimedDraftIds(): Promise<Set<string>> {
  await Promise.all(releasing.values());
  const ids = new Set(claimedHere);
  try {
    const { held = [] } = await navigator.locks.query();
    for (const { name } of held) {
      if (name?.startsWith(LOCK_PREFIX)) ids.add(name.slice(LOCK_PREFIX.length));
    }
  } catch {
    // no Web Locks: this page's claims only
  }
  return ids;
}
