import { expect, fixture, html } from '@open-wc/testing';
import { CivicWidget } from '../../src/core/civic-widget.js';
import { clearCivicStorage, shadow, shadowText, waitForState } from '../helpers.js';
import { payloadKey, payloadUrl, putPayload } from '../helpers-payload.js';
import type { CivicFallbackEvent } from '../../src/core/events.js';

interface Broken {
  services: { name: string }[];
}

// A widget whose drawing of its data throws: a bug, or data no check foresaw.
class BrokenWidget extends CivicWidget<Broken> {
  protected parseData(raw: unknown): Broken {
    return raw as Broken;
  }
  protected widgetName(): string {
    return 'Die Testanzeige';
  }
  protected renderReady(data: Broken): unknown {
    if (data.services.length === 0) throw new TypeError('cannot draw an empty list');
    return html`<p class="names">${data.services.map((s) => s.name).join(', ')}</p>`;
  }
}
customElements.define('test-broken-widget', BrokenWidget);

describe('CivicWidget when drawing its data throws', () => {
  // Each throw is logged with console.error: kept here, to count and to keep the log readable.
  let errors: unknown[] = [];
  const realError = console.error;
  beforeEach(() => {
    clearCivicStorage();
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = realError;
  });

  it('shows the fallback with the contact instead of freezing on “Wird geladen …”', async () => {
    // Listening from the start: the event may come with the first render.
    let onFallback: (event: CivicFallbackEvent) => void = () => {};
    const fallback = new Promise<CivicFallbackEvent>((resolve) => (onFallback = resolve));
    const el = await fixture<BrokenWidget>(
      html`<test-broken-widget
        contact-phone="(02324) 204 0"
        .data=${{ services: [] }}
        @civic-fallback=${(event: CivicFallbackEvent) => onFallback(event)}
      ></test-broken-widget>`,
    );
    await waitForState(el, 'fallback');
    expect(shadowText(el)).not.to.contain('Wird geladen');
    expect(shadow(el, '[part="fallback"]')).to.exist;
    expect(shadow(el, 'a[href="tel:023242040"]')).to.exist;
    expect((await fallback).detail.state).to.equal('fallback');
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('draws the data again when data it can draw arrives', async () => {
    const el = await fixture<BrokenWidget>(
      html`<test-broken-widget .data=${{ services: [] }}></test-broken-widget>`,
    );
    await waitForState(el, 'fallback');
    el.data = { services: [{ name: 'Bibliothek' }] };
    await waitForState(el, 'ready');
    expect(shadow(el, '.names')!.textContent).to.equal('Bibliothek');
  });

  it('ends in the fallback for an endpoint too', async () => {
    const key = payloadKey('broken');
    await putPayload(key, { services: [] });
    const el = await fixture<BrokenWidget>(
      html`<test-broken-widget endpoint=${payloadUrl(key)}></test-broken-widget>`,
    );
    await waitForState(el, 'fallback');
    expect(shadow(el, '[part="retry"]')).to.exist;
  });
});
