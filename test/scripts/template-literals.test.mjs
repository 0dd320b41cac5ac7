// The build minifies Lit's templates (rollup-plugin-minify-template-literals in
// rollup.config.mjs), and that drops the whitespace a template begins with: `html\` <span>…`
// lost the space between "Telefonnummer" and "(optional)" in dist/, where the browser tests
// (which run src/) do not look. So no template in src/ may begin with whitespace on its line.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

describe('Lit templates and the build’s minifier', () => {
  it('drops the space a template begins with (why the rule below exists)', async () => {
    const source = 'html`<label>${name}${optional ? html` <span>${word}</span>` : ""}</label>`;';
    const { code } = await minifyTemplateLiterals().transform.call({}, source, 'src/x.ts');
    assert.match(code, /html`<span>/);
  });

  it('finds no template in src/ that begins with a space or tab', () => {
    const found = [];
    for (const file of sourceFiles('src')) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (/(?:html|svg)`[ \t]+\S/.test(line)) found.push(`${file}:${index + 1}`);
        });
    }
    assert.deepEqual(found, []);
  });
});
