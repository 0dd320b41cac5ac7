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
  /**
   * The base URL of the page it was sent from, against which `endpoint` resolves (a
   * folder-relative `api/open311` names another server in each folder). Entries written before
   * December 2026 have none.
   */
  page?: string;
}

/** Prefix of the localStorage keys, one per report number. */
const KEY_PREFIX = 'civic-widgets:sent-report:';

/** The reports kept: enough for a citizen's own, not a history. */
const MAX_SENT = 20;

/**
 * Keeps a report the city confirmed: one entry per number, no reading (readSentReports checks
 * and prunes), so that the writer stays small enough for the reporter's budget.
 */
export function rememberSentReport(report: Omit<SentReport, 'version' | 'sentAt' | 'page'>): void {
  const entry: SentReport = {
    version: 1,
    ...report,
    page: document.baseURI,
    sentAt: new Date().toISOString(),
  };
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
  typeof entry.endpoint === 'string' &&
  (entry.page === undefined || typeof entry.page === 'string');

/**
 * `endpoint` as an absolute URL against `base` (this page's by default), so that spellings of
 * one URL compare alike.
 */
export function absoluteEndpoint(endpoint: string, base = document.baseURI): string {
  try {
    return new URL(endpoint, base).href;
  } catch {
    return endpoint;
  }
}

/** A path relative to the page's folder: no scheme, and neither `/`, `?` nor `#` first. */
const FOLDER_RELATIVE = /^(?![a-z][a-z\d+.-]*:)[^/?#]/i;

/**
 * Whether `report` went to the server at `own` (an absolute URL): its endpoint resolved against
 * the page it was sent from, so that a report sent with `endpoint="api/open311"` from
 * `/stadt/maengel/` is listed on a status page in any folder that names
 * `/stadt/maengel/api/open311`. An older entry knows only the endpoint as written on its page: a
 * folder-relative one counts when it resolves to `own` from this page or from any folder above
 * `own`, the pages it may have been sent from.
 */
function sentTo(report: SentReport, own: string): boolean {
  if (absoluteEndpoint(report.endpoint, report.page) === own) return true;
  if (report.page !== undefined || !FOLDER_RELATIVE.test(report.endpoint)) return false;
  try {
    for (let folder = new URL('./', own); ; folder = new URL('../', folder)) {
      if (new URL(report.endpoint, folder).href === own) return true;
      if (folder.pathname === '/') return false;
    }
  } catch {
    return false; // `own` is no URL: nothing to resolve against
  }
}

/**
 * The reports sent from this browser to `endpoint` (compared as absolute URLs, each report's
 * resolved against the page it was sent from; see {@link sentTo}), newest first; none when
 * storage is unavailable. Beyond the newest 20 of all servers, entries are removed.
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
  return reports.map(([, report]) => report).filter((report) => sentTo(report, own));
}
