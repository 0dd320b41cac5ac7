// Everything of <defect-reporter> that keeps and sends reports, as one chunk loaded right after
// the first render (one download, compressed together): the drafts and the outbox with their
// storage, the sending (this library's own API adapter too, see report-api-adapters.ts), the
// photo helper, and the mail text. What the element shows is in its first chunk.
export { ReportPhotos } from './report-photos.js';
export { ReportDelivery } from './report-delivery.js';
export { ReportDrafts } from './report-drafts.js';
export { reportMailto, reportText } from './report-mailto.js';
export * as civicApi from './civic-api.js';
