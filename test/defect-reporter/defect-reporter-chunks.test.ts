// <defect-reporter> when the module that keeps and sends reports (report-later) did not load at
// first: the connection was cut while the page came. A file of its own: a module loaded once
// stays loaded in the page.
import { expect, waitUntil } from '@open-wc/testing';
import { drafts } from '../../src/defect-reporter/report-draft-store.js';
import { clearCivicStorage, shadow, waitForState } from '../helpers.js';
import { choose, configUrl, reporter } from './defect-helpers.js';

describe('<defect-reporter> when its report-keeping module came only at the second try', () => {
  beforeEach(() => clearCivicStorage());

  it('saves what is chosen and typed once the module is there (it never started the drafts)', async () => {
    document.cookie = 'civic-module-fault=report-later@network; path=/';
    // An earlier test file's page left the module in the browser's cache (the test server lets
    // it keep sources for a year): asked for again, the cut connection takes it out.
    await fetch('/src/defect-reporter/report-later.ts', { cache: 'reload' }).catch(() => undefined);
    const { url } = configUrl();
    let el;
    try {
      el = await reporter(url);
      // The configuration of the own API is read by that module: the contact shows.
      await waitForState(el, 'fallback');
    } finally {
      document.cookie = 'civic-module-fault=; path=/; max-age=0';
    }
    let loaded = true;
    await import('../../src/defect-reporter/report-later.js').catch(() => (loaded = false));
    if (!loaded) {
      // Firefox keeps even a cut connection's module failed for the page's life: the widget's
      // retry cannot load it either, and it keeps showing its contact (checked above).
      console.info('defect-reporter-chunks: this browser keeps the failed module; nothing to save');
      return;
    }
    shadow<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitForState(el, 'ready');
    await choose(el, 'gehweg');
    await waitUntil(
      async () =>
        (await drafts.listDrafts(url)).some((draft) => draft.fields.category === 'gehweg'),
      'the draft was not saved',
    );
    expect(shadow(el, '#dr-step')).to.exist;
  });
});
