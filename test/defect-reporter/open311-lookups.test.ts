import { expect } from '@open-wc/testing';
import { lookUpReportStatus } from '../../src/defect-reporter/open311-lookups.js';

// Against the mock Open311 server (demo/mock/open311-city.mjs) over real HTTP.
const SERVER = '/api/open311-city/services.json';

describe('open311 lookups', () => {
  describe('lookUpReportStatus', () => {
    it('finds a report by its number, with notes, agency and date', async () => {
      const lookup = await lookUpReportStatus(
        { api: 'open311', serverUrl: SERVER },
        { id: '4711' },
      );
      expect(lookup).to.deep.equal({
        kind: 'found',
        status: {
          id: '4711',
          state: 'closed',
          notes: 'Das Schlagloch wurde am 24.11. verfüllt.',
          updated: '2026-11-24T14:05:00+01:00',
          agency: 'Tiefbauamt',
        },
      });
    });

    it('resolves a token with tokens/{token}.json first', async () => {
      const lookup = await lookUpReportStatus(
        { api: 'open311', serverUrl: SERVER },
        { id: 'tok-4713', token: true },
      );
      expect(lookup.kind).to.equal('found');
      expect(lookup.kind === 'found' && lookup.status.id).to.equal('4713');
    });

    it('tells an unknown number (404 or an empty list) from a failing lookup', async () => {
      const open311 = { api: 'open311', serverUrl: SERVER } as const;
      expect(await lookUpReportStatus(open311, { id: '999999' })).to.deep.equal({
        kind: 'unknown',
        id: '999999',
      });
      expect(
        await lookUpReportStatus(
          { api: 'open311', serverUrl: `${SERVER}?city=not-found-empty` },
          { id: '999999' },
        ),
      ).to.deep.equal({ kind: 'unknown', id: '999999' });
      expect(
        await lookUpReportStatus(
          { api: 'open311', serverUrl: `${SERVER}?city=requests-down` },
          { id: '4711' },
        ),
      ).to.deep.equal({ kind: 'failed', id: '4711' });
      expect(
        await lookUpReportStatus(
          { api: 'open311', serverUrl: `${SERVER}?fault=invalid-json` },
          { id: '4711' },
        ),
      ).to.deep.equal({ kind: 'failed', id: '4711' });
    });

    it('reads the own contract’s status_url', async () => {
      const civic = { api: 'civic', template: '/api/reports/{id}' } as const;
      const lookup = await lookUpReportStatus(civic, { id: 'HAT-2023-0007' });
      expect(lookup.kind === 'found' && lookup.status.state).to.equal('closed');
      expect(await lookUpReportStatus(civic, { id: 'nope' })).to.deep.equal({
        kind: 'unknown',
        id: 'nope',
      });
      expect(
        await lookUpReportStatus(
          { api: 'civic', template: '/api/reports/{id}?fault=500' },
          { id: 'HAT-2023-0007' },
        ),
      ).to.deep.equal({ kind: 'failed', id: 'HAT-2023-0007' });
    });
  });
});
