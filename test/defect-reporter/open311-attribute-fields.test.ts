import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { translate } from '../../src/core/i18n.js';
import {
  attributeFieldId,
  readAttributeAnswers,
  renderAttributeFields,
} from '../../src/defect-reporter/open311-attribute-fields.js';
import { defectMessages } from '../../src/defect-reporter/defect-reporter-messages.js';
import { open311Messages } from '../../src/defect-reporter/open311-messages.js';
import {
  attributeParams,
  parseServiceDefinition,
  validateAttributeAnswers,
} from '../../src/defect-reporter/open311-service-definition.js';
import type { Msg } from '../../src/defect-reporter/defect-reporter-messages.js';
import type { Open311MessageKey } from '../../src/defect-reporter/open311-messages.js';
import type {
  AttributeAnswers,
  ServiceDefinition,
} from '../../src/defect-reporter/open311-service-definition.js';

const message = (key: Open311MessageKey, params?: Record<string, string | number>) =>
  translate(open311Messages, 'de', key, params);
const reporterMessage: Msg = (key, params) => translate(defectMessages, 'de', key, params);

/** The mock server's definition of a service (demo/mock/open311-city.mjs). */
const definitionOf = async (code: string): Promise<ServiceDefinition> =>
  parseServiceDefinition(await (await fetch(`/api/open311-city/services/${code}.json`)).json());

async function renderForm(definition: ServiceDefinition, answers: AttributeAnswers = {}) {
  const form = await fixture<HTMLFormElement>(html`<form></form>`);
  const problems = validateAttributeAnswers(definition, answers);
  render(renderAttributeFields({ definition, answers, problems, message, reporterMessage }), form);
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

  it('takes questions coded like members of every object (constructor, toString, __proto__)', async () => {
    // Codes are the server's free text; read from plain objects, `constructor` found Object.
    const question = (code: string, required: boolean) => ({
      code,
      datatype: 'string',
      variable: true,
      required,
      order: 1,
      description: `Frage ${code}`,
    });
    const definition = parseServiceDefinition({
      service_code: 'X1',
      attributes: [
        question('constructor', true),
        question('toString', false),
        question('__proto__', false),
      ],
    });
    expect(definition.attributes.map((attribute) => attribute.code)).to.deep.equal([
      'constructor',
      'toString',
      '__proto__',
    ]);
    const form = await renderForm(definition);
    const constructor = form.querySelector<HTMLInputElement>(
      `#${attributeFieldId('constructor')}`,
    )!;
    expect(constructor.getAttribute('aria-invalid'), 'the required one, unanswered').to.equal(
      'true',
    );
    expect(constructor.value).to.equal('');
    const toString = form.querySelector<HTMLInputElement>(`#${attributeFieldId('toString')}`)!;
    expect(toString.getAttribute('aria-invalid'), 'the optional one').to.equal('false');
    constructor.value = 'Ja';
    form.querySelector<HTMLInputElement>(`#${attributeFieldId('__proto__')}`)!.value = 'Nein';
    const answers = readAttributeAnswers(form, definition);
    expect(validateAttributeAnswers(definition, answers)).to.deep.equal({});
    expect(attributeParams(definition, answers)).to.deep.equal([
      ['attribute[constructor]', 'Ja'],
      ['attribute[__proto__]', 'Nein'],
    ]);
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
