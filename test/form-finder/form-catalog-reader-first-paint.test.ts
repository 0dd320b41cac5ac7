// <form-finder>'s catalogue is large (~480 KB compressed for 10,000 forms): it is asked for
// after the page's first contentful paint, so on a slow network it does not hold up the page's
// own first content (src/core/first-paint.ts). This file's page shows nothing before the
// element does; once a page has painted, the wait is over, so the file has this one test.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/form-finder/form-finder.define.js';
import { uniqueUrl, waitForState } from '../helpers.js';
import type { FormFinder } from '../../src/form-finder/form-finder.js';

describe('<form-finder> and the page’s first paint', () => {
  it('asks for its catalogue after the page has shown its first content', async () => {
    expect(
      performance.getEntriesByName('first-contentful-paint'),
      'nothing painted yet',
    ).to.have.length(0);
    const endpoint = uniqueUrl('/api/forms');
    const el = await fixture<FormFinder>(
      html`<form-finder endpoint=${endpoint} contact-phone="(02324) 204 0"></form-finder>`,
    );
    await waitForState(el, 'ready');

    const [paint] = performance.getEntriesByName('first-contentful-paint');
    const [request] = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith(endpoint));
    expect(paint, 'the first contentful paint').to.not.equal(undefined);
    expect(request, 'the catalogue request').to.not.equal(undefined);
    expect(request!.startTime).to.be.greaterThan(paint!.startTime);
  });
});
