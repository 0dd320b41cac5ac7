// normalizeJson (src/core/normalize-json.ts): every piece of data a widget reads goes through it.
import { expect } from '@open-wc/testing';
import { normalizeJson, parseJsonText } from '../../src/core/normalize-json.js';

describe('normalizeJson', () => {
  // JSON.parse makes a field named "__proto__" an own field; a copy made by assignment turned it
  // into the copy's prototype, whose fields every check then read as the data's own.
  const text = '{"__proto__": {"status": "operational"}, "name": "Serviceportal", "note": null}';

  it('keeps a field named "__proto__" a field, not the prototype of the copy', () => {
    const copy = normalizeJson(JSON.parse(text)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    expect(copy.status).to.equal(undefined);
    expect(Object.keys(copy)).to.deep.equal(['__proto__', 'name']);
  });

  it('the same for an answer read as text (it holds a null, so it is normalised)', () => {
    const data = parseJsonText(`[${text}]`) as Record<string, unknown>[];
    expect(Object.getPrototypeOf(data[0])).to.equal(Object.prototype);
    expect(data[0].status).to.equal(undefined);
  });
});
