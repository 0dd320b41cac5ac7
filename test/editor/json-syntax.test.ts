import { expect } from '@open-wc/testing';
import { findJsonSyntaxProblem } from '../../editor/src/json-syntax.js';

describe('findJsonSyntaxProblem', () => {
  it('finds nothing in JSON that JSON.parse reads', async () => {
    for (const name of ['service-status', 'form-finder', 'defect-reporter', 'registry-booking']) {
      const text = await (await fetch(`/demo/mock/fixtures/${name}.json`)).text();
      JSON.parse(text);
      expect(findJsonSyntaxProblem(text), name).to.equal(undefined);
    }
    for (const text of ['0', '-1.5e+3', '"a\\u00e4\\n"', '[]', '{}', ' [ true , false , null ] ']) {
      expect(findJsonSyntaxProblem(text), text).to.equal(undefined);
    }
  });

  it('names the usual slips at their line and column', () => {
    const cases: [string, object][] = [
      ['', { slip: 'empty', line: 1, column: 1 }],
      ['{"a": [1, 2,]}', { slip: 'comma-before-end', line: 1, column: 12, found: ']' }],
      ['{\n  "a": 1,\n}', { slip: 'comma-before-end', line: 2, column: 9, found: '}' }],
      ['{"a": „x“}', { slip: 'typographic-quote', line: 1, column: 7, found: '„' }],
      // Closed with a typographic quote: the text runs on to the line's end.
      [
        '{\n  "a": "x“,\n  "b": 1\n}',
        { slip: 'typographic-quote', line: 2, column: 10, found: '“' },
      ],
      ['{"a": "x“, "b": "y"}', { slip: 'typographic-quote', line: 1, column: 9, found: '“' }],
      ["{'a': 1}", { slip: 'single-quote', line: 1, column: 2, found: "'" }],
      ['{"a": 1 "b": 2}', { slip: 'missing-comma', line: 1, column: 9, found: '"' }],
      ['{"a": "x\ny"}', { slip: 'line-break-in-text', line: 1, column: 9 }],
      ['{"a": 1', { slip: 'unexpected-end', line: 1, column: 8 }],
      ['{"a": 1}}', { slip: 'after-end', line: 1, column: 9, found: '}' }],
      ['{a: 1}', { slip: 'unexpected', line: 1, column: 2, found: 'a' }],
    ];
    for (const [text, problem] of cases) {
      expect(() => JSON.parse(text), text).to.throw(SyntaxError);
      expect(findJsonSyntaxProblem(text), text).to.deep.equal(problem);
    }
  });

  it('does not blame a typographic quote inside an earlier text', () => {
    expect(findJsonSyntaxProblem('{"a": "Bitte „Formulare“, danach", "b": tru}')).to.deep.equal({
      slip: 'unexpected',
      line: 1,
      column: 41,
      found: 't',
    });
  });
});
