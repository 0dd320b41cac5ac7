import { expect, waitUntil } from '@open-wc/testing';

describe('<service-status> under a strict Content-Security-Policy', () => {
  it('renders with script-src/style-src self and Trusted Types enforced, without violations', async () => {
    // Given a page served with the strictest policy a city's CMS might send
    const frame = document.createElement('iframe');
    frame.src = '/csp/service-status.html';
    frame.style.width = '800px';
    frame.style.height = '600px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { __violations: string[] };
    // When the widget loads its endpoint
    const el = await waitUntil(
      () => frame.contentDocument!.querySelector('service-status[state="ready"]'),
      'widget never became ready under CSP',
      { timeout: 10000 },
    ).then(() => frame.contentDocument!.querySelector('service-status')!);
    // Then it shows its data, styled, and the browser reported nothing blocked
    expect(el.shadowRoot!.textContent).to.contain('Serviceportal');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).borderTopStyle).to.equal('solid');
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});
