import { expect } from '@open-wc/testing';
import { translate } from '../../src/core/i18n.js';
import { defectMessages } from '../../src/defect-reporter/defect-reporter-messages.js';
import {
  fieldErrorText,
  refusalToErrors,
  validateStep,
} from '../../src/defect-reporter/report-validation.js';
import { FORM_STEPS, createReport } from '../../src/defect-reporter/report.js';
import type { Msg } from '../../src/defect-reporter/defect-reporter-messages.js';
import type { DefectConfig } from '../../src/defect-reporter/report-config.js';
import type { Report } from '../../src/defect-reporter/report.js';

const message: Msg = (key, params) => translate(defectMessages, 'de', key, params);

const config: DefectConfig = {
  categories: [{ id: 'road', name: 'Straßenschaden' }],
  submitUrl: 'https://city.example/reports',
  maxPhotos: 3,
  maxPhotoBytes: 1_000_000,
  locationRequired: true,
  bounds: [
    [51.3, 7.1],
    [51.5, 7.3],
  ],
};

function report(change: (report: Report) => Partial<Report> = () => ({})): Report {
  const empty = createReport('w');
  return { ...empty, ...change(empty) };
}

describe('validateStep', () => {
  it('category: one of the config', () => {
    expect(validateStep('category', report(), config)).to.deep.equal({
      category: { key: 'errCategory' },
    });
    const chosen = report((r) => ({ fields: { ...r.fields, category: 'road' } }));
    expect(validateStep('category', chosen, config)).to.deep.equal({});
  });

  it('location: an address or a position, inside the city', () => {
    expect(Object.keys(validateStep('location', report(), config))).to.deep.equal(['address']);
    const optional = { ...config, locationRequired: false };
    expect(validateStep('location', report(), optional)).to.deep.equal({});
    const inside = report(() => ({ location: { address: '', position: { lat: 51.4, lng: 7.2 } } }));
    expect(validateStep('location', inside, config)).to.deep.equal({});
    const berlin = report(() => ({
      location: { address: 'x', position: { lat: 52.5, lng: 13.4 } },
    }));
    expect(validateStep('location', berlin, config).position).to.deep.equal({ key: 'outside' });
  });

  it('description: not blank', () => {
    const blank = report((r) => ({ fields: { ...r.fields, description: '  \n ' } }));
    expect(Object.keys(validateStep('description', blank, config))).to.deep.equal(['description']);
  });

  it('contact: optional, but a given e-mail must look like one, and data needs consent', () => {
    expect(validateStep('contact', report(), config)).to.deep.equal({});
    const bad = report(() => ({ contact: { name: '', email: 'anna@', consent: true } }));
    expect(Object.keys(validateStep('contact', bad, config))).to.deep.equal(['email']);
    const noConsent = report(() => ({ contact: { name: 'Anna', email: '', consent: false } }));
    expect(Object.keys(validateStep('contact', noConsent, config))).to.deep.equal(['consent']);
  });
});

describe('refusalToErrors', () => {
  const steps = [...FORM_STEPS];

  it('puts field messages at their fields and opens the first step with one', () => {
    const view = refusalToErrors(
      {
        status: 422,
        fields: { email: 'Ungültig.', lat: 'Außerhalb.', color: 'Unbekannt.' },
        errors: [],
      },
      steps,
    );
    expect(view.errors).to.deep.equal({ email: 'Ungültig.', position: 'Außerhalb.' });
    expect(view.general).to.deep.equal(['Unbekannt.']);
    expect(view.step).to.equal('location');
    expect(view.problem).to.equal('refused');
  });

  it('413: the photos are too large, shown at the review', () => {
    const view = refusalToErrors({ status: 413, fields: {}, errors: [] }, steps);
    expect(view).to.deep.equal({
      errors: {},
      general: [],
      problem: 'photos-too-large',
      step: 'review',
    });
  });

  it("any other refusal without the server's words: one plain sentence with the status", () => {
    const view = refusalToErrors({ status: 403, fields: {}, errors: [] }, steps);
    expect(view.general).to.deep.equal([{ key: 'refusedPlain', params: { status: 403 } }]);
    expect(fieldErrorText(message, view.general[0]!)).to.equal(
      'Der Server der Stadt hat die Meldung nicht angenommen (Fehler 403). Bitte senden Sie sie per E-Mail oder rufen Sie an.',
    );
    const readable = refusalToErrors({ status: 403, fields: {}, errors: ['Gesperrt.'] }, steps);
    expect(readable.general).to.deep.equal(['Gesperrt.']);
  });
});
