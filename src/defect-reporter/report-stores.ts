/** The IndexedDB database and store of the default outbox (report-outbox.ts). The element
 * looks into it at start without loading the outbox code; only a waiting report needs that. */
export const OUTBOX_DB = 'civic-widgets-outbox';
export const OUTBOX_STORE = 'outbox';
