// afterFirstPaint (src/core/first-paint.ts): a large download waits for the page's first
// contentful paint. This file's page shows nothing before its one test, so the test sees the
// wait itself; once a page has painted, the wait is over for good.
import { expect, nextFrame } from '@open-wc/testing';
import { afterFirstPaint } from '../../src/core/first-paint.js';

const firstContentfulPaint = () => performance.getEntriesByName('first-contentful-paint');

describe('afterFirstPaint', () => {
  it('waits for the page to show its first content, then no more', async () => {
    expect(firstContentfulPaint(), 'the page has shown nothing yet').to.have.length(0);
    let resolvedAt: number | undefined;
    const waiting = afterFirstPaint().then(() => {
      resolvedAt = performance.now();
    });
    // Frames without content do not end the wait.
    await nextFrame();
    await nextFrame();
    expect(resolvedAt, 'resolved before anything was painted').to.equal(undefined);

    const heading = document.createElement('h1');
    heading.textContent = 'Formulare und Anträge';
    document.body.append(heading);
    await waiting;
    const [paint] = firstContentfulPaint();
    expect(paint, 'the first contentful paint').to.not.equal(undefined);
    expect(resolvedAt).to.be.at.least(paint!.startTime);

    // The page has painted: later downloads start at once (in this task's microtasks).
    let again = false;
    void afterFirstPaint().then(() => {
      again = true;
    });
    await Promise.resolve();
    expect(again).to.equal(true);
    heading.remove();
  });
});
