import { expect } from '@open-wc/testing';
import { EndpointError } from '../../src/core/endpoint-error.js';
import { translate } from '../../src/core/i18n.js';
import { appointmentMessages } from '../../src/registry-booking/appointment-messages.js';
import { zmsAppointmentSource } from '../../src/registry-booking/zms-citizen-api.js';

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

  it('a view link that could not be read: the appointment is not affected', () => {
    const problem = zmsAppointmentSource('/api/citizen/', key, false).problem(noAnswer);
    expect(problem).to.equal('notLoaded');
    expect(translate(appointmentMessages, 'de', problem)).to.contain('nicht betroffen');
  });
});
