// Everything of <defect-reporter> that keeps and sends reports, as one chunk loaded right after
// the first render (one download, compressed together): the drafts and the outbox with their
// storage, the sending (this library's own API adapter too, see report-api-adapters.ts), the
// photo helper, and the mail text. What the element shows is in its first chunk.
import { readConfig, reportOutcome, reportRequest, reportRoute } from './civic-api.js';
import type { ReportApiAdapter } from './report-api-adapters.js';

export { ReportPhotos } from './report-photos.js';
export { ReportDelivery } from './report-delivery.js';
export { ReportDrafts } from './report-drafts.js';
export { reportMailto, reportText } from './report-mailto.js';
/**
 * This library's own API adapter (loadReportApi in report-api-adapters.ts): what an adapter does
 * only. A namespace of the module carried its other exports (schemas, defaults) into this chunk,
 * which nothing reads from here: 109 B of <defect-reporter>'s 32 KB.
 */
export const civicApi: ReportApiAdapter = { readConfig, reportRoute, reportRequest, reportOutcome };
