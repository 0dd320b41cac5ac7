// <service-status format="statuspage"> against real captures of public Statuspage pages
// (demo/mock/fixtures/statuspage/README.md names their source).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/service-status/service-status.define.js';
import { clearCivicStorage, shadow, shadowAll, uniqueUrl, waitForState } from '../helpers.js';
import type { ServiceStatus } from '../../src/service-status/service-status.js';

const realPage = (name: string) => uniqueUrl(`/api/statuspage/real/${name}`);

async function statuspageWidget(endpoint: string, attrs = ''): Promise<ServiceStatus> {
  const el = await fixture<ServiceStatus>(
    html`<service-status
      format="statuspage"
      endpoint=${endpoint}
      refresh="0"
      services=${attrs || ''}
    ></service-status>`,
  );
  await waitForState(el, 'ready');
  return el;
}

const groupNames = (el: Element) =>
  shadowAll(el, '[part="group"] .group-toggle .name').map((name) => name.textContent);
const topLevelRows = (el: Element) =>
  shadowAll(el, 'ul.services:not(.members) > li').map(
    (row) => row.querySelector('.name')!.textContent,
  );
const groupRow = (el: Element, name: string) =>
  shadowAll(el, '[part="group"]').find(
    (group) => group.querySelector('.group-toggle .name')!.textContent === name,
  )!;
const memberNames = (group: Element) =>
  [...group.querySelectorAll('[part="item"] .name')].map((name) => name.textContent);

