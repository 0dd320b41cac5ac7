import { expect } from '@open-wc/testing';
import {
  buildOpen311Request,
  parseOpen311Response,
  parseOpen311Services,
  splitName,
} from '../../src/defect-reporter/open311.js';
import { open311Capture } from './defect-helpers.js';

// Examples from the GeoReport v2 specification (wiki.open311.org/GeoReport_v2), services.json
// and POST requests.json; the spec writes the service code as 001 (invalid JSON), so it is quoted.
const SPEC_SERVICES = [
  {
    service_code: '001',
    service_name: 'Cans left out 24x7',
    description:
      'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'sanitation',
  },
  {
    service_code: '002',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'street',
    service_name: 'Construction plate shifted',
    description: 'Metal construction plate covering the street or sidewalk has been moved.',
  },
  {
    service_code: '003',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'street',
    service_name: 'Curb or curb ramp defect',
    description:
      'Sidewalk curb or ramp has problems such as cracking, missing pieces, holes, and/or chipped curb.',
  },
];

describe('open311', () => {
  describe('parseOpen311Services', () => {
    it('maps the spec example to categories', () => {
      const categories = parseOpen311Services(SPEC_SERVICES);
      expect(categories).to.have.length(3);
      expect(categories[0]).to.deep.equal({
        id: '001',
        name: 'Cans left out 24x7',
        group: 'sanitation',
        description:
          'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.',
        keywords: ['lorem', 'ipsum', 'dolor'],
        questions: true,
      });
      expect(categories.map((c) => c.group)).to.deep.equal(['sanitation', 'street', 'street']);
      // `metadata: true` in the example: the service asks questions of its own.
      expect(categories.map((c) => c.questions)).to.deep.equal([true, true, true]);
    });

    it('keeps numeric codes as strings and leaves out empty optional fields', () => {
      expect(
        parseOpen311Services([
          { service_code: 17, service_name: ' Schlagloch ', group: '', keywords: ' , ' },
        ]),
      ).to.deep.equal([{ id: '17', name: 'Schlagloch' }]);
      expect(
        parseOpen311Services([{ service_code: 'k', service_name: 'K', keywords: [' a ', '', 3] }]),
      ).to.deep.equal([{ id: 'k', name: 'K', keywords: ['a', '3'] }]);
    });

    it('skips entries without code or name, duplicates, and non-arrays', () => {
      expect(
        parseOpen311Services([
          { service_code: 'a' },
          { service_name: 'no code' },
          null,
          'x',
          { service_code: 'b', service_name: 'B', type: 'batch' },
          { service_code: 'b', service_name: 'B again' },
        ]),
      ).to.deep.equal([{ id: 'b', name: 'B' }]);
      expect(parseOpen311Services({ services: [] })).to.deep.equal([]);
      expect(parseOpen311Services(null)).to.deep.equal([]);
    });

    it('reads the group from open311-adapter’s `groups` list (Bristol’s services)', async () => {
      const categories = parseOpen311Services(
        await open311Capture('adapter-bristol-alloy-services'),
      );
      expect(categories.map((category) => [category.id, category.group])).to.deep.equal([
        ['SC-Fly-Post_Defect_1', undefined],
        ['SC-Fly-Tip_Defect_1', undefined],
        ['SC-Graffiti_Defect_1', undefined],
        ['Abandoned_private_bike/scooter', 'Abandoned bikes/scooters'],
        ['Bin_overflowing', 'Street cleansing'],
        ['Blood', 'Street cleansing'],
        ['Dead_animal', 'Street cleansing'],
        ['Dog_fouling', 'Street cleansing'],
        ['Glass_(broken_or_not)', 'Street cleansing'],
      ]);
    });
  });

  describe('buildOpen311Request', () => {
    it('builds the spec form parameters', () => {
      const params = buildOpen311Request(
        {
          category: '001',
          description: 'A large sinkhole is destroying the street',
          lat: '37.76524078',
          lng: '-122.4212043',
          address: '1234 5th street',
          email: 'smit222@sfgov.edu',
          name: 'john smith',
        },
        { jurisdiction: 'city.gov', apiKey: 'xyz' },
      );
      expect(Object.fromEntries(params)).to.deep.equal({
        jurisdiction_id: 'city.gov',
        service_code: '001',
        description: 'A large sinkhole is destroying the street',
        lat: '37.76524078',
        long: '-122.4212043',
        address_string: '1234 5th street',
        email: 'smit222@sfgov.edu',
        first_name: 'john',
        last_name: 'smith',
        api_key: 'xyz',
      });
      expect(params.toString()).to.contain('email=smit222%40sfgov.edu');
      expect(params.toString()).to.contain('address_string=1234+5th+street');
    });

    it('leaves out empty fields, options, and half or invalid coordinates', () => {
      const params = buildOpen311Request({
        category: 'x',
        description: 'd',
        lat: '52.5',
        lng: '',
        email: '  ',
      });
      expect([...params.keys()]).to.deep.equal(['service_code', 'description']);
      expect(
        [...buildOpen311Request({ category: 'x', lat: '91', lng: '13' }).keys()],
        'lat > 90',
      ).to.deep.equal(['service_code']);
      expect(
        Object.fromEntries(buildOpen311Request({ category: 'x', lat: '52.52', lng: '13.40' })),
      ).to.deep.equal({ service_code: 'x', lat: '52.52', long: '13.4' });
    });

    it('splits the name at the last space', () => {
      const params = buildOpen311Request({ category: 'x', name: '  Anna  Maria   von Schmidt ' });
      expect(params.get('first_name')).to.equal('Anna Maria von');
      expect(params.get('last_name')).to.equal('Schmidt');
      expect(splitName('Schmidt')).to.deep.equal({ first: '', last: 'Schmidt' });
      expect(splitName(' Anna\n Schmidt ')).to.deep.equal({ first: 'Anna', last: 'Schmidt' });
      expect(splitName('')).to.deep.equal({ first: '', last: '' });
      expect(buildOpen311Request({ category: 'x', name: '' }).has('last_name')).to.equal(false);
    });
  });

  describe('parseOpen311Response', () => {
    it('reads service_request_id and service_notice (spec example)', () => {
      const result = parseOpen311Response(201, [
        {
          service_request_id: 293944,
          service_notice:
            'The City will inspect and require the responsible party to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code',
          account_id: null,
        },
      ]);
      expect(result).to.include({ kind: 'sent', id: '293944', token: false });
      expect(result.kind === 'sent' && result.message).to.match(/^The City will inspect/);
    });

    it('reads a token (spec example)', () => {
      expect(parseOpen311Response(200, [{ token: '12345' }])).to.deep.equal({
        kind: 'sent',
        id: '12345',
        message: undefined,
        token: true,
      });
    });

    it('tolerates a bare object and the XML-style wrapper', () => {
      expect(parseOpen311Response(200, { service_request_id: 'A-1' })).to.include({ id: 'A-1' });
      expect(
        parseOpen311Response(200, { service_requests: [{ service_request_id: 'A-2' }] }),
      ).to.include({ id: 'A-2' });
    });

    it('reads Mark-a-Spot’s 201 answer, so the report is not filed again', async () => {
      expect(parseOpen311Response(201, await open311Capture('markaspot-post-201'))).to.deep.equal({
        kind: 'sent',
        id: '123-2026',
        message: undefined,
        token: false,
      });
      expect(
        parseOpen311Response(201, { service_requests: { request: [{ service_request_id: 7 }] } }),
      ).to.include({ kind: 'sent', id: '7' });
    });

    it('reads Mark-a-Spot’s error object and its list of violations', async () => {
      expect(parseOpen311Response(400, await open311Capture('markaspot-error-400'))).to.deep.equal({
        kind: 'refused',
        status: 400,
        fields: {},
        errors: ['jurisdiction_id is required.'],
      });
      // Its 2018 module wrote `message`.
      expect(
        parseOpen311Response(404, await open311Capture('markaspot-error-2018-404')),
      ).to.deep.include({ kind: 'refused', errors: ['Service code not found'] });
      expect(
        parseOpen311Response(400, await open311Capture('markaspot-violations-400')),
      ).to.deep.include({
        kind: 'refused',
        errors: ['The referenced entity (taxonomy_term: 99) does not exist.'],
      });
    });

    it('reads the spec error array; 4xx is refused, not retried', () => {
      expect(
        parseOpen311Response(403, [
          {
            code: 403,
            description: "Invalid api_key received -- can't proceed with create_request.",
          },
        ]),
      ).to.deep.equal({
        kind: 'refused',
        status: 403,
        fields: {},
        errors: ["Invalid api_key received -- can't proceed with create_request."],
      });
      const twoErrors = parseOpen311Response(400, [
        { code: 400, description: 'service_code 999 not found' },
        { code: '400', description: 'lat is required' },
        { code: 422 },
      ]);
      expect(twoErrors).to.deep.equal({
        kind: 'refused',
        status: 400,
        fields: {},
        errors: ['service_code 999 not found', 'lat is required', '422'],
      });
      // No readable description (an HTML error page): the widget says it in a plain sentence.
      expect(parseOpen311Response(404, null)).to.deep.equal({
        kind: 'refused',
        status: 404,
        fields: {},
        errors: [],
      });
    });

    it('server errors, rate limits and network failures are retried', () => {
      for (const status of [0, 408, 425, 429, 500, 502, 503]) {
        expect(parseOpen311Response(status, null), String(status)).to.deep.equal({
          kind: 'retry',
        });
      }
      expect(parseOpen311Response(503, [{ code: 503, description: 'busy' }])).to.deep.equal({
        kind: 'retry',
      });
    });

    it('a 2xx without a number: sent if its body is JSON, retry if not (captive portal), refuse an error array', () => {
      // Not JSON (a portal's or proxy's page): requestJson gives no body.
      expect(parseOpen311Response(200, undefined)).to.deep.equal({ kind: 'retry' });
      // The server's JSON without service_request_id or token: it took the report. Retried, it
      // would be filed again at every retry (no Idempotency-Key to a server on another origin).
      for (const body of [null, [], [{}], { service_requests: [] }]) {
        expect(parseOpen311Response(201, body), JSON.stringify(body)).to.deep.equal({
          kind: 'sent',
          id: '',
          message: undefined,
        });
      }
      expect(parseOpen311Response(200, [{ service_notice: 'Danke.' }])).to.deep.equal({
        kind: 'sent',
        id: '',
        message: 'Danke.',
      });
      expect(parseOpen311Response(200, [{ code: 400, description: 'duplicate' }])).to.deep.equal({
        kind: 'refused',
        status: 400,
        fields: {},
        errors: ['duplicate'],
      });
    });
  });
});
