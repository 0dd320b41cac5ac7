import { expect } from '@open-wc/testing';
import { linkField, optional, object, urlField } from '../../src/core/schema.js';

describe('urlField', () => {
  const config = object({ slots_url: optional(urlField()) });

  it('takes absolute and page-relative http(s) URLs as written', () => {
    for (const value of [
      'https://termine.example.org/api/slots',
      'http://localhost:8000/slots?x=1',
      '/api/registry/slots',
      'slots.json',
    ]) {
      expect(urlField()(value, 'slots_url')).to.equal(value);
    }
  });

  it('refuses what a browser cannot parse, naming the field', () => {
    for (const value of ['https://', 'http://[', '']) {
      expect(() => config({ slots_url: value }), value).to.throw(TypeError, /^slots_url: URL/);
    }
  });

  it('refuses schemes the field does not take, before anything is requested', () => {
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/x']) {
      expect(() => urlField()(value, 'booking_url'), value).to.throw(/booking_url/);
    }
    expect(() => urlField()('mailto:amt@example.org', 'url')).to.throw(/url/);
  });

  it('takes mailto and tel where a field asks for them', () => {
    const link = linkField();
    expect(link('mailto:amt@example.org')).to.equal('mailto:amt@example.org');
    expect(link('tel:+4923242040')).to.equal('tel:+4923242040');
    expect(() => link('javascript:alert(1)', 'link')).to.throw(/link/);
  });

  it('leaves an absent optional field out', () => {
    expect(config({})).to.deep.equal({});
  });
});
