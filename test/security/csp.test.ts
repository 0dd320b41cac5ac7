import { expect, waitUntil } from '@open-wc/testing';

/** The frames a test opened; each goes after its test, passed or failed. */
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * Loads `src` (a page served with a strict policy) in an iframe and resolves with its window and
 * its widget `tag`, once that is ready (its data loaded under the policy).
 */
async function widgetUnderPolicy(
  src: string,
  tag: string,
): Promise<{ el: HTMLElement; win: ProbedWindow }> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = '800px';
  frame.style.height = '900px';
  frames.push(frame);
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.querySelector(`${tag}[state="ready"]`),
    'widget never became ready under CSP',
    { timeout: 10000 },
  );
  return { el: doc.querySelector<HTMLElement>(tag)!, win: frame.contentWindow as ProbedWindow };
}

/** The browser reported nothing blocked, and it enforces Trusted Types (both browsers do). */
function expectNothingBlocked(win: ProbedWindow): void {
  expect(win.__violations).to.deep.equal([]);
  expect(win.trustedTypes).to.exist;
}

type ProbedWindow = Window & {
  __violations: string[];
  __workerMessages: string[];
  trustedTypes?: unknown;
};

describe('<service-status> under a strict Content-Security-Policy', () => {
  it('renders with script-src/style-src self and Trusted Types enforced, without violations', async () => {
    // Given a page served with the strictest policy a city's CMS might send
    // When the widget loads its endpoint
    const { el, win } = await widgetUnderPolicy('/csp/service-status.html', 'service-status');
    // Then it shows its data, styled, and the browser reported nothing blocked
    expect(el.shadowRoot!.textContent).to.contain('Serviceportal');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).borderTopStyle).to.equal('solid');
    expectNothingBlocked(win);
  });
});

describe('<defect-reporter> map under a strict Content-Security-Policy', () => {
  it('loads Leaflet and draws tiles with Trusted Types enforced, without violations', async () => {
    // Given the reporter with a configured map on a page with the strict policy
    const failed = 'Die Karte konnte nicht geladen werden';
    const { el, win } = await widgetUnderPolicy('/csp/defect-reporter.html', 'defect-reporter');
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
    // Without scripts/leaflet-trusted-types.mjs, Trusted Types would block Leaflet here.
    expectNothingBlocked(win);
  });
});

describe('<registry-booking api="zms"> captcha under a strict Content-Security-Policy', () => {
  it('solves the ALTCHA challenge and loads the calendar with Trusted Types enforced, without violations', async () => {
    // Given the ZMS booking on a page with the strict policy (no worker-src, no blob: scripts,
    // Trusted Types only for lit-html), for an office whose scope asks for a captcha
    const { el, win } = await widgetUnderPolicy(
      '/csp/registry-booking-zms.html',
      'registry-booking',
    );
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
    expectNothingBlocked(win);
  });
});

describe('<form-finder> under a strict Content-Security-Policy', () => {
  it('checks its catalogue in a module worker with Trusted Types enforced, without violations', async () => {
    // Given the form finder on a page with the documented policy (workers from 'self' through
    // script-src, Trusted Types for lit-html and civic-widgets)
    // When the catalogue has loaded
    const { el, win } = await widgetUnderPolicy('/csp/form-finder.html', 'form-finder');
    // Then a worker checked it, the forms are listed, and nothing was blocked
    expect(win.__workerMessages).to.include('head').and.include('done');
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal(
      '31 Formulare gefunden',
    );
    expectNothingBlocked(win);
  });
});
