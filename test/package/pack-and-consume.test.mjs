// The package as a developer gets it: `npm pack` (of the built dist/; `npm run build` first),
// the tarball installed into a fresh project, a TypeScript consumer under `strict` that imports
// every entry and listens to typed events, and every entry loaded in Chromium through the
// package's `exports` map. Node's test runner; the install reads npm's local cache first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { launchChromium } from '../../scripts/launch-chromium.mjs';

const repo = resolve('.');
const ELEMENTS = {
  'city-services': 'CityServices',
  'service-status': 'ServiceStatus',
  'form-finder': 'FormFinder',
  'defect-reporter': 'DefectReporter',
  'registry-booking': 'RegistryBooking',
  'report-status': 'ReportStatus',
};

/** The consumer: every entry, typed events, the JSX types; `@ts-expect-error` proves no `any`. */
const CONSUMER_TS = `
import { discover, loadElement } from 'civic-widgets';
import { CityServices, type CityServicesValue } from 'civic-widgets/city-services';
import {
  ServiceStatus,
  ServiceStatusChangeEvent,
  type ServiceStatusData,
  type ServiceStatusChangeDetail,
} from 'civic-widgets/service-status';
import {
  FormFinder,
  FormSearchEvent,
  CivicFallbackEvent,
  type FormCatalog,
  type FormSearchDetail,
  type EndpointState,
} from 'civic-widgets/form-finder';
import { DefectReporter, type DefectConfig, type ReportSentDetail } from 'civic-widgets/defect-reporter';
import {
  RegistryBooking,
  type RegistryConfig,
  type RegistryBookedDetail,
} from 'civic-widgets/registry-booking';
import { ReportStatus, type StatusConfig, type SentReport } from 'civic-widgets/report-status';
import * as everything from 'civic-widgets/bundle';

await discover(document.body);
await loadElement('form-finder');

const finder: FormFinder | null = document.querySelector('form-finder');
finder?.addEventListener('civic-search', (event) => {
  const detail: FormSearchDetail = event.detail;
  const query: string = detail.query;
  // @ts-expect-error the query is a string, not a number
  const wrong: number = event.detail.query;
  console.log(query, wrong, event instanceof FormSearchEvent);
});
finder?.addEventListener('civic-fallback', (event) => {
  const state: 'stale' | 'fallback' = event.detail.state;
  console.log(state, event.detail.error?.kind, event instanceof CivicFallbackEvent);
});
document.querySelector('service-status')?.addEventListener('civic-status-change', (event) => {
  const detail: ServiceStatusChangeDetail = event.detail;
  console.log(detail.changes.map((change) => change.to), event instanceof ServiceStatusChangeEvent);
});
document.querySelector('defect-reporter')?.addEventListener('civic-report-sent', (event) => {
  const detail: ReportSentDetail = event.detail;
  console.log(detail);
});
document.querySelector('registry-booking')?.addEventListener('civic-booked', (event) => {
  const detail: RegistryBookedDetail = event.detail;
  console.log(detail);
});

const state: EndpointState | null = finder?.getAttribute('state') as EndpointState | null;
const payloads: [
  ServiceStatusData?,
  FormCatalog?,
  DefectConfig?,
  RegistryConfig?,
  CityServicesValue?,
  StatusConfig?,
  SentReport?,
] = [];
const classes: CustomElementConstructor[] = [
  CityServices,
  ServiceStatus,
  DefectReporter,
  RegistryBooking,
  ReportStatus,
];
console.log(state, payloads, classes, everything.FormFinder === FormFinder);
export {};
`;

const CONSUMER_TSX = `
import type { CustomElements } from 'civic-widgets/jsx';

declare global {
  namespace JSX {
    interface Element {}
    interface IntrinsicElements extends CustomElements {}
  }
}

export const page = (
  <form-finder
    endpoint="/api/forms"
    oncivic-search={(event) => event.detail.query.toUpperCase()}
    oncivic-fallback={(event) => event.detail.state}
  ></form-finder>
);
// Properties spelt unlike their attributes, as React 19, Preact and Vue set them.
export const byProperty = (
  <form-finder syncUrl urlPrefix="ff2-" headingLevel={3} contactPhone="0800 123"></form-finder>
);
// @ts-expect-error a property of the wrong type
export const wrongProperty = <service-status headingLevel="drei"></service-status>;
// The autoloader's attribute, on every widget.
export const loadedAtOnce = <registry-booking loading="eager"></registry-booking>;
// @ts-expect-error the autoloader knows no other value
export const loadedLazily = <registry-booking loading="lazy"></registry-booking>;
// A presence attribute, written as JSX writes one.
export const withPhone = <defect-reporter open311-phone></defect-reporter>;
// @ts-expect-error a misspelt attribute
export const typo = <service-status endpont="/api/service-status"></service-status>;
// A ref gets the element's own class: its methods without a cast.
export const withRef = (
  <form-finder
    ref={(finder) => {
      void finder?.searchReady();
    }}
  ></form-finder>
);
export const refObject: { current: HTMLDivElement | null } = { current: null };
// @ts-expect-error a ref of another element
export const wrongRef = <service-status ref={refObject}></service-status>;
`;

/**
 * Type-checks the consumer's files under `folder` as a program of its own (strict, the library's
 * declaration files checked too), with `options` added; fails with tsc's errors.
 */
function typeCheck(project, tsconfig, folder, options = {}) {
  writeFileSync(
    join(project, tsconfig),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        ...options,
      },
      include: [folder],
    }),
  );
  try {
    execFileSync(join(repo, 'node_modules/.bin/tsc'), ['-p', tsconfig], {
      cwd: project,
      encoding: 'utf8',
    });
  } catch (error) {
    assert.fail(`tsc found errors in the consumer's ${folder}/:\n${error.stdout}`);
  }
}

