// parseJsonText (src/core/normalize-json.ts) makes data of an answer <form-finder> asked for
// unparsed: it must give what requestJson (src/core/http.ts) gives for the same answer, so a
// catalogue shows the same in the worker, on the main thread and in every other widget's way.
import { expect } from '@open-wc/testing';
import { requestJson } from '../../src/core/http.js';
import { EndpointError } from '../../src/core/endpoint-error.js';
import { parseJsonText } from '../../src/core/normalize-json.js';
import { payloadKey, payloadUrl, putPayload } from '../helpers-payload.js';

const ANSWERS: [string, string][] = [
  ['a catalogue', '{"updated_at":"2026-11-02T08:00:00Z","forms":[{"id":"a","title":"Wohngeld"}]}'],
  ['nulls (left out, dropped from lists)', '{"a":null,"b":[1,null,2],"c":{"d":null,"e":"x"}}'],
  ['an escaped lone surrogate', '{"title":"Antrag \\ud800 Ende","ok":"\\ud83d\\ude00"}'],
  ['a "null" only inside a text', '{"title":"nullable"}'],
  ['nothing', ''],
  ['white space only', ' \n '],
];

describe('parseJsonText (<form-finder> answers read unparsed)', () => {
  for (const [name, text] of ANSWERS) {
    it(`gives what requestJson gives: ${name}`, async () => {
      const key = payloadKey('json-text');
      await putPayload(key, text);
      const { body, raw } = await requestJson(payloadUrl(key));
      expect(raw).to.equal(text);
      expect(parseJsonText(raw as string)).to.deep.equal(body);
    });
  }

  it('throws a SyntaxError where requestJson fails with a parse error', async () => {
    const key = payloadKey('json-text');
    await putPayload(key, '{"forms": [');
    let error: unknown;
    await requestJson(payloadUrl(key)).catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(EndpointError);
    expect((error as EndpointError).kind).to.equal('parse');
    expect(() => parseJsonText('{"forms": [')).to.throw(SyntaxError);
  });
});
