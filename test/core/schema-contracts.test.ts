// The widgets validate endpoint JSON with the small checks of src/core/schema.ts; the documented
// contracts are zod schemas (src/*/…-contract.ts) that generate the JSON Schemas in
// docs/schemas/. That schema and check give the same verdict on every payload, with no listed
// exceptions, is tested in Node with ajv: test/core/json-schemas.node.test.mjs (run by
// `npm test`). Here, in the browsers: what the shared checks say and accept.
import { expect } from '@open-wc/testing';
import {
  linkField,
  array,
  date,
  dateTime,
  number,
  object,
  oneOf,
  optional,
  orLeftOut,
  string,
  urlField,
} from '../../src/core/schema.js';

type Json = unknown;

describe('shared endpoint checks', () => {
  it('take date-times only with seconds and an offset, and only real days', () => {
    const accepts = (value: Json) => {
      try {
        dateTime(value);
        return true;
      } catch {
        return false;
      }
    };
    expect(accepts('2023-10-30T09:15:00+01:00')).to.equal(true);
    expect(accepts('2023-10-30T08:15:00Z')).to.equal(true);
    expect(accepts('2023-10-30T09:15:00.123456+01:00')).to.equal(true);
    expect(accepts('2023-10-30T09:15:00')).to.equal(false); // the device would pick the zone
    expect(accepts('30.10.2023 09:15')).to.equal(false);
    expect(accepts('2023-02-30T09:15:00+01:00')).to.equal(false); // engines roll it over
    expect(() => date('2024-02-29')).not.to.throw();
    expect(() => date('2023-02-29')).to.throw(TypeError);
  });

  it('take URLs with the allowed schemes, relative ones resolved against the page', () => {
    expect(urlField()('/formulare/a.pdf')).to.equal('/formulare/a.pdf');
    expect(urlField()('https://www.example.org/')).to.equal('https://www.example.org/');
    expect(() => urlField()('javascript:alert(1)', 'url')).to.throw('url: URL (http, https)');
    expect(() => urlField()(' mailto:a@example.org')).to.throw(TypeError);
    // No address, an unparsable one, a scheme hidden by a tab, one in capitals: refused.
    for (const bad of [
      'https://',
      'http://[',
      'java\tscript:alert(1)',
      'HTTPS://EXAMPLE.ORG/',
      '',
    ]) {
      expect(() => urlField()(bad), bad).to.throw(TypeError);
    }
    expect(linkField()('mailto:buergerbuero@example.org')).to.equal(
      'mailto:buergerbuero@example.org',
    );
  });

  it('leave out a field the widget can do without, with a warning naming it', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const check = object({ name: string, url: orLeftOut(urlField()) });
      expect(check({ name: 'A', url: 'javascript:x' }, 'service #2')).to.deep.equal({ name: 'A' });
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([
      'civic-widgets: service #2.url: URL (http, https) expected; left out',
    ]);
  });

  it('name where a payload went wrong', () => {
    const check = object({
      office: object({ name: string }),
      services: array(object({ mode: oneOf(['booking', 'reservation']), n: optional(number) })),
    });
    const fails = (raw: Json) => {
      try {
        check(raw);
        return '';
      } catch (error) {
        expect(error).to.be.instanceOf(TypeError);
        return (error as Error).message;
      }
    };
    expect(fails(null)).to.equal('JSON: object expected');
    expect(fails({ office: {}, services: [] })).to.equal('office.name: text expected');
    expect(fails({ office: { name: 'A' }, services: [{ mode: 'x' }] })).to.equal(
      'services[0].mode: booking | reservation expected',
    );
    expect(fails({ office: { name: 'A' }, services: [{ mode: 'booking', n: Infinity }] })).to.equal(
      'services[0].n: number expected',
    );
    expect(check({ office: { name: 'A', x: 1 }, services: [{ mode: 'booking' }] })).to.deep.equal({
      office: { name: 'A' },
      services: [{ mode: 'booking' }],
    });
  });
});
