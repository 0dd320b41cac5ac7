import { CivicWidget } from '../core/civic-widget.js';
import type { PropertyDeclarations } from 'lit';

/**
 * What the elements that speak the reporter's API share (`<defect-reporter>` sends reports,
 * `<report-status>` looks them up): which API `endpoint` speaks and, for Open311, the
 * jurisdiction. A page gives both elements the same `endpoint`, `api` and `jurisdiction`.
 */
export abstract class ReportApiWidget<T> extends CivicWidget<T> {
  static override properties: PropertyDeclarations = {
    api: {},
    jurisdiction: {},
  };

  /** `open311`: `endpoint` is the base URL of an Open311 GeoReport v2 server (services.json, requests.json). */
  api: 'civic' | 'open311' = 'civic';

  /** Open311: `jurisdiction_id` sent with every request. */
  declare jurisdiction?: string;
}
