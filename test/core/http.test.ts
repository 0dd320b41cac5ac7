// requestJson (src/core/http.ts), the one fetch, against the mock back end: what `unparsed`
// changes (the answer comes as its text, for a widget that parses it off the main thread).
import { expect } from '@open-wc/testing';
import { EndpointError } from '../../src/core/endpoint-error.js';
import { requestJson } from '../../src/core/http.js';
import { uniqueUrl } from '../helpers.js';

/** What requestJson threw for `url` (fails the test when it did not throw). */
async function thrownBy(url: string, unparsed?: boolean): Promise<EndpointError> {
  try {
    await requestJson(url, { unparsed });
  } catch (error) {
    expect(error).to.be.instanceOf(EndpointError);
    return error as EndpointError;
  }
  throw new Error(`requestJson(${url}) did not throw`);
}

describe('requestJson', () => {
  describe('unparsed', () => {
    it('gives the answer as its text, the same text as a parsed read keeps, and no body', async () => {
      const url = uniqueUrl('/api/forms');
      const parsed = await requestJson(url);
      const unparsed = await requestJson(url, { unparsed: true });
      expect(unparsed.body).to.equal(undefined);
      expect(unparsed.text).to.equal(parsed.text);
      expect(JSON.parse(unparsed.text)).to.have.property('forms').with.length(31);
    });

    it('leaves text that is not JSON to its reader: no parse error', async () => {
      const url = uniqueUrl('/api/forms', { fault: 'invalid-json' });
      expect((await thrownBy(url)).kind).to.equal('parse');
      const { text, status } = await requestJson(url, { unparsed: true });
      expect(status).to.equal(200);
      expect(() => JSON.parse(text) as unknown).to.throw(SyntaxError);
    });

    it('still fails on an HTTP error, with its status and no body', async () => {
      const error = await thrownBy(uniqueUrl('/api/forms', { fault: '503' }), true);
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(503);
      expect(error.body).to.equal(undefined);
    });
  });
});
