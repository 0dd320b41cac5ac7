import { html, nothing } from 'lit';
import { translate } from '../core/i18n.js';
import { baseStyles } from '../core/styles.js';
import { WindowListener } from '../core/window-listener.js';
import { REPORT_ID_PARAMETER } from '../defect-reporter/report-config.js';
import { ReportApiWidget } from '../defect-reporter/report-api-widget.js';
import { readSentReports } from '../defect-reporter/sent-reports.js';
import { readStatusConfig, statusConfigUrl } from './report-status-config.js';
import {
  lookUpCivicStatus,
  normaliseReportNumber,
  printedReportNumber,
} from './report-status-lookup.js';
import { statusMessages } from './report-status-messages.js';
import {
  needsContact,
  renderNumberForm,
  renderReportStatus,
  renderSentReports,
  statusSummary,
} from './report-status-panel.js';
import { reportStatusStyles } from './report-status-styles.js';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { MessageParams } from '../core/i18n.js';
import type { ReportApiSettings } from '../defect-reporter/report-api-adapters.js';
import type { SentReport } from '../defect-reporter/sent-reports.js';
import type { StatusConfig } from './report-status-config.js';
import type { StatusLookup, StatusQuery } from './report-status-lookup.js';
import type { StatusMessageKey } from './report-status-messages.js';
import type { ReportStatusView, ShownStatus } from './report-status-panel.js';
import type { ReportSentEvent } from '../defect-reporter/defect-reporter-events.js';

/** What a reference number may look like: letters, digits and `-` `_` `.` `/`, at most 64. */
const REPORT_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,63}$/u;

/**
 * "Meldung verfolgen": what became of a report sent through `<defect-reporter>`. Shows the
 * reports sent from this browser (on any page of the site), each with its current state (open
 * or done, the city's notes, when it changed, who works on it), and a small form
 * "Vorgangsnummer eingeben" for people who come back on another device. A city puts it on a
 * page of its own, like FixMyStreet's report page, and links there from the reporter's
 * confirmation (`status_page` in the reporter's config).
 *
 * It reads the same configuration as `<defect-reporter>`: with `api="civic"` (default) the
 * config at `endpoint` and its `status_url` template (`/api/reports/{id}`); with
 * `api="open311"` the GeoReport v2 server at `endpoint` (`requests/{id}.json`, and
 * `tokens/{token}.json` first for a server that answered with a token). Give both elements
 * the same `endpoint`, `api` and `jurisdiction`.
 *
 * A number is never hidden: while it is asked, when it is unknown and when the lookup fails, it
 * stays on screen; then the contact is shown (never from the endpoint that failed).
 *
 * @summary Follow a sent defect report: its state, the city's notes, who works on it.
 *
 * @attr heading - Heading of the widget (default: "Meldung verfolgen").
 *
 * @csspart status - The state of one report (or why there is none); `data-state` says which:
 *   `open`, `closed`, `busy`, `unknown`, `pending`, `failed`.
 * @csspart list - The list of reports sent from this device.
 * @csspart item - One report of that list.
 * @csspart form - The form "Vorgangsnummer eingeben".
 *
 * @cssprop --civic-report-status-open - Edge colour of an open report's state (default: the accent).
 * @cssprop --civic-report-status-closed - Edge colour of a done report's state (default: the ok colour).
 */
export class ReportStatus extends ReportApiWidget<StatusConfig> {
  static override styles = [baseStyles, reportStatusStyles];

  static override properties: PropertyDeclarations = {
    reportId: { attribute: 'report-id' },
  };

  /** A report's number to show at once (a deep link). Without it the page URL's `?vorgang=` is read. */
  declare reportId?: string;

  /** What is on screen per number of this device's reports. */
  readonly #shown = new Map<string, ShownStatus>();
  /** The number typed in (or deep-linked), and what is known of it. */
  #asked?: { query: StatusQuery; shown: ShownStatus };
  /** What is in the field; kept on screen whatever the outcome. */
  #typed = '';
  /** What is wrong with what was typed. */
  #problem?: StatusMessageKey;
  /** The config the reports were last asked with: a new one asks again. */
  #askedWith?: StatusConfig;
  /** Aborts the lookups of a widget the page removed. */
  #lookups = new AbortController();

