import { expect } from '@open-wc/testing';
import { isEmailAddress } from '../../src/core/email-address.js';
import { EMAIL_ADDRESSES, NOT_EMAIL_ADDRESSES } from './email-addresses.js';

describe('isEmailAddress', () => {
  it('accepts plain addresses as citizens and cities write them', () => {
    for (const good of EMAIL_ADDRESSES) {
      expect(isEmailAddress(good), good).to.equal(true);
    }
  });

  it('refuses typos and anything that could add headers or recipients to a mailto: link', () => {
    for (const bad of NOT_EMAIL_ADDRESSES) {
      expect(isEmailAddress(bad), bad).to.equal(false);
    }
  });
});
