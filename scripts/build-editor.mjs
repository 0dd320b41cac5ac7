// Builds what the editors' tools run from, with esbuild (part of `npm run build`; `prepare`
// builds the first, and bin/civic-widgets.mjs builds it on first use when neither ran):
// - dist/cli/payload-check.mjs: the widgets' own checks and the problem texts, for
//   `civic-widgets validate` under Node (bin/civic-widgets.mjs);
// - dist/editor/workbench.js: the workbench page (editor/index.html), one classic script with Lit
//   and the widgets inside, so that the page also runs opened as a file from a laptop
//   (browsers refuse ES modules from file:// URLs).
// `--cli`: only the first.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCli() {
  await build({
    absWorkingDir: root,
    stdin: {
      contents: [
        "export * from './editor/src/payload-check.ts';",
        "export * from './editor/src/payload-messages.ts';",
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'payload-check-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: 'dist/cli/payload-check.mjs',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
}

export async function buildWorkbench() {
  await build({
    absWorkingDir: root,
    entryPoints: ['editor/src/workbench.define.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    conditions: ['production'],
    minify: true,
    sourcemap: true,
    outfile: 'dist/editor/workbench.js',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCli();
  if (!process.argv.includes('--cli')) await buildWorkbench();
}