describe('the packed package in a fresh project', () => {
  let project;
  let tarball;
  let packedFiles;

  before(() => {
    project = mkdtempSync(join(tmpdir(), 'civic-widgets-consumer-'));
    // dist/ is built already (CI builds before); prepack would build it again.
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {
        cwd: repo,
        encoding: 'utf8',
      }),
    );
    tarball = join(project, packed[0].filename);
    packedFiles = packed[0].files.map((file) => file.path);
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    execFileSync(
      'npm',
      ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
      { cwd: project, stdio: 'pipe' },
    );
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('holds every file a page loads, compressed too, and no compressed copies of source maps', () => {
    // A city copies dist/ to its server as it is; the maps' .br and .gz (2.9 MB) serve nobody.
    assert.deepEqual(
      packedFiles.filter((path) => /\.map\.(br|gz)$/.test(path)),
      [],
    );
    for (const file of [
      'dist/civic-widgets.js',
      'dist/form-finder.js',
      'dist/defect-reporter.js',
    ]) {
      for (const copy of [file, `${file}.br`, `${file}.gz`, `${file}.map`]) {
        assert.ok(packedFiles.includes(copy), `${copy} is in the package`);
      }
    }
  });

  it('type-checks a strict TypeScript consumer of every entry, its events and the JSX types', () => {
    mkdirSync(join(project, 'src'));
    writeFileSync(join(project, 'src/consumer.ts'), CONSUMER_TS);
    writeFileSync(join(project, 'src/page.tsx'), CONSUMER_TSX);
    typeCheck(project, 'tsconfig.json', 'src', { jsx: 'preserve' });
  });

  it('types the tags for a consumer that imports only the autoloader', () => {
    // A program of its own: the other consumer imports every entry, which brings the tags' types.
    mkdirSync(join(project, 'autoloader-only'));
    writeFileSync(
      join(project, 'autoloader-only/page.ts'),
      `import { discover, type FormSearchDetail } from 'civic-widgets';
await discover(document.body);
const finder = document.querySelector('form-finder');
finder?.addEventListener('civic-search', (event) => {
  const detail: FormSearchDetail = event.detail;
  console.log(detail.query.toUpperCase());
});
export const ready: Promise<boolean> | undefined = finder?.searchReady();
`,
    );
    typeCheck(project, 'tsconfig.autoloader.json', 'autoloader-only');
  });

  it('resolves the manifest and the VS Code data through the exports map', () => {
    const script = `
      const { default: manifest } = await import('civic-widgets/custom-elements.json', { with: { type: 'json' } });
      const { default: html } = await import('civic-widgets/vscode.html-custom-data.json', { with: { type: 'json' } });
      console.log(JSON.stringify({
        elements: manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName).sort(),
        completions: html.tags.map((tag) => tag.name).sort(),
      }));`;
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: project,
        encoding: 'utf8',
      }),
    );
    const tags = Object.keys(ELEMENTS).sort();
    assert.deepEqual(out.elements, tags);
    assert.deepEqual(out.completions, tags);
  });

  it('loads every entry in Chromium through the exports map', async () => {
    const installed = join(project, 'node_modules/civic-widgets');
    const { exports } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    // An import map from the installed package's own exports: what a bundler would resolve.
    const imports = Object.fromEntries(
      Object.entries(exports)
        .filter(([, target]) => typeof target === 'object' && target.default)
        .map(([key, target]) => [
          key === '.' ? 'civic-widgets' : `civic-widgets/${key.slice(2)}`,
          `/node_modules/civic-widgets/${target.default.slice(2)}`,
        ]),
    );
    writeFileSync(
      join(project, 'index.html'),
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>consumer</title>
<script type="importmap">${JSON.stringify({ imports })}</script></head><body></body></html>`,
    );
    const server = await startDevServer({
      config: { rootDir: project, hostname: '127.0.0.1' },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
    });
    const browser = await launchChromium();
    try {
      const origin = `http://127.0.0.1:${server.config.port}`;
      for (const [tag, className] of Object.entries(ELEMENTS)) {
        const page = await browser.newPage();
        await page.goto(`${origin}/index.html`);
        const loaded = await page.evaluate(
          async (specifier, tagName, exported) => {
            const module = await import(specifier);
            return customElements.get(tagName) === module[exported];
          },
          `civic-widgets/${tag}`,
          tag,
          className,
        );
        assert.ok(loaded, `civic-widgets/${tag} defines <${tag}> and exports ${className}`);
        await page.close();
      }
      const page = await browser.newPage();
      await page.goto(`${origin}/index.html`);
      const viaAutoloader = await page.evaluate(async () => {
        document.body.innerHTML = '<form-finder></form-finder>';
        await import('civic-widgets');
        await customElements.whenDefined('form-finder');
        const entry = await import('civic-widgets/form-finder');
        return {
          formFinderFromItsEntry: customElements.get('form-finder') === entry.FormFinder,
          registryBookingNotLoaded: customElements.get('registry-booking') === undefined,
        };
      });
      assert.deepEqual(viaAutoloader, {
        formFinderFromItsEntry: true,
        registryBookingNotLoaded: true,
      });
      await page.close();
      const bundlePage = await browser.newPage();
      await bundlePage.goto(`${origin}/index.html`);
      const fromBundle = await bundlePage.evaluate(async (tags) => {
        const bundle = await import('civic-widgets/bundle');
        return (
          tags.every((tag) => customElements.get(tag) !== undefined) &&
          customElements.get('form-finder') === bundle.FormFinder
        );
      }, Object.keys(ELEMENTS));
      assert.ok(fromBundle, 'civic-widgets/bundle defines every element');
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
