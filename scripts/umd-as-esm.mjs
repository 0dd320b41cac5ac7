// @web/dev-server serves node_modules as they are, and a few packages the editor tools use
// (papaparse) ship only a UMD/CommonJS build. This plugin serves such a file as an ES module
// with the package's `module.exports` as the default export, for the test runner. The
// workbench itself is bundled by esbuild (scripts/build-editor.mjs), which reads CommonJS.
const UMD_PACKAGES = ['/node_modules/papaparse/'];

export function umdAsEsm() {
  return {
    name: 'umd-as-esm',
    transform(context) {
      if (!UMD_PACKAGES.some((prefix) => context.path.includes(prefix))) return undefined;
      if (!context.path.endsWith('.js')) return undefined;
      return {
        body: `const module = { exports: {} };\nconst exports = module.exports;\n${context.body}\nexport default module.exports;\n`,
      };
    },
  };
}
