// The boundary between <defect-reporter> and the APIs it speaks: which adapter speaks for the
// element (this library's contract in civic-api.ts, Open311 GeoReport v2 in open311.ts), the
// URLs it reads, and the route a report takes. Each adapter is a lazy chunk of its own (a page
// speaks one API and loads only that one); the element and the sending reach them only here.
import type { DefectReporter } from './defect-reporter.js';
import type { ReportRequest, ReportSendOutcome } from './report-api.js';
import type { DefectConfig } from './report-config.js';
import type { RefusalView } from './report-panels.js';
import type { ReportStateHost, ViewContext } from './report-view-context.js';
import type { FormStep, Report, ReportRoute, SendableReport } from './report.js';

/** The element's attributes that choose and configure the API (the element is passed as them). */
export interface ReportApiSettings {
  api: 'civic' | 'open311';
  /** This library's config URL, or the base URL of the Open311 server. */
  endpoint?: string;
  /** Open311: `jurisdiction_id`. */
  jurisdiction?: string;
  /** Open311: `api_key`. */
  apiKey?: string;
  /** Open311: the server takes photos as multipart `media`. */
  open311Media: boolean;
}

/**
 * What every adapter does: the form's config it reads; with a report, the request it builds and what an answer means; and
 * what it adds to the element's form, if anything (Open311: the service's questions).
 */
export interface ReportApiAdapter {
  /** The form's config from the endpoint's answer (Open311: services.json). */
  readConfig(raw: unknown, settings: ReportApiSettings): DefectConfig;
  /** Where and how a report goes, stored with it (the outbox sends it the same way later). */
  reportRoute(settings: ReportApiSettings, url: string): ReportRoute;
  reportRequest(report: SendableReport): ReportRequest;
  reportOutcome(status: number, json: unknown): ReportSendOutcome;
  /** Made once per element, when its config is read. */
  formExtension?: (host: FormExtensionHost) => ReportFormExtension;
}

/**
 * The adapter of `api`, loaded on first use. This library's own contract travels in the chunk
 * the element loads right after its first render (report-later.ts): each file is gzipped on
 * its own, so a small chunk of its own would cost more than it saves.
 */
export async function loadReportApi(api: ReportRoute['api']): Promise<ReportApiAdapter> {
  return api === 'open311' ? import('./open311.js') : (await import('./report-later.js')).civicApi;
}

/**
 * What an API adapter may add to the element's form, at these five points only (Open311: the
 * chosen service's questions and the optional phone field, open311-form.ts). The element knows
 * nothing of what it adds; the library's own contract adds nothing.
 */
export interface ReportFormExtension {
  /** What `step` shows below its own fields. */
  renderStep(view: ViewContext, step: FormStep): unknown;
  /** Takes what was typed into one of its own fields; false for the element's fields. */
  input(input: HTMLInputElement): boolean;
  /** Whether `step` may not be left yet (its fields say why, and the first gets the focus). */
  blocks(step: FormStep): boolean;
  /** The city's refusal of `report`, read for the citizen (instead of refusalToErrors). */
  refusal(outcome: Extract<ReportSendOutcome, { kind: 'refused' }>, report: Report): RefusalView;
  /**
   * What it added to `report`, as "label: value" lines of the mail and the copied text (what a
   * citizen typed goes by e-mail too); each value through `cut`, which shortens what the
   * citizen wrote where the mail must fit a mailto: link.
   */
  reportText(report: Report, cut: (text: string) => string): string;
}

/** What a form extension may use: the element (its public settings) and the report's state. */
export type FormExtensionHost = Pick<
  ReportStateHost,
  'report' | 'updateReport' | 'form' | 'setForm' | 'announce' | 'steps' | 'message' | 'config'
> & { element: DefectReporter };

/** `<endpoint>/<file>` of an Open311 server, keeping the endpoint's query, plus jurisdiction_id. */
export function open311Url(settings: ReportApiSettings, file: string): string | undefined {
  if (!settings.endpoint) return undefined;
  const url = new URL(settings.endpoint, document.baseURI);
  url.pathname = url.pathname.replace(/\/?$/, `/${file}`);
  if (settings.jurisdiction) url.searchParams.set('jurisdiction_id', settings.jurisdiction);
  return url.href;
}

/** Where the element reads its config: the endpoint, or an Open311 server's services.json. */
export function configUrl(settings: ReportApiSettings): string | undefined {
  return settings.api === 'open311' ? open311Url(settings, 'services.json') : settings.endpoint;
}
