import { expect } from '@open-wc/testing';
import { isEmailAddress } from '../../src/core/email-address.js';

describe('isEmailAddress', () => {
  it('accepts plain addresses as citizens and cities write them', () => {
    for (const good of [
      'amt@example.org',
      ' buergerbuero.hattingen@stadt.example ',
      'vorname.nachname+formular@mail.stadt-hattingen.de',
      'müller@beispiel.de',
    ]) {
      expect(isEmailAddress(good), good).to.equal(true);
    }
  });

  it('refuses typos and anything that could add headers or recipients to a mailto: link', () => {
    for (const bad of [
      '',
      'amt',
      'amt@example',
      'amt example.org',
      'amt@ example.org',
      'a@b@example.org',
      'amt@example..org',
      'amt@example.org.',
      'amt@example.org?bcc=x@evil.example',
      'amt@example.org&cc=x@evil.example',
      'amt@example.org, x@evil.example',
      'amt@example.org;x@evil.example',
      'amt#1@example.org',
      'amt%40x@example.org',
      '<amt@example.org>',
      '"amt"@example.org',
    ]) {
      expect(isEmailAddress(bad), bad).to.equal(false);
    }
  });
});
