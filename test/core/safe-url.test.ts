import { expect } from '@open-wc/testing';
import { mailtoHref, safeUrl, telHref } from '../../src/core/safe-url.js';
import { EMAIL_ADDRESSES, NOT_EMAIL_ADDRESSES } from './email-addresses.js';

describe('safe-url', () => {
  it('mailtoHref: one plain address, subject and body percent-encoded', () => {
    expect(mailtoHref(' amt@example.org ', 'Mängel: A&B', 'Zeile 1\r\nZeile 2?')).to.equal(
      'mailto:amt@example.org?subject=M%C3%A4ngel%3A%20A%26B&body=Zeile%201%0D%0AZeile%202%3F',
    );
    expect(mailtoHref('amt@example.org')).to.equal('mailto:amt@example.org');
  });

  it('mailtoHref: a link for every plain address, trimmed', () => {
    for (const good of EMAIL_ADDRESSES) {
      expect(mailtoHref(good), good).to.equal(`mailto:${good.trim()}`);
    }
  });

  it('mailtoHref: no link for anything that could add headers, recipients or end the link', () => {
    for (const bad of NOT_EMAIL_ADDRESSES) {
      expect(mailtoHref(bad), bad).to.equal(undefined);
    }
  });

  it('safeUrl keeps http(s), mailto and tel, and refuses script schemes', () => {
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeUrl('tel:123')).to.equal('tel:123');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl(' ')).to.equal(undefined);
  });

  it('telHref keeps digits and +', () => {
    expect(telHref('(02324) 204 3030')).to.equal('tel:023242043030');
    expect(telHref('+49 2324 2040')).to.equal('tel:+4923242040');
    expect(telHref('-')).to.equal(undefined);
  });

  it('telHref does not dial the national "(0)" after a country code', () => {
    for (const written of ['+49 (0) 2324 204-0', '+49(0)2324 204-0', ' +49  (0)2324 2040']) {
      expect(telHref(written), written).to.equal('tel:+4923242040');
    }
    expect(telHref('(0) 2324 2040'), 'no country code').to.equal('tel:023242040');
  });
});
