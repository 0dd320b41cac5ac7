import { expect } from '@open-wc/testing';
import { open311Capture } from './defect-helpers.js';
import {
  attributeParams,
  describeAnswers,
  parseServiceDefinition,
  readOpen311Boolean,
  servicesWithDefinitions,
  validateAttributeAnswers,
} from '../../src/defect-reporter/open311-service-definition.js';

describe('open311 service definitions', () => {
  describe('servicesWithDefinitions', () => {
    it('reads metadata as true or as the string "true" (open311-adapter)', async () => {
      expect([...servicesWithDefinitions(await open311Capture('adapter-services'))]).to.deep.equal([
        'POT',
        'SPOT',
      ]);
      expect(readOpen311Boolean('false')).to.equal(false);
      expect(readOpen311Boolean(' TRUE ')).to.equal(true);
      expect(readOpen311Boolean(1)).to.equal(false);
    });
  });

  describe('parseServiceDefinition', () => {
    it('reads the specification example: numeric keys as strings, null hint left out', async () => {
      const definition = parseServiceDefinition(await open311Capture('spec-service-definition'));
      expect(definition).to.deep.equal({
        serviceCode: 'DMV66',
        attributes: [
          {
            code: 'WHISHETN',
            datatype: 'singlevaluelist',
            variable: true,
            required: true,
            order: 1,
            description: 'What is the ticket/tag/DL number?',
            values: [
              { key: '123', name: 'Ford' },
              { key: '124', name: 'Chrysler' },
            ],
          },
        ],
      });
    });

    it('reads open311-adapter string booleans: "true" required, "false" optional', async () => {
      const { attributes } = parseServiceDefinition(await open311Capture('adapter-definition-pot'));
      expect(
        attributes.map((a) => [a.code, a.datatype, a.required, a.variable, a.hint]),
      ).to.deep.equal([
        ['depth', 'number', true, true, 'an integer'],
        ['shape', 'singlevaluelist', false, true, 'square | circle | triangle'],
      ]);
    });

    it('leaves out what open311-adapter’s own client fills in (`automated`)', async () => {
      // A UK council's Bartec service: report URL, title, easting, UPRN … are set by
      // FixMyStreet or its map, not asked of a citizen; four questions remain.
      const { attributes } = parseServiceDefinition(
        await open311Capture('adapter-bartec-definition-4'),
      );
      expect(attributes.map((attribute) => [attribute.code, attribute.required])).to.deep.equal([
        ['RubbishType', true],
        ['RubbishDepth', false],
        ['ITEM_01', true],
        ['HAS SPACE', false],
      ]);
    });

    it('sorts by order and reads variable false as information', () => {
      const { attributes } = parseServiceDefinition({
        service_code: 'X',
        attributes: [
          { code: 'b', order: 2, datatype: 'text', description: 'B' },
          { code: 'info', order: 0, variable: 'false', datatype: 'string', description: 'Hinweis' },
          { code: 'a', order: 1, datatype: 'weird', description: 'A' },
          { order: 3, datatype: 'string' },
        ],
      });
      expect(attributes.map((a) => [a.code, a.variable, a.datatype])).to.deep.equal([
        ['info', false, 'string'],
        ['a', true, 'string'],
        ['b', true, 'text'],
      ]);
    });

    it('throws on an answer that is not a definition', () => {
      expect(() => parseServiceDefinition({ service_code: 'X' })).to.throw();
      expect(() => parseServiceDefinition('<html>')).to.throw();
    });
  });

  describe('validateAttributeAnswers', () => {
    it('names a required attribute left empty, a wrong number and an unknown choice', async () => {
      const definition = parseServiceDefinition(await open311Capture('adapter-definition-pot'));
      expect(validateAttributeAnswers(definition, {})).to.deep.equal({ depth: 'required' });
      expect(validateAttributeAnswers(definition, { depth: 'tief', shape: 'star' })).to.deep.equal({
        depth: 'number',
        shape: 'choice',
      });
      expect(
        validateAttributeAnswers(definition, { depth: '12,5', shape: 'circle' }),
      ).to.deep.equal({});
    });
  });

  describe('attributeParams', () => {
    it('sends attribute[code]=value, and attribute[code][]=value repeated for multi-value lists', () => {
      const definition = parseServiceDefinition({
        service_code: 'TREE',
        attributes: [
          { code: 'depth', datatype: 'number', order: 1, description: 'Tiefe' },
          {
            code: 'damage',
            datatype: 'multivaluelist',
            order: 2,
            description: 'Schäden',
            values: [
              { key: 1, name: 'Ast' },
              { key: 2, name: 'Stamm' },
              { key: 3, name: 'Wurzel' },
            ],
          },
          { code: 'info', variable: false, datatype: 'string', order: 3, description: 'Hinweis' },
        ],
      });
      const answers = { depth: '12,5', damage: ['1', '3'], info: 'x', unknown: 'y' };
      expect(attributeParams(definition, answers)).to.deep.equal([
        ['attribute[depth]', '12.5'],
        ['attribute[damage][]', '1'],
        ['attribute[damage][]', '3'],
      ]);
      expect(describeAnswers(definition, answers)).to.deep.equal([
        { code: 'depth', label: 'Tiefe', values: ['12,5'] },
        { code: 'damage', label: 'Schäden', values: ['Ast', 'Wurzel'] },
      ]);
    });

    it('sends a local date and time with the device offset (ISO 8601)', () => {
      const definition = parseServiceDefinition({
        attributes: [{ code: 'seen', datatype: 'datetime', order: 1, description: 'Seit wann?' }],
      });
      const [[, sent]] = attributeParams(definition, { seen: '2026-12-01T09:30' });
      expect(sent).to.match(/^2026-12-01T09:30:00[+-]\d\d:\d\d$/);
      expect(Date.parse(sent!)).to.equal(new Date('2026-12-01T09:30').getTime());
    });
  });
});
