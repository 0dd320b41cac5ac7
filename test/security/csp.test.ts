import { expect, waitUntil } from '@open-wc/testing';

/** Loads `src` in an iframe and resolves with its window once loaded. */
async function framed(src: string): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow }> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = '800px';
  frame.style.height = '900px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as ProbedWindow };
}

/** The widget `tag` in the frame's page, once it is ready (its data loaded under the policy). */
async function readyWidgetIn(frame: HTMLIFrameElement, tag: string): Promise<HTMLElement> {
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.querySelector(`${tag}[state="ready"]`),
    'widget never became ready under CSP',
    { timeout: 10000 },
  );
  return doc.querySelector<HTMLElement>(tag)!;
}

type ProbedWindow = Window & {
  __violations: string[];
  __workerMessages: string[];
  trustedTypes?: unknown;
};

describe('<service-status> under a strict Content-Security-Policy', () => {
  it('renders with script-src/style-src self and Trusted Types enforced, without violations', async () => {
    // Given a page served with the strictest policy a city's CMS might send
    const { frame, win } = await framed('/csp/service-status.html');
    // When the widget loads its endpoint
    const el = await readyWidgetIn(frame, 'service-status');
    // Then it shows its data, styled, and the browser reported nothing blocked
    expect(el.shadowRoot!.textContent).to.contain('Serviceportal');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).borderTopStyle).to.equal('solid');
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('<defect-reporter> map under a strict Content-Security-Policy', () => {
  it('loads Leaflet and draws tiles with Trusted Types enforced, without violations', async () => {
    // Given the reporter with a configured map on a page with the strict policy
    const failed = 'Die Karte konnte nicht geladen werden';
    const { frame, win } = await framed('/csp/defect-reporter.html');
    const el = await readyWidgetIn(frame, 'defect-reporter');
    const shadow = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
    // When the citizen picks a category, goes on and opens the map
    shadow('input[name="category"][value="baum"]')!.click();
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    shadow('#dr-next')!.click();
    const mapButton = await waitUntil(() => shadow('#dr-map-open'), 'no map button', {
      timeout: 10000,
    }).then(() => shadow('#dr-map-open')!);
    mapButton.click();
    // Then Leaflet draws the configured tiles, and nothing was blocked
    await waitUntil(
      () =>
        shadow('#dr-map.leaflet-container img.leaflet-tile-loaded') ||
        el.shadowRoot!.textContent!.includes(failed),
      'the map neither opened nor failed',
      { timeout: 10000 },
    );
    expect(el.shadowRoot!.textContent).not.to.contain(failed);
    expect(shadow('#dr-map.leaflet-container img.leaflet-tile-loaded')).to.exist;
    expect(win.__violations).to.deep.equal([]);
    // Both browsers enforce Trusted Types (without scripts/leaflet-trusted-types.mjs this fails).
    expect(win.trustedTypes).to.exist;
    frame.remove();
  });
});

describe('<registry-booking api="zms"> captcha under a strict Content-Security-Policy', () => {
  it('solves the ALTCHA challenge and loads the calendar with Trusted Types enforced, without violations', async () => {
    // Given the ZMS booking on a page with the strict policy (no worker-src, no blob: scripts,
    // Trusted Types only for lit-html), for an office whose scope asks for a captcha
    const { frame, win } = await framed('/csp/registry-booking-zms.html');
    const el = await readyWidgetIn(frame, 'registry-booking');
    const shadow = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
    const update = () => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    shadow('input[name="service"][value="1063453"]')!.click();
    await update();
    shadow('input[name="place"][value="10001"]')!.click();
    await update();
    // When the citizen confirms the captcha
    await waitUntil(() => shadow('#captcha-check'), 'no captcha step', { timeout: 10000 });
    shadow('#captcha-check')!.click();
    // Then the proof of work passes, the calendar comes, and nothing was blocked
    await waitUntil(
      () => shadow('.day.free') || shadow('#captcha-problem'),
      'the captcha neither passed nor failed',
      { timeout: 20000 },
    );
    expect(shadow('#captcha-problem')).to.equal(null);
    expect(shadow('.day.free')).to.exist;
    expect(win.__violations).to.deep.equal([]);
    expect(win.trustedTypes).to.exist;
    frame.remove();
  });
});

describe('<form-finder> under a strict Content-Security-Policy', () => {
  it('checks its catalogue in a module worker with Trusted Types enforced, without violations', async () => {
    // Given the form finder on a page with the documented policy (workers from 'self' through
    // script-src, Trusted Types for lit-html and civic-widgets)
    const { frame, win } = await framed('/csp/form-finder.html');
    // When the catalogue has loaded
    const el = await readyWidgetIn(frame, 'form-finder');
    // Then a worker checked it, the forms are listed, and nothing was blocked
    expect(win.__workerMessages).to.include('head').and.include('done');
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal(
      '31 Formulare gefunden',
    );
    expect(win.__violations).to.deep.equal([]);
    expect(win.trustedTypes).to.exist;
    frame.remove();
  });
});
