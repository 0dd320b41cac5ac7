// From custom-elements.json, with break-stuff's maintained generators (cem-tools):
// - dist/jsx.d.ts: `CustomElements`, the library's tags with their attributes, properties (also
//   those spelt unlike their attribute: `syncUrl` beside `sync-url`) and typed `on…` event
//   handlers, for JSX's `IntrinsicElements` (React 19, Preact, Vue with TSX);
// - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json: VS Code's custom
//   data, so editors complete tags, attributes and custom properties in HTML and CSS.
// Part of `npm run build`, after tsc wrote dist/types/ (the JSX types import the classes there).
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

generateJsxTypes(manifest, {
  outdir: 'dist',
  fileName: 'jsx.d.ts',
  // The fallback bundle's declarations export every class and event detail type at once.
  globalTypePath: './types/civic-widgets.bundle.js',
  hideLogs: true,
});
// The generator imports each event's detail type once per element that fires it; TypeScript
// rejects the repeated names (`civic-loaded` is fired by every widget), so each stays once.
const jsx = readFileSync('dist/jsx.d.ts', 'utf8').replace(
  /import type \{([^}]*)\}/,
  (_statement, names) =>
    `import type { ${[
      ...new Set(
        names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    ].join(', ')} }`,
);
// An attribute documented with `@attr` on the class but read without a property of its own (such
// as `open311-phone`) has no `fieldName`; the generator would type it `Element["undefined"]`,
// which a strict consumer rejects. It gets its documented type instead, or `string`.
const attributesWithoutField = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) =>
    (declaration.attributes ?? [])
      .filter((attribute) => !attribute.fieldName)
      .map((attribute) => ({ element: declaration.name, attribute })),
  );
// The generator quotes a name only where it must (`"open311-phone"?:`, `loading?:`).
const typedJsx = attributesWithoutField.reduce(
  (text, { element, attribute }) =>
    text
      .replace(
        `"${attribute.name}"?: ${element}["undefined"];`,
        `"${attribute.name}"?: ${attribute.type?.text ?? 'string'};`,
      )
      .replace(
        ` ${attribute.name}?: ${element}["undefined"];`,
        ` ${attribute.name}?: ${attribute.type?.text ?? 'string'};`,
      ),
  jsx,
);
if (typedJsx.includes('["undefined"]'))
  throw new Error('dist/jsx.d.ts still names an attribute type "undefined"');
// The generator types `ref` as `unknown | ((e: unknown) => void)`, which is `unknown`: a strict
// consumer's `ref={(finder) => …}` fails ("implicitly has an 'any' type") and a ref of any other
// element is taken. Each tag's `ref` gets its own class, as React 19 and Preact pass it.
const elementRefs = typedJsx
  .replace('type BaseProps = {', 'type BaseProps<El> = {')
  .replace(
    'ref?: unknown | ((e: unknown) => void);',
    'ref?: ((element: El | null) => void | (() => void)) | { current: El | null } | null;',
  )
  .replace(
    /Partial<(\w+)Props & BaseProps & BaseEvents>/g,
    'Partial<$1Props & BaseProps<$1> & BaseEvents>',
  );
if (elementRefs.includes('ref?: unknown') || elementRefs.includes('& BaseProps &'))
  throw new Error("dist/jsx.d.ts: the generator's `ref` type changed; see build-integrations.mjs");
// The generator names an attribute's property only when both are spelt alike (`endpoint`), so
// `syncUrl` or `contactPhone` were type errors in React 19, Preact and Vue, which set a custom
// element's property when the element has one: each such property joins its tag's props, with
// the attribute's description.
const withProperties = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .reduce((text, declaration) => {
    const properties = (declaration.attributes ?? []).filter(
      (attribute) => attribute.fieldName && attribute.fieldName !== attribute.name,
    );
    if (!properties.length) return text;
    const start = text.indexOf(`export type ${declaration.name}Props = {\n`);
    const end = text.indexOf('\n};', start);
    if (start < 0 || end < 0)
      throw new Error(`dist/jsx.d.ts: no ${declaration.name}Props; see build-integrations.mjs`);
    const lines = properties.map(
      ({ fieldName, description }) =>
        `${description ? `\n  /** ${description} */` : ''}\n  ${fieldName}?: ${declaration.name}["${fieldName}"];`,
    );
    return text.slice(0, end) + lines.join('') + text.slice(end);
  }, elementRefs);
writeFileSync('dist/jsx.d.ts', withProperties);

generateVsCodeCustomElementData(manifest, {
  outdir: 'dist',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  hideLogs: true,
});
console.log('dist/jsx.d.ts and the VS Code custom data written from custom-elements.json');
