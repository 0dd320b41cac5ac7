// A sentence takes words from two message tables (core's "{name} ist gerade nicht erreichbar",
// the widget's name from its own table), and the English files of the tables arrive one by one
// (src/core/i18n.ts). Seen once in a full Firefox run: "The form finder ist gerade nicht
// erreichbar". Every heading rendered must be in one language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/form-finder/form-finder.define.js';
import { coreMessages } from '../../src/core/core-messages.js';
import { translate } from '../../src/core/i18n.js';
import { formFinderMessages } from '../../src/form-finder/form-finder-messages.js';
import { uniqueUrl, waitForState } from '../helpers.js';
import type { FormFinder } from '../../src/form-finder/form-finder.js';

const GERMAN = 'Die Formularsuche ist gerade nicht erreichbar';
const ENGLISH = 'The form finder is not available right now';

describe('a widget whose tables get their English one by one', () => {
  it('never shows a fallback heading that mixes German and English', async () => {
    // Another English widget on this German page had the form finder's English loaded; the
    // core table's English has not been asked for yet.
    expect(document.documentElement.lang).to.not.match(/^en/);
    translate(formFinderMessages, 'en', 'widgetName');
    await formFinderMessages.pendingEn;
    // The core table's English file is slow: it arrives when the test lets it.
    expect(coreMessages.pendingEn, 'core English not asked for yet').to.equal(undefined);
    const coreEnglish = coreMessages.en;
    let arrive = () => {};
    coreMessages.en = () =>
      new Promise((resolve) => {
        arrive = () => resolve(coreEnglish());
      });

    const el = document.createElement('form-finder') as FormFinder;
    el.lang = 'en';
    el.setAttribute('endpoint', uniqueUrl('/api/forms', { fault: '500' }));
    // Every text the heading shows, from the first render on.
    const headings: string[] = [];
    const record = () => {
      const text = el.shadowRoot?.getElementById('fallback-title')?.textContent?.trim();
      if (text && headings.at(-1) !== text) headings.push(text);
    };
    const observer = new MutationObserver(record);
    const container = await fixture(html`<div></div>`);
    container.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });

    await waitForState(el, 'fallback');
    record();
    expect(headings, 'a heading before the core English arrived').to.not.be.empty;
    arrive();
    await waitUntil(
      () => headings.at(-1) === ENGLISH,
      `the heading in English, shown: ${JSON.stringify(headings)}`,
    );
    observer.disconnect();
    coreMessages.en = coreEnglish;
    for (const heading of headings) expect([GERMAN, ENGLISH]).to.include(heading);
  });
});
