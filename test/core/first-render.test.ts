import { expect, html } from '@open-wc/testing';
import { CivicWidget } from '../../src/core/civic-widget.js';
import { reserveWidgetSpace } from '../../src/core/reserved-space.js';
import '../../src/service-status/service-status.define.js';
import { clearCivicStorage, uniqueUrl } from '../helpers.js';
import type { ServiceStatus } from '../../src/service-status/service-status.js';

// Issue 14 §3/§4: defining an element upgrades all its tags on the page at once; each one's first
// render comes in a task of its own (CivicWidget.scheduleUpdate), so ten widgets do not make one
// long task, and the page-level sheet keeps each widget's room until that render.

class PlainWidget extends CivicWidget<{ text: string }> {
  protected parseData(raw: unknown): { text: string } {
    return raw as { text: string };
  }
  protected widgetName(): string {
    return 'Die Testanzeige';
  }
  protected renderReady(data: { text: string }): unknown {
    return html`<p>${data.text}</p>`;
  }
}

/** Lets every microtask queued so far (and those they queue, `rounds` deep) run. */
async function drainMicrotasks(rounds = 20): Promise<void> {
  for (let round = 0; round < rounds; round++) await Promise.resolve();
}

describe('CivicWidget first render', () => {
  beforeEach(() => clearCivicStorage());

  it('comes in a task of its own, not in the microtasks of the task that defined the tags', async () => {
    const tags = [
      document.createElement('test-first-render'),
      document.createElement('test-first-render'),
    ];
    for (const tag of tags) document.body.append(tag);
    customElements.define('test-first-render', PlainWidget);
    const widgets = tags as PlainWidget[];
    await drainMicrotasks();
    expect(
      widgets.map((widget) => widget.hasUpdated),
      'rendered before the defining task ended',
    ).to.deep.equal([false, false]);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    // No endpoint: each says so with the contact fallback, drawn in its first render.
    expect(widgets.map((widget) => widget.getAttribute('state'))).to.deep.equal([
      'fallback',
      'fallback',
    ]);
    for (const widget of widgets) widget.remove();
  });

  it("keeps the widget's reserved room until its first render", async () => {
    reserveWidgetSpace();
    const el = document.createElement('service-status') as ServiceStatus;
    el.endpoint = uniqueUrl('/api/service-status', { fault: 'slow', delay: '800' });
    el.refresh = 0;
    document.body.append(el);
    expect(el.hasUpdated, 'not rendered yet').to.equal(false);
    // Defined, not rendered: the room is the list's (a screen, at most 60em), not nothing.
    expect(parseFloat(getComputedStyle(el).minHeight)).to.be.above(100);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect(parseFloat(getComputedStyle(el).minHeight)).to.be.above(100);
    el.remove();
  });
});
