// JSON Schemas of the endpoint contracts, generated from the zod schemas in
// src/<widget>/<widget>-contract.ts into docs/schemas/. `--check` fails when the committed
// files are not current (CI).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';

const check = process.argv.includes('--check');

/**
 * What the widgets do that zod's output does not say. Every piece of data enters a widget
 * through src/core/normalize-json.ts, which reads `null` as absent: an optional field also
 * takes `null`, and so does a list entry or a value of a map (a `null` entry is dropped). A
 * list of types (`type: ["string", "number"]`) becomes `anyOf`: ajv's strict mode refuses the
 * list, and with it `defect-reporter.report-accepted.schema.json` did not compile.
 */
function truthful(schema) {
  if (Array.isArray(schema)) return schema.map(truthful);
  if (!schema || typeof schema !== 'object') return schema;
  const out = Object.fromEntries(
    Object.entries(schema).map(([keyword, value]) => [keyword, truthful(value)]),
  );
  if (Array.isArray(out.type)) {
    const { type: types, ...rest } = out;
    return {
      anyOf: types.map((type) => ({ type, ...keywordsOf(type, rest) })),
      ...untypedKeywords(rest),
    };
  }
  if (out.properties) {
    const required = new Set(out.required ?? []);
    for (const [key, field] of Object.entries(out.properties)) {
      if (!required.has(key)) out.properties[key] = orNull(field);
    }
  }
  // A list entry (not a tuple's place: `[lat, null]` is no position) and a map's value.
  if (out.items && typeof out.items === 'object' && !out.prefixItems) out.items = orNull(out.items);
  if (out.additionalProperties && typeof out.additionalProperties === 'object') {
    out.additionalProperties = orNull(out.additionalProperties);
  }
  return out;
}

const orNull = (schema) => ({ anyOf: [schema, { type: 'null' }] });

const TYPED_KEYWORDS = {
  string: ['pattern', 'format', 'minLength', 'maxLength'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
};
const keywordsOf = (type, rest) =>
  Object.fromEntries(
    Object.entries(rest).filter(([keyword]) => TYPED_KEYWORDS[type]?.includes(keyword)),
  );
const untypedKeywords = (rest) =>
  Object.fromEntries(
    Object.entries(rest).filter(
      ([keyword]) => !Object.values(TYPED_KEYWORDS).flat().includes(keyword),
    ),
  );
const files = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `src/${d.name}/${d.name}-contract.ts`)
  .filter((f) => existsSync(f));

mkdirSync('.tmp', { recursive: true });
const stale = [];
for (const file of files) {
  const folder = file.split('/')[1];
  const out = `.tmp/${file.split('/')[1]}-contract.mjs`;
  await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  });
  const mod = await import(pathToFileURL(out).href);
  rmSync(out);
  // `contracts` maps names to schemas; otherwise every export named `…Contract` is one
  // (registryConfigContract → registry-config).
  const contracts =
    mod.contracts ??
    Object.fromEntries(
      Object.entries(mod)
        .filter(([k]) => k.endsWith('Contract'))
        .map(([k, v]) => [k.slice(0, -8).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), v]),
    );
  for (const [name, schema] of Object.entries(contracts)) {
    const generated = truthful(z.toJSONSchema(schema, { io: 'input' }));
    const json = `${JSON.stringify({ title: name, ...generated }, null, 2)}\n`;
    const target = `docs/schemas/${name === folder ? name : `${folder}.${name}`}.schema.json`;
    if (check) {
      if (!existsSync(target) || readFileSync(target, 'utf8') !== json) stale.push(target);
    } else {
      mkdirSync('docs/schemas', { recursive: true });
      writeFileSync(target, json);
      console.log(`wrote ${target}`);
    }
  }
}
if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run schemas\` and commit.`);
  process.exit(1);
}
