import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { translate } from '../../src/core/i18n.js';
import {
  attributeFieldId,
  readAttributeAnswers,
  renderAttributeFields,
} from '../../src/defect-reporter/open311-attribute-fields.js';
import { open311Messages } from '../../src/defect-reporter/open311-messages.js';
import {
  renderReportStatus,
  renderStatusForm,
} from '../../src/defect-reporter/open311-report-status.js';
import {
  attributeParams,
  parseServiceDefinition,
  validateAttributeAnswers,
} from '../../src/defect-reporter/open311-service-definition.js';
import type { Open311MessageKey } from '../../src/defect-reporter/open311-messages.js';
import type {
  AttributeAnswers,
  ServiceDefinition,
} from '../../src/defect-reporter/open311-service-definition.js';

const message = (key: Open311MessageKey, params?: Record<string, string | number>) =>
  translate(open311Messages, 'de', key, params);

/** The mock server's definition of a service (demo/mock/open311-city.mjs). */
const definitionOf = async (code: string): Promise<ServiceDefinition> =>
  parseServiceDefinition(await (await fetch(`/api/open311-city/services/${code}.json`)).json());

async function renderForm(definition: ServiceDefinition, answers: AttributeAnswers = {}) {
  const form = await fixture<HTMLFormElement>(html`<form></form>`);
  const problems = validateAttributeAnswers(definition, answers);
  render(renderAttributeFields({ definition, answers, problems, message }), form);
  return form;
}

describe('open311 attribute fields', () => {
  it('renders a multi-value list as checkboxes, information as text, a date as a date-time field', async () => {
    const form = await renderForm(await definitionOf('102'));
    expect(form.querySelector('.notice')!.textContent).to.contain('Feuerwehr: 112');
    expect(form.querySelectorAll('input[type=checkbox][name="attribute[damage]"]')).to.have.length(
      4,
    );
    expect(form.querySelector('input[type=datetime-local][name="attribute[since]"]')).to.exist;
    expect(form.querySelector('textarea[name="attribute[access]"]')).to.exist;
    expect(form.textContent).to.contain('Wie kommt man hin? (optional)');
    expect(form.textContent).to.contain('Zum Beispiel: hinter dem Tor, im Innenhof');
    await expect(form).to.be.accessible();
  });

  it('renders radios up to 7 choices and a select above', async () => {
    const pothole = await renderForm(await definitionOf('101'));
    expect(
      pothole.querySelectorAll('input[type=radio][name="attribute[position]"]'),
    ).to.have.length(3);
    const waste = await renderForm(await definitionOf('103'));
    const select = waste.querySelector<HTMLSelectElement>('select[name="attribute[kind]"]')!;
    expect(select.options).to.have.length(10);
    expect(select.id).to.equal(attributeFieldId('kind'));
    await expect(waste).to.be.accessible();
  });

  it('marks a required attribute left empty and says which question', async () => {
    const form = await renderForm(await definitionOf('101'), { position: 'road' });
    const depth = form.querySelector<HTMLInputElement>(`#${attributeFieldId('depth')}`)!;
    expect(depth.getAttribute('aria-invalid')).to.equal('true');
    const error = form.querySelector(`#${attributeFieldId('depth')}-error`)!;
    expect(error.textContent).to.contain(
      'Bitte beantworten Sie diese Frage: Wie tief ist das Loch?',
    );
    expect(depth.getAttribute('aria-describedby')).to.contain(error.id);
    await expect(form).to.be.accessible();
  });

  it('reads the ticked boxes back and sends them as repeated attribute[damage][]', async () => {
    const definition = await definitionOf('102');
    const form = await renderForm(definition);
    const boxes = form.querySelectorAll<HTMLInputElement>('input[name="attribute[damage]"]');
    boxes[0]!.click();
    boxes[2]!.click();
    const answers = readAttributeAnswers(form, definition);
    expect(answers.damage).to.deep.equal(['1', '3']);
    expect(attributeParams(definition, answers)).to.deep.equal([
      ['attribute[damage][]', '1'],
      ['attribute[damage][]', '3'],
    ]);
  });
});

describe('open311 report status view', () => {
  const view = {
    message,
    date: (iso: string) => new Date(iso).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }),
    contact: html`<p class="contact">(02324) 204 3030</p>`,
  };

  it('shows the state, notes, agency and date of a found report', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      renderReportStatus(view, {
        kind: 'found',
        status: {
          id: '4711',
          state: 'closed',
          notes: 'Verfüllt.',
          agency: 'Tiefbauamt',
          updated: '2026-11-24T14:05:00+01:00',
        },
      }),
      host,
    );
    expect(host.textContent).to.contain('4711');
    expect(host.textContent).to.contain('Erledigt');
    expect(host.textContent).to.contain('Hinweis der Stadt: Verfüllt.');
    expect(host.textContent).to.contain('Zuständig: Tiefbauamt');
    expect(host.textContent).to.contain('24.11.2026');
    expect(host.querySelector('.contact')).to.equal(null);
    await expect(host).to.be.accessible();
  });

  it('keeps the number and shows the contact when the lookup fails or the number is unknown', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderReportStatus(view, { kind: 'failed', id: '5001' }), host);
    expect(host.textContent).to.contain('5001');
    expect(host.textContent).to.contain('kann gerade nicht abgefragt werden');
    expect(host.querySelector('.contact')).to.exist;
    render(renderReportStatus(view, { kind: 'unknown', id: '999' }), host);
    expect(host.textContent).to.contain('Zur Vorgangsnummer 999 ist keine Meldung bekannt');
    expect(host.querySelector('.contact')).to.exist;
  });

  it('hands the typed number to the lookup, and says when it is missing', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const asked: string[] = [];
    render(
      renderStatusForm({
        message,
        number: '',
        busy: false,
        empty: false,
        onSubmit: (n) => asked.push(n),
      }),
      host,
    );
    host.querySelector<HTMLInputElement>('input')!.value = '4711';
    host.querySelector<HTMLButtonElement>('button')!.click();
    expect(asked).to.deep.equal(['4711']);
    render(
      renderStatusForm({ message, number: '', busy: false, empty: true, onSubmit: () => {} }),
      host,
    );
    expect(host.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(host.textContent).to.contain('Bitte geben Sie eine Vorgangsnummer ein.');
    await expect(host).to.be.accessible();
  });
});
