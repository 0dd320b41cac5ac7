// <defect-reporter> when the module that keeps and sends reports (report-later) cannot be loaded
// at all (a broken deploy: the file is missing). A file of its own: browsers keep a module that
// failed as failed for the page's life.
import { expect } from '@open-wc/testing';
import { shadow, shadowAll, shadowText, uniqueUrl, waitForState } from '../helpers.js';
import {
  clearStoredReports,
  configUrl,
  contact,
  open311Reporter,
  reporter,
} from './defect-helpers.js';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';

const MODULE = '/src/defect-reporter/report-later.ts';

/** Neither a form that could not save or send what is typed, nor a promise that it does. */
function expectContactOnly(el: DefectReporter): void {
  expect(shadow(el, 'form') === null, 'a form is shown').to.equal(true);
  expect(shadowText(el)).to.contain('Der Mängelmelder ist gerade nicht erreichbar');
  expect(shadowText(el)).to.contain('Sie erreichen uns weiterhin telefonisch oder per E-Mail:');
  expect(shadowText(el)).not.to.contain('gespeichert');
  expect(shadowText(el)).not.to.contain('unten auf');
  const links = shadowAll<HTMLAnchorElement>(el, '[part="fallback"] a').map((a) => a.href);
  expect(links).to.include(`mailto:${contact.email}`);
  expect(shadow(el, '[part="retry"]')).to.exist;
}

describe('<defect-reporter> when its report-keeping module cannot be loaded', () => {
  before(async () => {
    await clearStoredReports();
    document.cookie = 'civic-module-fault=report-later; path=/';
    // An earlier test file's page left the module in the browser's cache.
    await fetch(MODULE, { cache: 'reload' });
  });

  after(async () => {
    document.cookie = 'civic-module-fault=; path=/; max-age=0';
    // The browser's cache would keep the failed answer for the next test file's page.
    await fetch(MODULE, { cache: 'reload' });
  });

  it('shows the contact, not a form, also where the config came (Open311)', async () => {
    const el = await open311Reporter(uniqueUrl('/api/open311'), {
      jurisdiction: 'hattingen.example.org',
      apiKey: 'hattingen-demo-key',
    });
    await waitForState(el, 'fallback');
    expectContactOnly(el);
    await expect(el).to.be.accessible();
  });

  it('shows the contact, not the e-mail form it could not write the e-mail of', async () => {
    const el = await reporter(configUrl({ fault: '500' }).url);
    await waitForState(el, 'fallback');
    expectContactOnly(el);
  });
});
