import { expect } from '@open-wc/testing';
import { translate } from '../../src/core/i18n.js';
import type { Messages } from '../../src/core/i18n.js';

type Key = 'free' | 'found' | 'hello';

const messages: Messages<Key> = {
  de: {
    free: {
      '=0': 'keine freien Termine',
      one: '{count} freier Termin',
      other: '{count} freie Termine',
    },
    found: { one: '{count} Formular gefunden', other: '{count} Formulare gefunden' },
    hello: 'Guten Tag, {name}',
  },
  en: () =>
    Promise.resolve({
      free: {
        '=0': 'no free appointments',
        one: '{count} free appointment',
        other: '{count} free appointments',
      },
      found: { one: '{count} form found', other: '{count} forms found' },
      hello: 'Hello, {name}',
    }),
};

describe('translate', () => {
  it('picks the plural form by `count` through Intl.PluralRules', () => {
    expect(translate(messages, 'de', 'found', { count: 1 })).to.equal('1 Formular gefunden');
    expect(translate(messages, 'de', 'found', { count: 2 })).to.equal('2 Formulare gefunden');
    expect(translate(messages, 'de', 'found', { count: 0 })).to.equal('0 Formulare gefunden');
  });

  it('uses the exact-zero form where there is one', () => {
    expect(translate(messages, 'de', 'free', { count: 0 })).to.equal('keine freien Termine');
    expect(translate(messages, 'de', 'free', { count: 1 })).to.equal('1 freier Termin');
    expect(translate(messages, 'de', 'free', { count: 7 })).to.equal('7 freie Termine');
  });

  it('writes the count in the page language', () => {
    expect(translate(messages, 'de', 'found', { count: 10000 })).to.equal(
      '10.000 Formulare gefunden',
    );
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate(messages, 'de', 'hello', { name: 'Frau Schulz' })).to.equal(
      'Guten Tag, Frau Schulz',
    );
    expect(translate(messages, 'de', 'hello')).to.equal('Guten Tag, {name}');
  });

  it('speaks English once the English strings have loaded (German until then)', async () => {
    expect(translate(messages, 'en', 'found', { count: 1 })).to.equal('1 Formular gefunden');
    await messages.pendingEn;
    expect(translate(messages, 'en', 'found', { count: 1 })).to.equal('1 form found');
    expect(translate(messages, 'en', 'found', { count: 1200 })).to.equal('1,200 forms found');
    expect(translate(messages, 'en', 'free', { count: 0 })).to.equal('no free appointments');
  });
});
