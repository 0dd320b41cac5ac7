import { expect } from '@open-wc/testing';
import {
  open311ResourceUrl,
  parseOpen311RequestStatus,
  parseOpen311Token,
} from '../../src/defect-reporter/open311-request-status.js';
import {
  normaliseReportNumber,
  statusUrlFor,
} from '../../src/report-status/report-status-lookup.js';

const capture = async (name: string): Promise<unknown> =>
  (await fetch(`/test/fixtures/open311/${name}.json`)).json();

describe('open311 request status', () => {
  it('reads the specification’s GET Service Request example', async () => {
    expect(parseOpen311RequestStatus(await capture('spec-service-request'))).to.deep.equal({
      id: '638344',
      state: 'closed',
      notes: 'Duplicate request.',
      updated: '2010-04-14T06:37:38-08:00',
    });
  });

  it('knows no report in an empty array or an error array', () => {
    expect(parseOpen311RequestStatus([])).to.equal(undefined);
    expect(parseOpen311RequestStatus([{ code: 404, description: 'not found' }])).to.equal(
      undefined,
    );
  });

  it('resolves the specification’s token answer, and a token not yet filed', async () => {
    expect(parseOpen311Token(await capture('spec-token'))).to.deep.equal({
      kind: 'found',
      id: '638344',
    });
    expect(parseOpen311Token([{ token: '12345', service_request_id: null }])).to.deep.equal({
      kind: 'pending',
    });
  });

  it('knows no token in an empty answer: not "received, no number yet"', () => {
    for (const answer of [[], {}, [{}], { service_requests: [] }, null]) {
      expect(parseOpen311Token(answer)).to.deep.equal({ kind: 'unknown' });
    }
  });

  it('builds requests/ and tokens/ URLs beside services.json, keeping jurisdiction_id', () => {
    expect(
      open311ResourceUrl(
        'https://city.example/open311/v2/services.json?jurisdiction_id=city&api_key=k',
        'requests',
        '63 8/1',
      ),
    ).to.equal('https://city.example/open311/v2/requests/63%208%2F1.json?jurisdiction_id=city');
    expect(open311ResourceUrl('https://city.example/v2/requests.json', 'tokens', '12345')).to.equal(
      'https://city.example/v2/tokens/12345.json',
    );
  });

  it('fills the own contract’s status_url template and reads a typed number', () => {
    expect(statusUrlFor('https://city.example/reports/{id}', 'A-1/2')).to.equal(
      'https://city.example/reports/A-1%2F2',
    );
    expect(normaliseReportNumber(' Nr. 2939 45 ')).to.equal('293945');
    expect(normaliseReportNumber('#42')).to.equal('42');
  });
});
