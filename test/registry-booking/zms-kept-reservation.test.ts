// The ZMS reservation kept for a reload (src/registry-booking/zms-kept-reservation.ts).
import { expect } from '@open-wc/testing';
import {
  keepReservation,
  readKeptReservation,
} from '../../src/registry-booking/zms-kept-reservation.js';
import { clearCivicStorage } from '../helpers.js';

describe('the ZMS reservation kept for a reload', () => {
  const url = 'https://termine.stadt.example/api/citizen/';
  const process = { processId: 100044, authKey: 'b7e1' };
  beforeEach(() => clearCivicStorage());
  afterEach(() => clearCivicStorage());

  it('is read back for its service and time only', () => {
    keepReservation(url, { service: '1063453', slot: '10002-4097379600', process });
    expect(readKeptReservation(url, '1063453', '10002-4097379600')).to.deep.equal(process);
    expect(readKeptReservation(url, '1063453', '10002-4097380500')).to.equal(undefined);
    expect(readKeptReservation(url, '1063441', '10002-4097379600')).to.equal(undefined);
    expect(readKeptReservation(`${url}?office=2`, '1063453', '10002-4097379600')).to.equal(
      undefined,
    );
  });

  it('is forgotten without a process, and a damaged one is none', () => {
    keepReservation(url, { service: '1063453', slot: 's', process });
    keepReservation(url);
    expect(readKeptReservation(url, '1063453', 's')).to.equal(undefined);
    sessionStorage.setItem(
      'civic-widgets:registry-booking:zms-reservation:' + url,
      '{"service":"1063453","slot":"s","processId":"x"}',
    );
    expect(readKeptReservation(url, '1063453', 's')).to.equal(undefined);
  });
});
