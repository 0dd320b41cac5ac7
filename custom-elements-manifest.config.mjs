// custom-elements.json is generated from the classes' JSDoc: never edited by hand.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*-messages-en.ts'],
  outdir: '.',
  litelement: true,
  // package.json's customElements field is written by hand; the CI check analyzes into a temp folder.
  packagejson: false,
};
