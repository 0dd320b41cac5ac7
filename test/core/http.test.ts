// requestJson (src/core/http.ts), the one fetch, against the mock back end: what `asBlob`
// changes (the answer comes undecoded, a Blob, for a widget that reads it off the main thread).
import { expect } from '@open-wc/testing';
import { EndpointError } from '../../src/core/endpoint-error.js';
import { requestJson } from '../../src/core/http.js';
import { uniqueUrl } from '../helpers.js';

/** What requestJson threw for `url` (fails the test when it did not throw). */
async function thrownBy(url: string, asBlob?: boolean): Promise<EndpointError> {
  try {
    await requestJson(url, { asBlob });
  } catch (error) {
    expect(error).to.be.instanceOf(EndpointError);
    return error as EndpointError;
  }
  throw new Error(`requestJson(${url}) did not throw`);
}

describe('requestJson', () => {
  describe('asBlob', () => {
    it('gives the answer undecoded: body and raw are the Blob of the text a parsed read gives', async () => {
      const url = uniqueUrl('/api/forms');
      const parsed = await requestJson(url);
      const unparsed = await requestJson(url, { asBlob: true });
      expect(unparsed.body).to.be.instanceOf(Blob);
      expect(unparsed.raw).to.equal(unparsed.body);
      expect(await (unparsed.body as Blob).text()).to.equal(parsed.raw);
      expect(JSON.parse(parsed.raw as string))
        .to.have.property('forms')
        .with.length(31);
    });

    it('leaves text that is not JSON to its reader: no parse error', async () => {
      const url = uniqueUrl('/api/forms', { fault: 'invalid-json' });
      expect((await thrownBy(url)).kind).to.equal('parse');
      const { body, status } = await requestJson(url, { asBlob: true });
      expect(status).to.equal(200);
      const text = await (body as Blob).text();
      expect(() => JSON.parse(text) as unknown).to.throw(SyntaxError);
    });

    it('still fails on an HTTP error, with its status', async () => {
      const error = await thrownBy(uniqueUrl('/api/forms', { fault: '503' }), true);
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(503);
    });
  });
});
