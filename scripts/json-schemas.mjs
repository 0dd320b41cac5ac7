// JSON Schemas of the endpoint contracts, generated from the zod schemas in
// src/<widget>/<widget>-contract.ts into docs/schemas/. `--check` fails when the committed
// files are not current (CI).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';

const check = process.argv.includes('--check');
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
    const json = `${JSON.stringify({ title: name, ...z.toJSONSchema(schema, { io: 'input' }) }, null, 2)}\n`;
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
