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

  it('refuses a javascript: URL hidden behind what the URL parser drops', () => {
    // The parser strips leading C0 controls and spaces and removes tabs and line breaks
    // anywhere: each of these would be linked as javascript:.
    const hidden = [
      '\u0001javascript:alert(1)',
      '\u001fjavascript:alert(1)',
      ' javascript:alert(1)',
    ];
    for (const value of [...hidden, 'java\tscript:alert(1)', 'java\nscript:alert(1)']) {
      expect(() => urlField()(value, 'privacy_url'), JSON.stringify(value)).to.throw(/privacy_url/);
      expect(() => linkField()(value, 'url'), JSON.stringify(value)).to.throw(/url/);
    }
    for (const value of hidden)
      expect(new URL(value, location.href).protocol).to.equal('javascript:');
  });

  it('refuses what follows the host other than a path, query or fragment', () => {
    for (const value of ['https://amt@example.org/x', 'https://example.org\\formulare']) {
      expect(() => urlField()(value, 'url'), value).to.throw(/url/);
    }
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
