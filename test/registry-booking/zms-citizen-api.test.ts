import { expect } from '@open-wc/testing';
import { uniqueUrl } from '../helpers.js';
import { EndpointError } from '../../src/core/endpoint-error.js';
import { translate } from '../../src/core/i18n.js';
import { appointmentMessages } from '../../src/registry-booking/appointment-messages.js';
import {
  parseZmsOfficesAndServices,
  zmsAppointmentSource,
} from '../../src/registry-booking/zms-citizen-api.js';

describe('ZMS appointment links: what a failure means', () => {
  const key = { processId: 123456, authKey: 'abcd' };
  const noAnswer = new EndpointError('network', '/api/citizen/confirm-appointment/');

  it('an activation link whose confirm got no answer: not binding yet, not "not affected"', () => {
    const problem = zmsAppointmentSource('/api/citizen/', key, true).problem(noAnswer);
    expect(problem).to.equal('notConfirmed');
    const text = translate(appointmentMessages, 'de', problem);
    expect(text)
      .to.contain('Ihr Termin ist noch nicht bestätigt')
      .and.not.contain('nicht betroffen');
  });

  it('an activation link already confirmed: a later failure (the cancel) says nothing of "not confirmed"', async () => {
    // A process of the mock (demo/mock/zms-citizen-api.mjs), preconfirmed: 3 November 2099,
    // 14:00 in Berlin at the Bürgerbüro Welper.
    const root = uniqueUrl('/api/citizen/');
    const post = async (route: string, body: unknown) =>
      (
        await fetch(root.replace('?', `${route}?`), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json();
    const process = await post('reserve-appointment/', {
      officeId: 10002,
      serviceId: [1063453],
      serviceCount: [1],
      timestamp: Date.UTC(2099, 10, 3, 13, 0) / 1000,
    });
    const reserved = { processId: process.processId, authKey: process.authKey };
    await post('update-appointment/', { ...reserved, familyName: 'Anna', email: 'a@example.org' });
    await post('preconfirm-appointment/', reserved);
    const source = zmsAppointmentSource(root, reserved, true);
    expect((await source.load(4000)).status).to.equal('confirmed');
    expect(source.problem(noAnswer)).to.equal('notLoaded');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a view link that could not be read: the appointment is not affected', () => {
    const problem = zmsAppointmentSource('/api/citizen/', key, false).problem(noAnswer);
    expect(problem).to.equal('notLoaded');
    expect(translate(appointmentMessages, 'de', problem)).to.contain('nicht betroffen');
  });
});

describe('ZMS offices: the fields each scope asks for', () => {
  const office = (id: number, scope?: Record<string, unknown>) => ({
    id,
    name: `Office ${id}`,
    scope,
  });
  const fieldsOf = (scope?: Record<string, unknown>) =>
    parseZmsOfficesAndServices(
      {
        offices: [office(1, scope)],
        services: [{ id: 7, name: 'Personalausweis' }],
        relations: [{ officeId: 1, serviceId: 7, slots: 1 }],
      },
      '/api/citizen/',
    ).places![0]!.fields;

  it('the usual fields (undefined) where the scope says nothing of them (an older ZMS)', () => {
    expect(fieldsOf()).to.equal(undefined);
    expect(fieldsOf({ captchaActivatedRequired: false })).to.equal(undefined);
  });

  it('only what is activated; required with ZMS’s sentence; the label trimmed, an empty one left out', () => {
    const fields = fieldsOf({
      telephoneActivated: false,
      telephoneRequired: true,
      customTextfieldActivated: true,
      customTextfieldRequired: true,
      customTextfieldLabel: '  Aktenzeichen ',
    })!;
    expect(fields.phone).to.equal(undefined);
    expect(fields.notes!.label).to.equal('Aktenzeichen');
    const required = fields.notes!.required as (lang: string) => string;
    expect(required('de')).to.contain('Der gewählte Ort braucht diese Angabe');

    const optional = fieldsOf({
      telephoneActivated: true,
      telephoneRequired: false,
      customTextfieldActivated: true,
      customTextfieldRequired: false,
      customTextfieldLabel: ' ',
    })!;
    expect(optional.phone).to.deep.equal({ label: undefined, required: undefined });
    expect(optional.notes!.label).to.equal('');
    expect(optional.notes!.required).to.equal(undefined);
  });
});
