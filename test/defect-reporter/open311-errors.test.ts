import { expect } from '@open-wc/testing';
import { open311Capture } from './defect-helpers.js';
import {
  locateOpen311Errors,
  readOpen311Errors,
} from '../../src/defect-reporter/open311-errors.js';

describe('open311 error arrays', () => {
  it('locates open311-adapter’s "no value given for required entry attribute[depth]"', async () => {
    const errors = readOpen311Errors(await open311Capture('adapter-error-missing-attribute'));
    expect(errors).to.have.length(2);
    expect(locateOpen311Errors(errors, ['depth', 'shape'])).to.deep.equal({
      attributes: ['depth'],
      fields: [],
      unplaced: false,
    });
  });

  it('leaves the specification’s api_key error unplaced', async () => {
    const errors = readOpen311Errors(await open311Capture('spec-errors'));
    expect(errors).to.deep.equal([
      {
        code: '403',
        description: "Invalid api_key received -- can't proceed with create_request.",
      },
    ]);
    expect(locateOpen311Errors(errors).unplaced).to.equal(true);
  });

  it('maps Open311 parameters to the form’s fields and a bare code to its attribute', () => {
    const errors = readOpen311Errors({
      errors: [
        { code: 400, description: 'lat/long, address_string, or address_id is required' },
        { code: '400', description: 'email is not a valid address' },
        { code: 400, description: 'WHEREIST must be one of BIKE, CROSS' },
      ],
    });
    expect(locateOpen311Errors(errors, ['WHEREIST'])).to.deep.equal({
      attributes: ['WHEREIST'],
      fields: ['location', 'email'],
      unplaced: false,
    });
  });

  it('counts a lone header line as unplaced', () => {
    const errors = readOpen311Errors([
      { code: 400, description: 'Error in input for POST_Service_Request' },
    ]);
    expect(locateOpen311Errors(errors, ['depth']).unplaced).to.equal(true);
  });
});
