#!/usr/bin/env node
// `civic-widgets validate <file-or-URL>`: checks an endpoint's JSON with the widgets' own checks
// (bundled into dist/cli/payload-check.mjs by scripts/build-editor.mjs). Exit code 0 when the
// widgets show everything the data means, 1 when not (or the file cannot be read), 2 for a
// wrong command line: a city can run it in its own CI.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { validate, usage } from './validate.mjs';

const CHECKS = new URL('../dist/cli/payload-check.mjs', import.meta.url);

async function loadChecks() {
  if (!existsSync(CHECKS)) {
    // A clone where `npm install` ran without `prepare` (or dist/ was removed): build the checks
    // now; esbuild is a dev dependency, present in every clone.
    try {
      const { buildCli } = await import('../scripts/build-editor.mjs');
      await buildCli();
    } catch (error) {
      console.error(
        `civic-widgets: ${CHECKS.pathname} is missing and could not be built (${error.message}). Run "npm run build".`,
      );
      process.exit(2);
    }
  }
  return import(CHECKS.href);
}

/**
 * `civic-widgets integrity [file…]`: the Subresource Integrity value of each file, for
 * `<script integrity="…">`; by default of both files a page may load from a CDN, each named:
 * the autoloader and the one-file bundle (a value pasted on the other file blocks the script).
 */
function printIntegrity(files) {
  const targets = files.length
    ? files
    : ['civic-widgets.js', 'civic-widgets.bundle.js'].map(
        (name) => new URL(`../dist/${name}`, import.meta.url).pathname,
      );
  for (const file of targets) {
    const hash = createHash('sha384').update(readFileSync(file)).digest('base64');
    console.log(`sha384-${hash}  ${file}`);
  }
}

const [command, ...args] = process.argv.slice(2);
if (command === 'validate') {
  process.exitCode = await validate(args, await loadChecks());
} else if (command === 'integrity') {
  printIntegrity(args);
} else {
  console.log(usage());
  process.exitCode = command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}
