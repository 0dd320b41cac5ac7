import { expect } from '@open-wc/testing';
import { createReport } from '../../src/defect-reporter/report.js';
import { parseRetryAfter } from '../../src/core/endpoint-error.js';
import { submitReport } from '../../src/defect-reporter/report-submission.js';
import { uniqueUrl } from '../helpers.js';
import type { SendableReport } from '../../src/defect-reporter/report-submission.js';

/** A complete report to this library's mock server; `params` pick its faults. */
function reportTo(
  params: Record<string, string> = {},
  description = 'Tiefes Schlagloch vor Haus 12.',
): SendableReport {
  const report = createReport('test');
  return {
    ...report,
    key: crypto.randomUUID(),
    fields: { ...report.fields, category: 'strassenschaden', description },
    location: { address: 'Bahnhofstraße 12' },
    route: { api: 'civic', url: uniqueUrl('/api/reports', params), media: false },
  };
}

describe('report-submission', () => {
  it('sent: the reference and message; the same key gives the same reference', async () => {
    const report = reportTo();
    const first = await submitReport(report, 3000);
    expect(first.kind).to.equal('sent');
    const again = await submitReport(report, 3000);
    expect(again).to.deep.equal(first);
  });

  it('refused: field errors of a 422', async () => {
    const outcome = await submitReport(reportTo({}, 'kurz'), 3000);
    expect(outcome).to.deep.include({ kind: 'refused', status: 422, errors: [] });
    expect(outcome.kind === 'refused' && Object.keys(outcome.fields)).to.deep.equal([
      'description',
    ]);
  });

  it('refused: 413, 403 and 404 with an HTML body, with their status and no message', async () => {
    for (const [variant, status] of [
      ['too-large', 413],
      ['forbidden', 403],
      ['not-found', 404],
    ] as const) {
      // A photo: the mock's "proxy" takes only small bodies, like nginx's 1 MB limit.
      const photo = new Blob([new Uint8Array(8000)], { type: 'image/jpeg' });
      const outcome = await submitReport({ ...reportTo({ variant }), photos: [photo] }, 3000);
      expect(outcome, variant).to.deep.equal({ kind: 'refused', status, fields: {}, errors: [] });
    }
  });

  it('refused: the readable message of a 403 with JSON', async () => {
    const outcome = await submitReport(reportTo({ variant: 'forbidden-json' }), 3000);
    expect(outcome).to.deep.equal({
      kind: 'refused',
      status: 403,
      fields: {},
      errors: ['Meldungen aus Ihrem Netz sind gesperrt. Bitte rufen Sie an.'],
    });
  });

  it('retry: 5xx, network, timeout, and a 2xx without a reference', async () => {
    const report = reportTo();
    const attempt = (params: Record<string, string>, timeout = 3000) =>
      submitReport(
        { ...report, route: { ...report.route, url: uniqueUrl('/api/reports', params) } },
        timeout,
      );
    expect((await attempt({ fail: '1' })).kind).to.equal('retry');
    expect((await attempt({ fault: 'network' })).kind).to.equal('retry');
    expect((await attempt({ fault: 'hang' }, 300)).kind).to.equal('retry');
    // A captive portal's page, or JSON without `id`: 200, but not the city's confirmation.
    expect((await attempt({ variant: 'portal' })).kind).to.equal('retry');
    expect((await attempt({ variant: 'no-id' })).kind).to.equal('retry');
  });

  it('retry: a 429 with Retry-After says how long to wait', async () => {
    const outcome = await submitReport(reportTo({ variant: 'rate-limit' }), 3000);
    expect(outcome).to.deep.equal({ kind: 'retry', retryAfterMs: 120_000 });
  });

  it('reads Retry-After as seconds or as an HTTP date, uncapped (the outbox caps it)', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    const retryAfter = (value: string | null) => parseRetryAfter(value, now, Infinity);
    expect(retryAfter('120')).to.equal(120_000);
    expect(retryAfter('Tue, 01 Dec 2026 10:05:00 GMT')).to.equal(300_000);
    expect(retryAfter('Tue, 01 Dec 2026 09:00:00 GMT')).to.equal(0);
    expect(retryAfter('soon')).to.equal(undefined);
    expect(retryAfter(null)).to.equal(undefined);
    expect(retryAfter('3600')).to.equal(3_600_000);
  });
});
