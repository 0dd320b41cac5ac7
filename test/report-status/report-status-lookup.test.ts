import { expect } from '@open-wc/testing';
import {
  lookUpCivicStatus,
  printedReportNumber,
  statusUrlFor,
} from '../../src/report-status/report-status-lookup.js';

describe('report-status lookup (the own contract)', () => {
  it('spells a number typed as read aloud as a letter prints it, when that differs', () => {
    expect(printedReportNumber(' hat 2023  0007 ')).to.equal('HAT-2023-0007');
    expect(printedReportNumber('Nr. hat-2023-0007')).to.equal('HAT-2023-0007');
    expect(printedReportNumber('HAT-2023-0007')).to.equal(undefined);
    expect(printedReportNumber('293945')).to.equal(undefined);
  });

  it('puts the number into the template as one path segment', () => {
    expect(statusUrlFor('/api/defects/status/{id}', 'HAT 2023/7')).to.equal(
      '/api/defects/status/HAT%202023%2F7',
    );
  });

  it('asks nothing for the number "." or "..": in the URL it names a folder, not a report', async () => {
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      for (const id of ['.', '..']) {
        expect(await lookUpCivicStatus('/api/defects/status/{id}', id)).to.deep.equal({
          kind: 'unknown',
          id,
        });
      }
      expect(asked).to.deep.equal([]);
      await lookUpCivicStatus('/api/defects/status/{id}', 'HAT-2023-0007');
      expect(asked.length, 'a real number is asked').to.equal(1);
    } finally {
      window.fetch = realFetch;
    }
  });
});
