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

/**
 * Facts the analyzer cannot see, read from the code so nothing is written twice:
 * - tags: elements register through `defineElement('tag', Class)` (src/core/define.ts), not
 *   `customElements.define`, so each class gets its `tagName` from that call;
 * - event types: each event is a class `extends CustomEvent<Detail>` named in a
 *   `GlobalEventHandlersEventMap` entry; the event's `type` becomes its detail type (the
 *   convention the JSX and VS Code generators read; a detail written inline is named
 *   `<EventClass without Event>Detail`, which the element's entry exports);
 * - events the analyzer found only as `dispatchEvent(new SomeEvent())`, without a name, are
 *   dropped: the named ones from the JSDoc and the event map describe them.
 */
function definedTagsAndEventTypes() {
  const tags = new Map(); // class name → tag
  const eventClassByName = new Map(); // event name → event class
  const detailByEventClass = new Map(); // event class → detail type
  return {
    name: 'defined-tags-and-event-types',
    analyzePhase({ ts, node }) {
      if (
        ts.isCallExpression(node) &&
        node.expression.getText() === 'defineElement' &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        tags.set(node.arguments[1].getText(), node.arguments[0].text);
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) {
            eventClassByName.set(member.name.text, member.type.getText());
          }
        }
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const base = node.heritageClauses
          ?.flatMap((clause) => clause.types)
          .find((type) => type.expression.getText() === 'CustomEvent');
        const detail = base?.typeArguments?.[0];
        if (detail) {
          const named = ts.isTypeReferenceNode(detail) && !detail.typeArguments;
          detailByEventClass.set(
            node.name.text,
            named ? detail.getText() : `${node.name.text.replace(/Event$/, '')}Detail`,
          );
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (tag && declaration.kind === 'class') {
            declaration.customElement = true;
            declaration.tagName = tag;
          }
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name);
          for (const event of declaration.events) {
            const detail = detailByEventClass.get(eventClassByName.get(event.name));
            if (detail) event.type = { text: detail };
          }
        }
      }
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
  plugins: [litStateIsNotAnAttribute(), definedTagsAndEventTypes(), modulesInPathOrder()],
};