  constructor() {
    super();
    // A report sent on this page, or in another tab of this site, joins the list at once.
    new WindowListener(this, 'civic-report-sent', (event) => this.#onSent(event));
    new WindowListener(this, 'storage', () => this.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#lookups.signal.aborted) this.#lookups = new AbortController();
    const linked = this.reportId || new URLSearchParams(location.search).get(REPORT_ID_PARAMETER);
    const id = normaliseReportNumber(linked ?? '');
    if (id && !this.#asked) {
      this.#typed = id;
      this.#asked = { query: { id }, shown: { kind: 'busy', id } };
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lookups.abort();
    // Asked again when the widget comes back.
    this.#askedWith = undefined;
  }

  /** Asks again for the state of every report on screen. */
  override async reload(): Promise<void> {
    this.#askedWith = undefined;
    await super.reload();
  }

  protected override endpointUrl(): string | undefined {
    return statusConfigUrl(this.#settings);
  }

  protected parseData(raw: unknown): StatusConfig {
    return readStatusConfig(this.#settings, raw);
  }

  protected widgetName(): string {
    return this.#message('widgetName');
  }

  protected override fallbackText(): string {
    return this.#message('fallbackText');
  }

  // Before rendering, so the numbers show "wird abgefragt" in the same update as the config.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const config = this.endpointController.view.data;
    if (config?.source && config !== this.#askedWith) {
      this.#askedWith = config;
      for (const report of this.#sentReports) void this.#check(report);
      if (this.#asked) void this.#check(this.#asked.query, true);
    }
  }

  get #settings(): ReportApiSettings {
    const { api, jurisdiction } = this;
    return { api, jurisdiction, endpoint: this.endpoint, open311Media: false };
  }

  #message(key: StatusMessageKey, params?: MessageParams): string {
    return translate(statusMessages, this.language, key, params);
  }

  get #view(): ReportStatusView {
    return {
      message: (key, params) => this.#message(key, params),
      date: (iso) => this.formatDateTime(iso),
    };
  }

  /** The reports this browser sent to the server this widget reads. */
  get #sentReports(): SentReport[] {
    return this.endpoint ? readSentReports(this.endpoint) : [];
  }

  /** Asks for the state of `query` and shows it; `announce` says the outcome. */
  async #check(query: StatusQuery, announce = false): Promise<void> {
    const show = (shown: ShownStatus) => {
      if (this.#asked?.query.id === query.id) this.#asked = { query, shown };
      if (this.#sentReports.some((report) => report.id === query.id))
        this.#shown.set(query.id, shown);
      this.requestUpdate();
    };
    show({ kind: 'busy', id: query.id });
    let lookup: StatusLookup;
    try {
      lookup = await this.#lookUp(query);
    } catch {
      return; // the widget was removed
    }
    show(lookup);
    // A late answer for a number asked before is not said over the one asked now.
    if (announce && this.#asked?.query.id === query.id) {
      this.announce(statusSummary(this.#view, lookup));
    }
  }

  async #lookUp(query: StatusQuery): Promise<StatusLookup> {
    const lookup = await this.#lookUpAs(query);
    if (lookup.kind !== 'unknown' || !query.printed) return lookup;
    // Typed as read aloud ("hat 2023 0007"): asked as printed before it is called unknown
    // (which is then said of the number as typed: a server's token may be in lower case).
    const printed = await this.#lookUpAs({ id: query.printed });
    return printed.kind === 'unknown' ? lookup : printed;
  }

  async #lookUpAs(query: StatusQuery): Promise<StatusLookup> {
    const source = this.endpointController.view.data?.source;
    const options = { timeout: this.timeout, signal: this.#lookups.signal };
    if (!source) return { kind: 'failed', id: query.id };
    if (source.api === 'civic') return lookUpCivicStatus(source.template, query.id, options);
    // Open311's lookups are a chunk of their own, as in the reporter.
    try {
      const { lookUpReportStatus } = await import('../defect-reporter/open311-lookups.js');
      const lookup = await lookUpReportStatus(source, query, options);
      // A token-only server's confirmation showed the token: a number it does not know as a
      // request is asked as a token before it is called unknown.
      if (lookup.kind !== 'unknown' || query.token) return lookup;
      return await lookUpReportStatus(source, { ...query, token: true }, options);
    } catch (error) {
      if (this.#lookups.signal.aborted) throw error;
      return { kind: 'failed', id: query.id };
    }
  }

  /** A report sent on this page (the reporter has kept it on this device): asked at once. */
  #onSent({ detail }: ReportSentEvent): void {
    const report = this.#sentReports.find((sent) => sent.id === detail.id);
    if (report && this.endpointController.view.data?.source) void this.#check(report);
    else this.requestUpdate();
  }

  readonly #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem(
      'report-number',
    ) as HTMLInputElement;
    this.#typed = input.value;
    const id = normaliseReportNumber(input.value);
    this.#problem = !id ? 'statusEmpty' : REPORT_NUMBER.test(id) ? undefined : 'statusMalformed';
    if (this.#problem) {
      this.requestUpdate();
      input.focus();
      return this.announce(this.#message(this.#problem));
    }
    // A report of this device is asked as it was sent (a token as a token).
    const query = this.#sentReports.find((report) => report.id === id) ?? {
      id,
      printed: printedReportNumber(input.value),
    };
    this.#asked = { query, shown: { kind: 'busy', id } };
    void this.#check(query, true);
  };

  protected renderReady(config: StatusConfig): unknown {
    const view = this.#view;
    const sent = this.#sentReports;
    const asked = this.#asked?.shown;
    // The contact once: under the typed number's answer, else under the list.
    const listNeedsContact =
      !needsContact(asked) && sent.some((report) => needsContact(this.#shown.get(report.id)));
    return html`<section aria-labelledby="rs-title">
      ${this.renderHeading(this.heading ?? this.#message('heading'), 'rs-title')}
      ${
        config.source
          ? nothing
          : html`<div class="notice">
              <div>
                <p>${this.#message('statusNoLookup')}</p>
                ${this.#renderContact()}
              </div>
            </div>`
      }
      ${
        sent.length
          ? renderSentReports(
              view,
              sent,
              (report) => this.#shown.get(report.id),
              (report) => void this.#check(report, true),
            )
          : nothing
      }
      ${
        listNeedsContact && config.source
          ? html`<p>${this.#message('askContact')}</p>
              ${this.#renderContact()}`
          : nothing
      }
      ${
        config.source
          ? renderNumberForm({
              ...view,
              value: this.#typed,
              problem: this.#problem && this.#message(this.#problem),
              onSubmit: this.#onSubmit,
            })
          : nothing
      }
      ${
        asked && config.source
          ? html`<div class="asked">
              ${renderReportStatus(view, asked)}
              ${
                needsContact(asked)
                  ? html`<p>
                        ${this.#message(asked.kind === 'unknown' ? 'askContactUnknown' : 'askContact')}
                      </p>
                      ${this.#renderContact()}`
                  : nothing
              }
            </div>`
          : nothing
      }
    </section>`;
  }

  /**
   * The contact under a lookup that cannot help (at most one on screen): the editor's
   * `slot="fallback"` where the page gives one, as in every widget's fallback, else the contact
   * attributes (or `<city-services>`').
   */
  #renderContact(): TemplateResult {
    return html`<slot name="fallback">${this.renderContact()}</slot>`;
  }

  /** When the config cannot be read: the numbers this device knows stay on screen. */
  protected override renderFallbackOffer(): unknown {
    const ids = [...this.#sentReports.map((report) => report.id)];
    const asked = this.#asked?.query.id;
    if (asked && !ids.includes(asked)) ids.unshift(asked);
    return ids.length
      ? html`<p class="numbers">${this.#message('savedNumbers', { ids: ids.join(', ') })}</p>`
      : nothing;
  }
}
