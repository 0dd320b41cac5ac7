// What editors write into a status file: typos, German words, capitals. An unreadable status
// is never dropped and never reads as "all is well".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/service-status/service-status.define.js';
import '../../src/city-services/city-services.define.js';
import '../../src/form-finder/form-finder.define.js';
import { payloadKey, payloadUrl, putPayload } from '../helpers-payload.js';
import { rememberedBannerHeights } from '../../src/core/reserved-space.js';
import { clearCivicStorage, shadow, shadowAll, uniqueUrl, waitForState } from '../helpers.js';
import type { ServiceStatus } from '../../src/service-status/service-status.js';

const alternatives = [{ label: 'Bürgerbüro', phone: '(02324) 204 0', email: 'buero@example.org' }];

async function withWarnings<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await run(), warnings };
  } finally {
    console.warn = original;
  }
}

async function widgetWith(services: unknown[], variant = 'list'): Promise<ServiceStatus> {
  const el = await fixture<ServiceStatus>(
    html`<service-status variant=${variant} refresh="0" .data=${{ services }}></service-status>`,
  );
  await waitForState(el, 'ready');
  return el;
}

describe('<service-status> with an editor’s status values', () => {
  beforeEach(() => clearCivicStorage());

  it('shows an unknown status as "Status unklar" with message, alternatives and contacts, and warns naming the field', async () => {
    const { result: el, warnings } = await withWarnings(() =>
      widgetWith([
        { id: 'portal', name: 'Serviceportal', status: 'operational' },
        {
          id: 'kfz',
          name: 'Kfz-Zulassung',
          status: 'Gestört!',
          message: 'Online-Termine fallen aus.',
          alternatives,
        },
      ]),
    );
    const item = shadowAll(el, '[part="item"]').find((i) => i.dataset.service === 'kfz')!;
    expect(item.querySelector('[part="status"]')!.textContent).to.contain('Status unklar');
    expect(item.textContent).to.contain('Online-Termine fallen aus.').and.contain('Bürgerbüro');
    expect(item.querySelector('a[href="tel:0232420400"], a[href="tel:023242040"]')).to.exist;
    expect(item.querySelector('a[href="mailto:buero@example.org"]')).to.exist;
    expect(
      warnings.some((w) => w.includes('service #1.status') && w.includes('Gestört!')),
    ).to.equal(true);
    const summary = shadow(el, '[part="summary"]')!.textContent!;
    expect(summary).to.contain('Status von 1 Dienst unklar').and.not.contain('in Betrieb');
    await expect(el).to.be.accessible();
  });

  it('starts the English summary with a capital when an unclear status comes first', async () => {
    const { result: el } = await withWarnings(async () => {
      const widget = await fixture<ServiceStatus>(
        html`<service-status
          lang="en"
          refresh="0"
          .data=${{
            services: [
              { id: 'portal', name: 'Service portal', status: 'operational' },
              { id: 'kfz', name: 'Vehicle registration', status: 'broken!' },
            ],
          }}
        ></service-status>`,
      );
      await waitForState(widget, 'ready');
      return widget;
    });
    await waitUntil(() => shadow(el, '[part="summary"]')?.textContent?.includes('unclear'));
    expect(shadow(el, '[part="summary"]')!.textContent!.trim()).to.equal(
      'Status of 1 service unclear',
    );
  });

  it('shows an entry without a status as "Status unklar" too', async () => {
    const { result: el } = await withWarnings(() =>
      widgetWith([{ id: 'kfz', name: 'Kfz-Zulassung' }]),
    );
    expect(shadow(el, '[part="item"] [part="status"]')!.textContent).to.contain('Status unklar');
  });

  it('never leaves the banner empty because of a typo', async () => {
    const { result: el } = await withWarnings(() =>
      widgetWith([{ id: 'kfz', name: 'Kfz-Zulassung', status: 'major outage' }], 'banner'),
    );
    expect(shadow(el, '[part="item"]')!.textContent).to.contain('Kfz-Zulassung: Status unklar.');
  });

  it('says "Status unklar" in the badge too, as the list and the banner do', async () => {
    const { result: el } = await withWarnings(() =>
      widgetWith(
        [
          { id: 'portal', name: 'Serviceportal', status: 'kaputt' },
          { id: 'kfz', name: 'Kfz-Zulassung', status: 'degraded_performance' },
        ],
        'badge',
      ),
    );
    expect(shadow(el, '[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Eingeschränkt: Kfz-Zulassung. Status unklar: Serviceportal',
    );
  });

  it('reads the German status words in any case, without a warning', async () => {
    const words = [
      'Gestört',
      'TEILWEISE GESTÖRT',
      'eingeschränkt',
      'In  Betrieb',
      ' Wartung ',
      'In Wartung',
    ];
    const { result: el, warnings } = await withWarnings(() =>
      widgetWith(
        words.map((status, index) => ({ id: `s${index}`, name: `Dienst ${index}`, status })),
      ),
    );
    expect(
      shadowAll(el, '[part="item"] [part="status"]').map((s) => s.textContent!.trim()),
    ).to.deep.equal([
      'Gestört',
      'Teilweise gestört',
      'Eingeschränkt',
      'In Betrieb',
      'In Wartung',
      'In Wartung',
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('dates a notice that began "seit", one planned without an end "ab" its start', async () => {
    const day = 24 * 3600 * 1000;
    const el = await fixture<ServiceStatus>(
      html`<service-status
        refresh="0"
        .data=${{
          services: [{ id: 'portal', name: 'Serviceportal', status: 'operational' }],
          incidents: [
            {
              id: 'stoerung',
              title: 'Telefonanlage gestört',
              status: 'investigating',
              started_at: new Date(Date.now() - day).toISOString(),
            },
            {
              id: 'wartung',
              title: 'Wartung des Serviceportals',
              status: 'scheduled',
              started_at: new Date(Date.now() + 2 * day).toISOString(),
              services: ['portal'],
            },
          ],
        }}
      ></service-status>`,
    );
    await waitForState(el, 'ready');
    const notice = (title: string) =>
      shadowAll(el, '[part="incidents"] li').find((item) => item.textContent!.includes(title))!
        .textContent!;
    expect(notice('Telefonanlage gestört')).to.match(/\(seit \d/);
    expect(notice('Wartung des Serviceportals'))
      .to.match(/\(ab \d/)
      .and.not.contain('seit');
  });
});

describe('the counts of impaired services', () => {
  beforeEach(() => clearCivicStorage());

  // Found on the demo: the banner read "3 Dienste gestört, 1 eingeschränkt" and the list beside
  // it "4 von 5 Diensten eingeschränkt", about the same five services.
  const services = [
    { id: 'portal', name: 'Serviceportal', status: 'major_outage' },
    { id: 'maengel', name: 'Mängelmelder', status: 'major_outage' },
    { id: 'standesamt', name: 'Standesamt', status: 'partial_outage' },
    { id: 'kfz', name: 'Kfz-Zulassung', status: 'degraded_performance' },
    { id: 'bibliothek', name: 'Bibliothek', status: 'operational' },
  ];

  it('are said in the same words by the list and by the banner on a phone', async () => {
    const list = await widgetWith(services);
    const banner = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <service-status variant="banner" refresh="0" .data=${{ services }}></service-status>
      </div>`,
    );
    const bannerEl = banner.querySelector('service-status')!;
    await waitForState(bannerEl, 'ready');
    await waitUntil(() => shadow(bannerEl, '.banner-summary button'), 'no summary line');
    const words = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
    expect(words(shadow(list, '[part="summary"]')!)).to.equal(
      '3 von 5 Diensten gestört, 1 eingeschränkt',
    );
    expect(words(shadow(bannerEl, '.banner-summary button')!)).to.equal(
      '3 Dienste gestört, 1 eingeschränkt – Details',
    );
  });

  it('are named apart in a badge: the down ones, then the impaired ones', async () => {
    const badge = await widgetWith(services, 'badge');
    expect(shadow(badge, '[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Gestört: Serviceportal, Mängelmelder, Standesamt. Eingeschränkt: Kfz-Zulassung',
    );
  });

  it('are not summed up for a list of one service: its row says it', async () => {
    const list = await widgetWith(services.slice(0, 1));
    expect(shadow(list, '[part="summary"]')?.textContent?.trim() ?? 'no summary').to.equal(
      'no summary',
    );
    expect(shadow(list, '[part="item"] [part="status"]')!.textContent!.trim()).to.equal('Gestört');
  });

  it('say "eingeschränkt" when no service is down', async () => {
    const list = await widgetWith(services.slice(3));
    expect(shadow(list, '[part="summary"]')!.textContent!.trim()).to.equal(
      '1 von 2 Diensten eingeschränkt',
    );
  });
});

describe('status icons and colours', () => {
  beforeEach(() => clearCivicStorage());

  // Issue 12 §3: "Gestört" was a red ✕ in the list and an amber ⚠ in other widgets' notices,
  // and an unknown status read "Status unklar" only in the list.
  for (const [written, label] of [
    ['major_outage', 'Gestört'],
    ['kaputt', 'Status unklar'],
  ]) {
    it(`are the same for "${label}" in the list and in another widget’s notice`, async () => {
      const key = payloadKey('status-look');
      await putPayload(key, {
        services: [{ id: 'serviceportal', name: 'Serviceportal', status: written }],
      });
      const url = payloadUrl(key);
      const page = await withWarnings(() =>
        fixture<HTMLElement>(
          html`<city-services status-endpoint=${url} refresh="0">
            <service-status endpoint=${url} refresh="0"></service-status>
            <form-finder
              service="serviceportal"
              endpoint=${uniqueUrl('/api/forms', { fault: '500' })}
            ></form-finder>
          </city-services>`,
        ),
      );
      const list = page.result.querySelector('service-status')!;
      const finder = page.result.querySelector('form-finder')!;
      await waitForState(list, 'ready');
      await waitForState(finder, 'fallback');
      await waitUntil(() => shadow(finder, '[part="service-notice"]'), 'no notice');
      const notice = shadow(finder, '[part="service-notice"]')!;
      const listStatus = shadow(list, '[part="item"] [part="status"]')!;
      expect(listStatus.textContent!.trim()).to.equal(label);
      expect(notice.textContent).to.contain(`Serviceportal: ${label}.`);
      const pathOf = (root: Element) => root.querySelector('svg path')!.getAttribute('d');
      expect(pathOf(notice)).to.equal(pathOf(listStatus));
      const colourOf = (root: Element) => getComputedStyle(root.querySelector('svg')!).color;
      expect(colourOf(notice)).to.equal(colourOf(listStatus));
      expect(getComputedStyle(notice).borderLeftColor).to.equal(colourOf(listStatus));
    });
  }

  it('put a status label on its service name’s baseline', async () => {
    const el = await widgetWith([{ id: 'a', name: 'Bibliothek', status: 'major_outage' }]);
    const name = shadow(el, '[part="item"] .name')!;
    const label = shadow(el, '[part="item"] [part="status"] > span')!;
    const baseline = (node: Element) => {
      // The bottom of a text's line box; both texts have the same font size and line height.
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect().bottom;
    };
    expect(Math.abs(baseline(name) - baseline(label))).to.be.below(1);
  });
});

// An empty status file, or one whose every entry is broken, would say "nothing is wrong".
describe('<service-status> with a status file that lists no service', () => {
  beforeEach(() => clearCivicStorage());

  const readable = {
    updated_at: '2026-12-03T09:00:00+01:00',
    services: [{ id: 'maengelmelder', name: 'Mängelmelder', status: 'major_outage' }],
  };

  /** A badge reading the payload `key`, with a phone for its fallback. */
  const badgeReading = (key: string) =>
    fixture<ServiceStatus>(
      html`<service-status
        variant="badge"
        endpoint=${payloadUrl(key)}
        refresh="0"
        contact-phone="(02324) 204 0"
      ></service-status>`,
    );

  for (const [what, broken] of [
    ['emptied', { services: [] }],
    ['with no readable entry', { services: [{ name: 'Mängelmelder', status: 'major_outage' }] }],
  ] as const) {
    it(`keeps the last good data, marked with its date, when the file is ${what}`, async () => {
      const key = payloadKey('no-services');
      await putPayload(key, readable);
      const { result: el } = await withWarnings(async () => {
        const widget = await badgeReading(key);
        await waitForState(widget, 'ready');
        await putPayload(key, broken);
        await widget.reload();
        await waitForState(widget, 'stale');
        return widget;
      });
      const text = shadow(el, '[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(text).to.match(
        /^Gestört: Mängelmelder \(Sie sehen den zuletzt bekannten Stand vom \d\d\.\d\d\.\d{4}, \d\d:\d\d\.\)$/,
      );
      expect(text).not.to.contain('Alle Online-Dienste');
    });

    it(`shows the contact fallback on a first visit when the file is ${what}`, async () => {
      const key = payloadKey('no-services-first');
      await putPayload(key, broken);
      const { result: el } = await withWarnings(async () => {
        const widget = await badgeReading(key);
        await waitForState(widget, 'fallback');
        return widget;
      });
      expect(shadow(el, '[part="fallback"]')!.textContent).to.contain('(02324) 204 0');
      expect(el.shadowRoot!.textContent).not.to.contain('Alle Online-Dienste');
    });
  }
});

// `services="…"` is typed by an editor: a typo must not hide an outage, and a few services
// working is not "all".
describe('<service-status services="…">', () => {
  beforeEach(() => clearCivicStorage());

  const portalWorksReporterDown = {
    updated_at: '2026-12-03T09:00:00+01:00',
    services: [
      { id: 'serviceportal', name: 'Serviceportal', status: 'operational' },
      { id: 'maengelmelder', name: 'Mängelmelder', status: 'major_outage' },
    ],
  };

  /** A widget of `variant` reading the payload `key` over HTTP, `services` as given. */
  async function reading(key: string, variant: string, services: string) {
    const el = await fixture<ServiceStatus>(
      html`<service-status
        variant=${variant}
        services=${services}
        endpoint=${payloadUrl(key)}
        refresh="0"
      ></service-status>`,
    );
    await waitForState(el, 'ready');
    return el;
  }

  describe('when an id in it names no service (a typo)', () => {
    for (const variant of ['list', 'banner', 'badge']) {
      it(`shows every service on a ${variant}, so the outage still shows, and warns naming the id`, async () => {
        const key = payloadKey('services-typo');
        await putPayload(key, portalWorksReporterDown);
        const { result: el, warnings } = await withWarnings(() =>
          reading(key, variant, 'maengelmeldr'),
        );
        const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
        expect(text).to.contain('Mängelmelder').and.contain('Gestört');
        expect(text).not.to.contain('in Betrieb.').and.not.to.contain('keine Statusmeldungen');
        expect(
          warnings.some((w) => w.includes('"maengelmeldr"') && w.includes('services')),
          warnings.join('\n'),
        ).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('shows every service when one id of several is a typo', async () => {
      const key = payloadKey('services-one-typo');
      await putPayload(key, portalWorksReporterDown);
      const { result: el } = await withWarnings(() =>
        reading(key, 'badge', 'serviceportal maengelmeldr'),
      );
      expect(shadow(el, '[part="status"]')!.textContent!.trim()).to.equal('Gestört: Mängelmelder');
    });

    it('lets the banner reserve its lines for the next visit, not nothing', async () => {
      const key = payloadKey('services-typo-banner');
      await putPayload(key, portalWorksReporterDown);
      const { result: el } = await withWarnings(() => reading(key, 'banner', 'maengelmeldr'));
      expect(shadowAll(el, '[part="item"]').map((line) => line.dataset.service)).to.deep.equal([
        'maengelmelder',
      ]);
      expect(rememberedBannerHeights().get(el.endpoint!)).to.be.above(0);
    });
  });

  describe('when it names some of the services and they work', () => {
    const threeWork = {
      services: [
        { id: 'serviceportal', name: 'Serviceportal', status: 'operational' },
        { id: 'termine', name: 'Terminvergabe', status: 'operational' },
        { id: 'maengelmelder', name: 'Mängelmelder', status: 'operational' },
      ],
    };

    it('says on the list that the services shown work, not all', async () => {
      const key = payloadKey('services-some');
      await putPayload(key, threeWork);
      const el = await reading(key, 'list', 'serviceportal termine');
      expect(shadow(el, '[part="summary"]')!.textContent!.trim()).to.equal(
        'Die angezeigten Online-Dienste sind in Betrieb.',
      );
      await expect(el).to.be.accessible();
    });

    it('names them on a badge', async () => {
      const key = payloadKey('services-some-badge');
      await putPayload(key, threeWork);
      const el = await reading(key, 'badge', 'serviceportal termine');
      expect(shadow(el, '[part="status"]')!.textContent!.trim()).to.equal(
        'In Betrieb: Serviceportal, Terminvergabe',
      );
      await expect(el).to.be.accessible();
    });

    it('names them on a banner whose lines recovered', async () => {
      const key = payloadKey('services-some-banner');
      await putPayload(key, {
        services: [
          { ...threeWork.services[0], status: 'major_outage' },
          ...threeWork.services.slice(1),
        ],
      });
      const el = await reading(key, 'banner', 'serviceportal');
      expect(shadowAll(el, '[part="item"]')).to.have.length(1);
      await putPayload(key, threeWork);
      await el.reload();
      await waitUntil(() => shadow(el, '[part="summary"]'), 'the recovered line never came');
      expect(shadow(el, '[part="summary"]')!.textContent!.trim()).to.equal(
        'In Betrieb: Serviceportal',
      );
    });

    it('says "all" when every service is shown', async () => {
      const key = payloadKey('services-all');
      await putPayload(key, threeWork);
      const el = await reading(key, 'badge', 'serviceportal termine maengelmelder');
      expect(shadow(el, '[part="status"]')!.textContent!.trim()).to.equal(
        'Alle Online-Dienste sind in Betrieb.',
      );
    });
  });
});
