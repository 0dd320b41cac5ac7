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

/**
 * package.json's `sideEffects` names only dist/ (so rollup makes no entry facades): to esbuild
 * every src/ module looks free of side effects, and it drops the workbench's bare imports of the
 * widgets' `*.define` modules; the built workbench then showed empty previews. Those modules
 * define the elements: they are marked as having side effects here.
 */
const defineModulesHaveSideEffects = {
  name: 'define-modules-have-side-effects',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\.define\.js$/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const resolved = await pluginBuild.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      });
      return resolved.errors.length ? undefined : { ...resolved, sideEffects: true };
    });
  },
};

export async function buildWorkbench() {
  await build({
    plugins: [defineModulesHaveSideEffects],
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
