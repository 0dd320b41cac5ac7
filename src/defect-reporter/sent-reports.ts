// The reports this browser sent, kept so that <report-status> ("Meldung verfolgen") can show
// their state later: the city's number, never the report's content (that went to the city).
// localStorage, one entry per report (like the drafts): the reporter only writes its entry, the
// status element reads, checks and prunes them; the status page is often another page.

/** A report the city confirmed, as kept on this device (version 1). */
export interface SentReport {
  version: 1;
  /** The city's number (Open311: service_request_id, or the token when only that came back). */
  id: string;
  /** `id` is an Open311 token, to be resolved before the first lookup. */
  token?: boolean;
  /** The category's name when it was sent, when known. */
  category?: string;
  /** ISO time it was sent. */
  sentAt: string;
  /** The reporter's `endpoint` as written on its page: whose server knows the number. */
  endpoint: string;
}

/** Prefix of the localStorage keys, one per report number. */
const KEY_PREFIX = 'civic-widgets:sent-report:';

/** The reports kept: enough for a citizen's own, not a history. */
const MAX_SENT = 20;

/**
 * Keeps a report the city confirmed: one entry per number, no reading (readSentReports checks
 * and prunes), so that the writer stays small enough for the reporter's budget.
 */
export function rememberSentReport(report: Omit<SentReport, 'version' | 'sentAt'>): void {
  const entry: SentReport = { version: 1, ...report, sentAt: new Date().toISOString() };
  try {
    localStorage.setItem(KEY_PREFIX + report.id, JSON.stringify(entry));
  } catch {
    // Private mode or full: the confirmation on screen still shows the number.
  }
}

const isSentReport = (entry: Partial<SentReport> | null): entry is SentReport =>
  entry?.version === 1 &&
  typeof entry.id === 'string' &&
  (entry.category === undefined || typeof entry.category === 'string') &&
  typeof entry.sentAt === 'string' &&
  typeof entry.endpoint === 'string';

/** `endpoint` as an absolute URL against this page, so that spellings of one URL compare alike. */
export function absoluteEndpoint(endpoint: string): string {
  try {
    return new URL(endpoint, document.baseURI).href;
  } catch {
    return endpoint;
  }
}

/**
 * The reports sent from this browser to `endpoint` (compared as absolute URLs), newest first;
 * none when storage is unavailable. Beyond the newest 20 of all servers, entries are removed.
 */
export function readSentReports(endpoint: string): SentReport[] {
  const reports: [key: string, report: SentReport][] = [];
  try {
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith(KEY_PREFIX)) continue;
      const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
      if (isSentReport(stored as Partial<SentReport> | null))
        reports.push([key, stored as SentReport]);
    }
    reports.sort(([, first], [, second]) => second.sentAt.localeCompare(first.sentAt));
    for (const [key] of reports.splice(MAX_SENT)) localStorage.removeItem(key);
  } catch {
    // Storage blocked, or an entry that is not JSON: what was read so far is shown.
  }
  const own = absoluteEndpoint(endpoint);
  return reports
    .map(([, report]) => report)
    .filter((report) => absoluteEndpoint(report.endpoint) === own);
}
