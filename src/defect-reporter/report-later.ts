// Everything <defect-reporter> needs right after its first render, as one chunk (one download,
// compressed together): the drafts and the outbox with their storage, the photo
// helper, the panels shown after a send or beside the steps, and the adapter of this library's
// own contract (see report-api-adapters.ts).
export * from './report-panels.js';
export { claimDraft, claimedDraftIds, isOwnTabDraft } from './draft-claims.js';
export { drafts } from './report-draft-store.js';
export { outbox } from './report-outbox.js';
export { ReportPhotos } from './report-photos.js';
export * as civicApi from './civic-api.js';
