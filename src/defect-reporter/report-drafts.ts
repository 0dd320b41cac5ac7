// This widget's drafts (issue 11 §5): the claim on the draft of the report on screen (no other
// tab restores or overwrites it), restoring one free draft at the start or offering several,
// resuming or discarding an offered one, and saving the draft as the citizen types. The drafts'
// storage and the claims (report-draft-store.ts, draft-claims.ts) travel with this module in
// the later chunk (report-later.ts).
import { claimDraft, claimedDraftIds, isOwnTabDraft } from './draft-claims.js';
import { drafts } from './report-draft-store.js';
import { createReport, isEmptyReport } from './report.js';
import { freshForm } from './report-view-context.js';
import type { ReactiveController } from 'lit';
import type { DraftClaim } from './draft-claims.js';
import type { Report } from './report.js';
import type { ReportStateHost } from './report-view-context.js';

export class ReportDrafts implements ReactiveController {
  readonly #host: ReportStateHost;
  /** This widget holds the report's draft: no other tab restores or overwrites it. */
  #claim?: DraftClaim;
  /** The stored drafts have been read: saving before that could hide one. */
  #loaded = false;
  /** The one read of the stored drafts (restoring or offering them), once started. */
  #restoring?: Promise<void>;

  constructor(host: ReportStateHost) {
    this.#host = host;
    host.element.addController(this);
  }

  hostDisconnected(): void {
    this.#claim?.release();
    this.#claim = undefined;
  }

  /**
   * Restores this widget's draft, or offers several (first connection); claims it again after.
   * A widget taken off the page and put back while the drafts are still being read waits for
   * that read: a second one would claim or offer the same draft again.
   */
  async start(): Promise<void> {
    await (this.#restoring ??= this.#restore());
    await this.#claimReport(this.#host.report());
  }

  /**
   * One free draft (not open in another tab or widget) comes back by itself; several are
   * offered. What was typed before the drafts were read stays on screen.
   */
  async #restore(): Promise<void> {
    const host = this.#host;
    const typed = host.report();
    host.showReport({ ...typed, meta: { ...typed.meta, scope: host.scope() } });
    const free = await this.#freeDraftsAtStart();
    const [only] = free;
    if (free.length === 1 && isEmptyReport(host.report()) && (await this.#claimReport(only))) {
      host.showReport(only);
      host.setForm({ step: only.meta.step, restoredAt: only.meta.savedAt, otherDrafts: [] });
    } else {
      this.#loaded = true;
      this.save(); // what was typed meanwhile
      host.setForm({ otherDrafts: free });
      await this.#claimReport(host.report());
    }
    this.#loaded = true;
  }

  /** Saves the draft of the report on screen (not before the stored drafts were read). */
  save(): void {
    const report = this.#host.report();
    if (!this.#loaded || isEmptyReport(report)) return;
    drafts.saveDraft(report);
  }

  /** Stores the photos with the draft of the report on screen. */
  savePhotos(photos: readonly Blob[]): void {
    if (this.#loaded) void drafts.saveDraftPhotos(this.#host.report().id, photos);
  }

  /** Removes a draft: the one of a sent report, or one the citizen discarded. */
  async clear(id: string): Promise<void> {
    await drafts.clearDraft(id);
  }

  /** Deletes an offered draft. */
  discard(id: string): void {
    void this.clear(id);
    const { otherDrafts } = this.#host.form();
    this.#host.setForm({ otherDrafts: otherDrafts.filter((draft) => draft.id !== id) });
  }

  /**
   * The drafts of this widget that no tab or widget has open, but for those whose report waits
   * in this page's outbox (kept in memory only: the draft is for after a reload).
   */
  async #freeDrafts(): Promise<Report[]> {
    const host = this.#host;
    const [all, claimed] = await Promise.all([drafts.listDrafts(host.scope()), claimedDraftIds()]);
    const waiting = new Set(host.form().outbox.map((entry) => entry.id));
    return all.filter(
      (draft) =>
        !claimed.has(draft.id) &&
        draft.id !== host.report().id &&
        !(draft.key && waiting.has(draft.key)),
    );
  }

  /**
   * The drafts to restore or offer: those no tab or widget has open, and this tab's own from
   * before a reload (its old page may still hold the lock for a moment).
   */
  async #freeDraftsAtStart(): Promise<Report[]> {
    const [all, claimed] = await Promise.all([
      drafts.listDrafts(this.#host.scope()),
      claimedDraftIds(),
    ]);
    return all.filter((draft) => !claimed.has(draft.id) || isOwnTabDraft(draft.id));
  }

  /**
   * Takes `report`'s draft for this widget (and lets go of the one before); false if taken.
   * A widget taken off the page (a CMS re-rendering its tabs) has let go of its claims
   * (hostDisconnected) and keeps none: a claim taken after that would never be released, and
   * no widget could open the draft again.
   */
  async #claimReport(report: Report): Promise<boolean> {
    if (this.#claim?.id === report.id) return true;
    if (!this.#host.element.isConnected) return false;
    const claim = await claimDraft(report.id, { steal: isOwnTabDraft(report.id) });
    if (!claim) return false;
    this.#claim?.release();
    this.#claim = claim;
    if (!this.#host.element.isConnected) this.hostDisconnected(); // taken off while claiming
    return true;
  }

  /** Puts a new, empty report on screen and claims its draft. */
  async startNewReport(): Promise<void> {
    const report = createReport(this.#host.scope());
    this.#host.showReport(report);
    await this.#claimReport(report);
  }

  /**
   * Forgets the report on screen (its draft too) and starts a new one. A report the outbox could
   * keep only in this page's memory keeps its draft: a reload brings it back, with its key.
   */
  async restart(): Promise<void> {
    const host = this.#host;
    if (host.form().persisted) void this.clear(host.report().id);
    host.closeMap();
    await this.startNewReport();
    host.setForm({ ...freshForm(), delivered: [], otherDrafts: await this.#freeDrafts() });
    host.focus('step');
  }

  /** Continues another draft; the one on screen stays stored and is offered in its place. */
  async resume(id: string): Promise<void> {
    const host = this.#host;
    const draft = await drafts.loadDraft(id);
    if (!draft || !(await this.#claimReport(draft))) {
      host.setForm({ otherDrafts: await this.#freeDrafts() });
      return;
    }
    host.closeMap();
    host.showReport(draft);
    host.setForm({
      ...freshForm(),
      step: draft.meta.step,
      restoredAt: draft.meta.savedAt,
      otherDrafts: await this.#freeDrafts(),
    });
    host.focus('step');
  }
}