describe('<service-status format="statuspage"> on real pages', () => {
  beforeEach(() => clearCivicStorage());

  it('shows groups as groups, in position order, members in position order (status.box.com)', async () => {
    const el = await statuspageWidget(realPage('box-components'));
    // The capture interleaves members of different groups; the page shows them grouped.
    expect(topLevelRows(el)).to.deep.equal([
      'Box Web Application',
      'Box Platform / API',
      'Desktop Applications',
      'Mobile Applications',
      'Box Notes',
      'Box Relay',
      'Partners / Integrations',
      'Box Community and Support Website (community.box.com)',
      'Developer Console / Docs (developer.box.com)',
      'FTP',
      'Box Website',
    ]);
    const web = groupRow(el, 'Box Web Application');
    expect(memberNames(web)).to.deep.equal([
      'Login/SSO',
      'Uploads/Downloads',
      'Collaboration',
      'Search',
      'Preview',
      'Sharing (Shared Links)',
      'Email Notifications',
      'Admin Console & Functionality',
      'Governance (Retention, Legal Holds)',
      'Workflows and Automations',
      'Comments and Tasks',
      'Accessible Site (a.box.com)',
      'Box Sign',
    ]);
    // The group shows its worst member's status, and is open because it is impaired.
    const toggle = web.querySelector('.group-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.querySelector('[part="status"]')!.textContent).to.contain('Eingeschränkt');
    expect(web.closest('[role="heading"]') ?? web.querySelector('[role="heading"]')).to.exist;
    expect(shadow(el, '[part="summary"]')!.textContent).to.contain(
      '1 von 45 Diensten eingeschränkt',
    );
    await expect(el).to.be.accessible();
  });

  it('folds groups whose members all work into one line with a count, which opens on click', async () => {
    const el = await statuspageWidget(realPage('box-components'));
    const platform = groupRow(el, 'Box Platform / API');
    const toggle = platform.querySelector<HTMLButtonElement>('.group-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent).to.contain('In Betrieb').and.contain('8 Dienste');
    const members = platform.querySelector<HTMLElement>('ul.members')!;
    expect(members.hidden).to.equal(true);
    expect(members.getBoundingClientRect().height).to.equal(0);
    expect(toggle.getAttribute('aria-controls')).to.equal(members.id);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(members.hidden).to.equal(false);
    expect(memberNames(platform)).to.have.length(8);
  });

  it('counts the impaired services of a 68-component page and reads well at 320 px (status.linode.com)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <service-status
          format="statuspage"
          endpoint=${realPage('linode-components')}
          refresh="0"
        ></service-status>
      </div>`,
    );
    const el = wrapper.querySelector('service-status')!;
    await waitForState(el, 'ready');
    expect(shadow(el, '[part="summary"]')!.textContent).to.contain('7 von 62 Diensten gestört');
    expect(groupNames(el)).to.deep.equal([
      'Regions',
      'Backups',
      'Block Storage',
      'NodeBalancers',
      'Object Storage',
      'Linode Kubernetes Engine',
    ]);
    const open = shadowAll(el, '.group-toggle[aria-expanded="true"] .name').map(
      (n) => n.textContent,
    );
    expect(open).to.deep.equal(['Regions']);
    // 4 services alone, 6 group lines and the 11 regions: short enough to read on a phone.
    expect(el.getBoundingClientRect().height).to.be.below(2400);
    // Nothing is wider than the widget.
    const right = el.getBoundingClientRect().right;
    const wider = shadowAll(el, '*').filter(
      (node) => node.getBoundingClientRect().right > right + 0.5,
    );
    expect(wider.map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('reads a summary.json with its incident (status.instructure.com)', async () => {
    const el = await statuspageWidget(realPage('instructure-summary'));
    expect(topLevelRows(el)).to.deep.equal(['Canvas', 'Portfolium', 'MasteryConnect']);
    expect(memberNames(groupRow(el, 'Portfolium'))).to.deep.equal([
      'Website',
      'Web Application',
      'EDU Platform',
    ]);
    expect(shadowAll(el, '.incident')).to.have.length(1);
  });

  it('accepts group ids in `services`', async () => {
    // Box Platform / API's id on that page.
    const el = await statuspageWidget(realPage('box-components'), 'vggytbdllrjt');
    expect(topLevelRows(el)).to.deep.equal(['Box Platform / API']);
    expect(memberNames(groupRow(el, 'Box Platform / API'))).to.have.length(8);
  });

  it('honours only_show_if_degraded for components and groups', async () => {
    const page = await (await fetch(realPage('box-components'))).json();
    const byName = (name: string) => page.components.find((c: { name: string }) => c.name === name);
    byName('FTP').only_show_if_degraded = true; // operational: hidden
    byName('Box Notes').only_show_if_degraded = true; // a group whose members all work: hidden
    byName('Admin Console & Functionality').only_show_if_degraded = true; // degraded: shown
    const el = await fixture<ServiceStatus>(
      html`<service-status format="statuspage" refresh="0" .data=${page}></service-status>`,
    );
    await waitForState(el, 'ready');
    const rows = topLevelRows(el);
    expect(rows).not.to.include('FTP').and.not.to.include('Box Notes');
    expect(rows).to.include('Box Relay');
    expect(memberNames(groupRow(el, 'Box Web Application'))).to.include(
      'Admin Console & Functionality',
    );
    expect(shadow(el, '[part="summary"]')!.textContent).to.contain('1 von 42 Diensten');
  });

  /**
   * An incident without components, as githubstatus.com opened "Disruption with Git SSH" on
   * 2024-09-16 (its name, state, empty `components` and an update written with `<br />`, as
   * slok/stactus's test data holds that page's incidents.json), on a page whose components all
   * work: no row shows it.
   */
  async function pageWithComponentlessIncident(status: string) {
    const page = await (await fetch(realPage('box-components'))).json();
    for (const component of page.components) component.status = 'operational';
    page.incidents = [
      {
        id: 'r3x7x31k7nn1',
        name: 'Disruption with Git SSH',
        status,
        impact: 'minor',
        started_at: '2024-09-16T13:29:47.155Z',
        components: [],
        incident_updates: [
          {
            status: 'investigating',
            body: 'We are seeing up to 2% of Git SSH connections failing.<br /><br />We have taken suspected problematic hosts out of rotation.',
            created_at: '2024-09-16T13:52:05.000Z',
            display_at: '2024-09-16T13:52:05.000Z',
          },
        ],
      },
    ];
    return page;
  }

  it('names an unresolved incident without components instead of saying that all work', async () => {
    const page = await pageWithComponentlessIncident('investigating');
    const el = await fixture<ServiceStatus>(
      html`<service-status format="statuspage" refresh="0" .data=${page}></service-status>`,
    );
    await waitForState(el, 'ready');
    const summary = shadow(el, '[part="summary"]')!;
    expect(summary.textContent!.trim()).to.equal('Störungsmeldung: Disruption with Git SSH');
    expect(summary.className).to.contain('s-degraded_performance');
    // The update reads as text: the page's <br /> is not shown as markup.
    const update = shadow(el, '.updates li')!.textContent!.replace(/\s+/g, ' ');
    expect(update).to.contain('connections failing. We have taken suspected');
    expect(update).not.to.contain('<br');

    const banner = await fixture<ServiceStatus>(
      html`<service-status
        format="statuspage"
        variant="banner"
        refresh="0"
        .data=${page}
      ></service-status>`,
    );
    await waitForState(banner, 'ready');
    expect(shadow(banner, '[part="summary"]')!.textContent!.trim()).to.equal(
      'Störungsmeldung: Disruption with Git SSH',
    );
  });

  it('names that incident on a badge too, in the amber look, instead of "all is well"', async () => {
    const page = await pageWithComponentlessIncident('investigating');
    const badge = await fixture<ServiceStatus>(
      html`<service-status
        format="statuspage"
        variant="badge"
        refresh="0"
        .data=${page}
      ></service-status>`,
    );
    await waitForState(badge, 'ready');
    const status = shadow(badge, '[part="status"]')!;
    expect(status.textContent!.trim()).to.equal('Störungsmeldung: Disruption with Git SSH');
    expect(status.className).to.contain('s-degraded_performance');
    await expect(badge).to.be.accessible();
  });

  it('reads an update as text: tags go, white space is one space, a stray "<" stays', async () => {
    const page = await pageWithComponentlessIncident('identified');
    const [update] = page.incidents[0].incident_updates;
    update.body =
      'Wir prüfen <a href="https://example.org">die Ursache</a>\n\n  weiter.<br/>Wert < 2 <b>ms</b>';
    const el = await fixture<ServiceStatus>(
      html`<service-status format="statuspage" refresh="0" .data=${page}></service-status>`,
    );
    await waitForState(el, 'ready');
    const text = shadow(el, '.updates li')!.textContent!;
    expect(text).to.contain('Wir prüfen die Ursache weiter. Wert < 2 ms');
  });

  it('says that all work again once that incident is being monitored', async () => {
    const page = await pageWithComponentlessIncident('monitoring');
    const el = await fixture<ServiceStatus>(
      html`<service-status format="statuspage" refresh="0" .data=${page}></service-status>`,
    );
    await waitForState(el, 'ready');
    expect(shadow(el, '[part="summary"]')!.textContent!.trim()).to.equal(
      'Alle Online-Dienste sind in Betrieb.',
    );
    expect(shadow(el, '.incident-title')!.textContent).to.equal('Disruption with Git SSH');
  });
});
