// Builds dist/: one ES module per element (shared code in shared chunks); dist/civic-widgets.js,
// the autoloader that imports only the elements a page uses; and dist/civic-widgets.bundle.js,
// a single file that defines every element, for hosts that can serve only one file. Minified,
// with source maps, Lit's production build.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minify } from 'terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { existsSync, readFileSync } from 'node:fs';
import { leafletTrustedTypes, withoutInnerHtml } from './scripts/leaflet-trusted-types.mjs';

const LEAFLET = 'leaflet/dist/leaflet-src.esm.js';

/** Element entries: `dist/<tag>.js` defines `<tag>` and exports its class. */
export const elementEntries = Object.fromEntries(
  [
    'city-services',
    'service-status',
    'form-finder',
    'defect-reporter',
    'registry-booking',
    'report-status',
  ]
    .map((tag) => [tag, `src/${tag}/${tag}.define.ts`])
    .filter(([, file]) => existsSync(file)),
);

/**
 * Module workers, `dist/<name>.js`: an element starts one by its URL beside the element's
 * module (`new URL('./<name>.js', import.meta.url)`), so it is an entry of its own.
 */
export const workerEntries = {
  'form-catalog-worker': 'src/form-finder/form-catalog-worker.ts',
};

/** zod's two harmless warnings (an annotation rollup cannot place, a cycle inside zod). */
export function onwarn(warning, warn) {
  const id = warning.id ?? warning.ids?.join(' ') ?? '';
  if (id.includes('node_modules/zod')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.message.includes('node_modules/zod'))
    return;
  warn(warning);
}

/** Rollup's report of merging small chunks (see experimentalMinChunkSize) is no news. */
export function onLog(level, log, handler) {
  if (log.code !== 'OPTIMIZE_CHUNK_STATUS') handler(level, log);
}

/**
 * An element's entry may export more than its module (`allow-extension`), so each element's
 * code lives in its entry file instead of a chunk behind a re-exporting facade. scripts/size-budget.mjs
 * bundles with the same setting, so it measures no facade dist/ does not ship.
 */
export const preserveEntrySignatures = 'allow-extension';

/**
 * A chunk smaller than this (bytes of code before minifying) that only defines things is
 * merged into one that is loaded at the same time or before it: each file is gzipped on its
 * own, so a tiny file costs more than it holds. report-api.ts, the two helpers both of the
 * reporter's API adapters use, was a 154 B file of its own; in dist/ it joins the
 * Idempotency-Key chunk (the reporter saves a request and 74 B, `<registry-booking>` loads
 * 80 B more). scripts/size-budget.mjs chunks with the same setting.
 */
export const experimentalMinChunkSize = 300;

export const plugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  // The widgets' strings (src/**/*-messages.<lang>.json): one object each, as written.
  json({ include: 'src/**/*.json', namedExports: false, preferConst: true }),
  leafletTrustedTypes(),
  esbuild({ tsconfig: './tsconfig.json', target: 'es2022', minify: false }),
  // Lit's html`` and css`` literals keep their indentation otherwise.
  minifyTemplateLiterals({ include: ['src/**/*.ts'] }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    // The autoloader's dynamic imports of the elements' modules become imports of their
    // entry files (`./form-finder.js`), so both share one set of chunks. Each element's code
    // lives in its entry file (see preserveEntrySignatures): only dist/*.js define elements
    // (package.json's `sideEffects`), the chunks have no side effects.
    input: { 'civic-widgets': 'src/civic-widgets.ts', ...elementEntries, ...workerEntries },
    preserveEntrySignatures,
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      experimentalMinChunkSize,
    },
    plugins: plugins(),
    onLog,
    onwarn,
  },
  {
    // Everything in one file, except the optional map library: a page that configures a map
    // loads dist/leaflet.js beside it, on demand.
    input: 'src/civic-widgets.bundle.ts',
    external: [LEAFLET],
    output: {
      file: 'dist/civic-widgets.bundle.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
      paths: { [LEAFLET]: './leaflet.js' },
    },
    plugins: [
      ...plugins(),
      {
        name: 'copy-leaflet',
        async generateBundle() {
          const source = withoutInnerHtml(readFileSync(`node_modules/${LEAFLET}`, 'utf8'));
          const { code } = await minify(source, {
            module: true,
          });
          this.emitFile({ type: 'asset', fileName: 'leaflet.js', source: code });
        },
      },
    ],
    onwarn,
  },
];
