// The string tables as translators edit them (src/**/*-messages.<lang>.json): the English of
// each table says what the German says, with the same `{placeholders}` and plural forms.
// (The type check only sees that no German key is missing in English.)
import { expect } from '@open-wc/testing';
import type { Message } from '../../src/core/i18n.js';
import coreDe from '../../src/core/core-messages.de.json';
import coreEn from '../../src/core/core-messages.en.json';
import formFinderDe from '../../src/form-finder/form-finder-messages.de.json';
import formFinderEn from '../../src/form-finder/form-finder-messages.en.json';
import appointmentDe from '../../src/registry-booking/appointment-messages.de.json';
import appointmentEn from '../../src/registry-booking/appointment-messages.en.json';
import registryFormDe from '../../src/registry-booking/registry-booking-form-messages.de.json';
import registryFormEn from '../../src/registry-booking/registry-booking-form-messages.en.json';
import registryDe from '../../src/registry-booking/registry-booking-messages.de.json';
import registryEn from '../../src/registry-booking/registry-booking-messages.en.json';
import zmsCaptchaDe from '../../src/registry-booking/zms-captcha-messages.de.json';
import zmsCaptchaEn from '../../src/registry-booking/zms-captcha-messages.en.json';
import zmsFormDe from '../../src/registry-booking/zms-form-messages.de.json';
import zmsFormEn from '../../src/registry-booking/zms-form-messages.en.json';
import serviceStatusDe from '../../src/service-status/service-status-messages.de.json';
import serviceStatusEn from '../../src/service-status/service-status-messages.en.json';
import open311De from '../../src/defect-reporter/open311-messages.de.json';
import open311En from '../../src/defect-reporter/open311-messages.en.json';
import reportStatusDe from '../../src/report-status/report-status-messages.de.json';
import reportStatusEn from '../../src/report-status/report-status-messages.en.json';

type Table = Record<string, Message>;

const TABLES: Record<string, { de: Table; en: Table }> = {
  'core-messages': { de: coreDe, en: coreEn },
  'form-finder-messages': { de: formFinderDe, en: formFinderEn },
  'appointment-messages': { de: appointmentDe, en: appointmentEn },
  'registry-booking-form-messages': { de: registryFormDe, en: registryFormEn },
  'registry-booking-messages': { de: registryDe, en: registryEn },
  'zms-captcha-messages': { de: zmsCaptchaDe, en: zmsCaptchaEn },
  'zms-form-messages': { de: zmsFormDe, en: zmsFormEn },
  'service-status-messages': { de: serviceStatusDe, en: serviceStatusEn },
  'open311-messages': { de: open311De, en: open311En },
  'report-status-messages': { de: reportStatusDe, en: reportStatusEn },
};

/** Each message's placeholders (`{date}`), in every plural form, as one sorted list. */
const placeholders = (table: Table) =>
  Object.fromEntries(
    Object.entries(table).map(([key, message]) => {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      const names = new Set(texts.flatMap((text) => text?.match(/\{\w+\}/g) ?? []));
      return [key, [...names].sort()];
    }),
  );

/** Each plural message's forms (`one`, `other`, `=0`); plain strings have none. */
const pluralForms = (table: Table) =>
  Object.fromEntries(
    Object.entries(table)
      .filter(([, message]) => typeof message !== 'string')
      .map(([key, message]) => [key, Object.keys(message).sort()]),
  );

describe('the message tables', () => {
  for (const [name, { de, en }] of Object.entries(TABLES)) {
    describe(name, () => {
      it('has every key in German and English, and no other', () => {
        expect(Object.keys(en).sort()).to.deep.equal(Object.keys(de).sort());
      });

      it('has the same placeholders in both languages', () => {
        expect(placeholders(en)).to.deep.equal(placeholders(de));
      });

      it('has the same plural forms in both languages', () => {
        expect(pluralForms(en)).to.deep.equal(pluralForms(de));
      });
    });
  }
});
