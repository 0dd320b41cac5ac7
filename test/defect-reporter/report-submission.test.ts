import { expect } from '@open-wc/testing';
import { submitReport } from '../../src/defect-reporter/report-submission.js';
import { uniqueUrl } from '../helpers.js';

const good = {
  category: 'strassenschaden',
  description: 'Tiefes Schlagloch vor Haus 12.',
  address: 'Bahnhofstraße 12',
  _secret: 'stays in the browser',
};

const to = (params: Record<string, string> = {}) => ({
  ...good,
  _url: uniqueUrl('/api/reports', params),
});

describe('report-submission', () => {
  it('sent: the reference and message; the same key gives the same reference', async () => {
    const fields = to();
    const key = crypto.randomUUID();
    const first = await submitReport(fields, [], key, 3000);
    expect(first.kind).to.equal('sent');
    const again = await submitReport(fields, [], key, 3000);
    expect(again).to.deep.equal(first);
  });

  it('refused: field errors of a 422', async () => {
    const outcome = await submitReport(
      { ...to(), description: 'kurz' },
      [],
      crypto.randomUUID(),
      3000,
    );
    expect(outcome.kind).to.equal('refused');
    expect(outcome.kind === 'refused' && Object.keys(outcome.fields)).to.deep.equal([
      'description',
    ]);
  });

  it('retry: 5xx, network, timeout, and a 2xx without a reference', async () => {
    const key = crypto.randomUUID();
    expect((await submitReport(to({ fail: '1' }), [], key, 3000)).kind).to.equal('retry');
    expect((await submitReport(to({ fault: 'network' }), [], key, 3000)).kind).to.equal('retry');
    expect((await submitReport(to({ fault: 'hang' }), [], key, 300)).kind).to.equal('retry');
    // A captive portal's page, or JSON without `id`: 200, but not the city's confirmation.
    expect((await submitReport(to({ variant: 'portal' }), [], key, 3000)).kind).to.equal('retry');
    expect((await submitReport(to({ variant: 'no-id' }), [], key, 3000)).kind).to.equal('retry');
  });
});
