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
/** The releases of this page's claims, run when the page goes away. */
const releaseOnPagehide = new Set<() => void>();

// A reload must find its draft free: let go of every lock as the page goes, not only when the
// document is destroyed (which comes later, sometimes after the new page has looked).
globalThis.addEventListener?.('pagehide', () => {
  for (const release of releaseOnPagehide) release();
});

export interface DraftClaim {
  readonly id: string;
  release(): void;
}

/**
 * Claims draft `id` for this widget; undefined if a widget here or in another tab has it.
 * `steal`: take it even from another page, for this tab's own draft after a reload (the page
 * before may hold its lock a while longer; Firefox keeps it until that document is gone).
 */
export async function claimDraft(
  id: string,
  { steal }: { steal: boolean },
): Promise<DraftClaim | undefined> {
  if (claimedHere.has(id)) return undefined;
  claimedHere.add(id);
  await releasing.get(id);
  let releaseLock = (): void => undefined;
  const released = new Promise<void>((resolve) => (releaseLock = resolve));
  let lockHeld: Promise<unknown> = Promise.resolve();
  const acquired = await new Promise<boolean>((resolve) => {
    try {
      lockHeld = navigator.locks
        .request(LOCK_PREFIX + id, steal ? { steal } : { ifAvailable: true }, async (lock) => {
          resolve(lock !== null);
          if (lock) await released;
        })
        .catch(() => resolve(true));
    } catch {
      resolve(true); // no Web Locks: this page's claim is all there is
    }
    // A lock manager that does not answer must not keep the draft from being saved.
    setTimeout(() => resolve(true), 1000);
  });
  if (!acquired) {
    claimedHere.delete(id);
    return undefined;
  }
  const claim: DraftClaim = {
    id,
    release() {
      releaseOnPagehide.delete(claim.release);
      claimedHere.delete(id);
      releaseLock();
      const done = lockHeld.finally(() => {
        if (releasing.get(id) === done) releasing.delete(id);
      });
      releasing.set(id, done);
    },
  };
  releaseOnPagehide.add(claim.release);
  rememberTabDraft(id);
  return claim;
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

/** Where this tab notes its drafts: sessionStorage lives as long as the tab, reloads included. */
const TAB_DRAFTS_KEY = 'civic-widgets:defect-reporter:tab-drafts';

function tabDraftIds(): string[] {
  try {
    const ids: unknown = JSON.parse(sessionStorage.getItem(TAB_DRAFTS_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return []; // storage blocked
  }
}

function rememberTabDraft(id: string): void {
  try {
    const ids = [id, ...tabDraftIds().filter((known) => known !== id)].slice(0, 20);
    sessionStorage.setItem(TAB_DRAFTS_KEY, JSON.stringify(ids));
  } catch {
    // storage blocked: a reload then finds the draft through the lock alone
  }
}

/** Whether this tab wrote draft `id` (before a reload, too) and no widget here has it now. */
export function isOwnTabDraft(id: string): boolean {
  return !claimedHere.has(id) && tabDraftIds().includes(id);
}
