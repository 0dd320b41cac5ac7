import { expect } from '@open-wc/testing';
import {
  EndpointError,
  parseRetryAfter,
  RETRY_AFTER_MAX_MS,
} from '../../src/core/endpoint-error.js';
import { requestJson } from '../../src/core/http.js';
import { uniqueUrl } from '../helpers.js';

/** The moment the Retry-After values below are read at. */
const now = Date.parse('2026-12-01T10:00:00Z');

describe('EndpointError', () => {
  describe('parseRetryAfter', () => {
    it('reads delay-seconds and HTTP-dates as milliseconds from now', () => {
      expect(parseRetryAfter('120', now)).to.equal(120_000);
      expect(parseRetryAfter(' 0 ', now)).to.equal(0);
      expect(parseRetryAfter('Tue, 01 Dec 2026 10:00:30 GMT', now)).to.equal(30_000);
    });

    it('caps what is too long, reads a past date as now, and ignores what it cannot read', () => {
      expect(parseRetryAfter('86400', now)).to.equal(RETRY_AFTER_MAX_MS);
      expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', now)).to.equal(RETRY_AFTER_MAX_MS);
      expect(parseRetryAfter('Mon, 30 Nov 2026 10:00:00 GMT', now)).to.equal(0);
      for (const unreadable of [null, undefined, '', 'soon', '-5', '1.5']) {
        expect(parseRetryAfter(unreadable, now), String(unreadable)).to.equal(undefined);
      }
    });
  });

  describe('when the server answers 429 with Retry-After', () => {
    it('carries the wait the server asked for', async () => {
      const url = uniqueUrl('/api/service-status', { fault: '429', 'retry-after': '7' });
      const error = await requestJson(url).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(EndpointError);
      expect((error as EndpointError).status).to.equal(429);
      expect((error as EndpointError).retryAfterMs).to.equal(7000);
    });

    it('carries nothing when the server gave no Retry-After', async () => {
      const error = await requestJson(uniqueUrl('/api/service-status', { fault: '503' })).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as EndpointError).status).to.equal(503);
      expect((error as EndpointError).retryAfterMs).to.equal(undefined);
    });
  });
});
