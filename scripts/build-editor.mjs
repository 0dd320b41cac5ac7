// Builds what the editors' tools run from, with esbuild (part of `npm run build` and `prepare`;
// bin/civic-widgets.mjs builds it on first use when neither ran):
// - dist/cli/payload-check.mjs: the widgets' own checks and the problem texts, for
//   `civic-widgets validate` under Node (bin/civic-widgets.mjs);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCli();
}
