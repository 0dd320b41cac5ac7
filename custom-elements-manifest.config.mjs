// custom-elements.json is generated from the classes' JSDoc: never edited by hand.

/**
 * Lit's `state: true` implies `attribute: false`, which the analyzer's `static properties`
 * support misses (open-wc/custom-elements-manifest#294): it would list internal reactive state
 * as an attribute. Runs after the analyzer's own Lit plugins and takes those attributes out.
 */
function litStateIsNotAnAttribute() {
  return {
    name: 'lit-state-is-not-an-attribute',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (m) =>
          ts.isPropertyDeclaration(m) &&
          m.name.getText() === 'properties' &&
          m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword),
      )?.initializer;
      if (!properties || !ts.isObjectLiteralExpression(properties)) return;
      const klass = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!klass) return;
      for (const p of properties.properties) {
        if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) continue;
        const isState = p.initializer.properties.some(
          (o) =>
            ts.isPropertyAssignment(o) &&
            o.name.getText() === 'state' &&
            o.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (!isState) continue;
        const name = p.name.getText();
        klass.attributes = klass.attributes?.filter((a) => a.fieldName !== name);
        const member = klass.members?.find((m) => m.name === name);
        if (member) delete member.attribute;
      }
    },
  };
}

/**
 * The analyzer lists modules in the order its file globbing returns them, which varies from run
 * to run on the same sources; CI compares the file byte for byte, so the modules are sorted.
 */
function modulesInPathOrder() {
  return {
    name: 'modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path, 'en'));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*-messages-en.ts'],
  outdir: '.',
  litelement: true,
  // package.json's customElements field is written by hand; the CI check analyzes into a temp folder.
  packagejson: false,
  plugins: [litStateIsNotAnAttribute(), modulesInPathOrder()],
};
