import { expect } from '@open-wc/testing';
import { preloadMessages, translate } from '../../src/core/i18n.js';
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
      en: {
        free: {
          '=0': 'no free appointments',
          one: '{count} free appointment',
          other: '{count} free appointments',
        },
        found: { one: '{count} form found', other: '{count} forms found' },
        hello: 'Hello, {name}',
      },
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

// A sentence can take words from two tables (core's "{name} ist gerade nicht erreichbar", the name
// from the widget's table), whose English files arrive one by one: English only once every table
// asked for has it. (test/core/mixed-language.test.ts: the same with a widget's fallback heading.)
describe('translate, English in every table or in none', () => {
  const hello = (lang: 'de' | 'en') => translate(messages, lang, 'hello', { name: 'Ann' });

  it('speaks German in every table while one asked for has not got its English yet', async () => {
    hello('en');
    await messages.pendingEn;
    expect(hello('en')).to.equal('Hello, Ann');
    // English was asked for on this page: a table that comes later (a lazy chunk) asks for its
    // English as it comes.
    let asked = 0;
    let arrive = () => {};
    const later = preloadMessages({ bye: 'Auf Wiedersehen' }, () => {
      asked += 1;
      return new Promise((resolve) => {
        arrive = () => resolve({ en: { bye: 'Goodbye' } });
      });
    });
    expect(asked, 'the later table asked for its English as it came').to.equal(1);
    expect(hello('en')).to.equal('Guten Tag, Ann');
    expect(translate(later, 'en', 'bye')).to.equal('Auf Wiedersehen');
    arrive();
    await later.pendingEn;
    expect(hello('en')).to.equal('Hello, Ann');
    expect(translate(later, 'en', 'bye')).to.equal('Goodbye');
  });

  it('stays German in every table while an English file failed to load, until a retry brings it', async () => {
    hello('en');
    await messages.pendingEn;
    let attempts = 0;
    const flaky = preloadMessages({ bye: 'Auf Wiedersehen' }, () => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve({ en: { bye: 'Goodbye' } });
    });
    await flaky.pendingEn;
    expect(attempts).to.equal(1);
    expect(hello('en')).to.equal('Guten Tag, Ann');
    // The next render asks again.
    expect(translate(flaky, 'en', 'bye')).to.equal('Auf Wiedersehen');
    await flaky.pendingEn;
    expect(attempts).to.equal(2);
    expect(translate(flaky, 'en', 'bye')).to.equal('Goodbye');
    expect(hello('en')).to.equal('Hello, Ann');
  });
});
