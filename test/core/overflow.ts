/**
 * What sticks out of a widget's container: every element of the widget (its shadow trees, nested
 * ones too, and the editor's light DOM inside it) whose content is wider than its own box
 * (`scrollWidth > clientWidth`) or whose right edge lies beyond the container's. Returns one
 * line per offender, e.g. `select#dept: 429 px wide, right edge 17 px beyond the container`.
 */
export function overflows(container: HTMLElement): string[] {
  const limit = container.getBoundingClientRect().right;
  const problems: string[] = [];
  const visit = (element: Element, path: string): void => {
    const style = getComputedStyle(element);
    // Hidden elements and the 1 px visually-hidden texts for screen readers take no width.
    if (style.display === 'none' || isVisuallyHidden(element, style)) return;
    const name = describe(element, path);
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > limit + 0.5) {
      // Only the outermost element that sticks out: its content goes with it.
      problems.push(
        `${name}: ${Math.round(box.width)} px wide, right edge ` +
          `${Math.round(box.right - limit)} px beyond the container`,
      );
      return;
    } else if (
      element instanceof HTMLElement &&
      // A text field scrolls its own value: that is not the page growing wider.
      !['INPUT', 'TEXTAREA'].includes(element.tagName) &&
      style.overflowX !== 'auto' &&
      style.overflowX !== 'scroll' &&
      element.scrollWidth > element.clientWidth + 1 &&
      element.clientWidth > 0
    ) {
      problems.push(
        `${name}: content ${element.scrollWidth} px in a ${element.clientWidth} px box`,
      );
    }
    if (element.shadowRoot) {
      for (const child of element.shadowRoot.children) visit(child, `${name} › `);
    }
    // A closed <details> shows its summary only (Firefox still lays the rest out, hidden).
    if (element instanceof HTMLDetailsElement && !element.open) {
      const summary = element.querySelector(':scope > summary');
      if (summary) visit(summary, path);
      return;
    }
    for (const child of element.children)
      visit(child, element.shadowRoot ? `${name} ⟨light⟩ ` : path);
  };
  for (const child of container.children) visit(child, '');
  return problems;
}

function isVisuallyHidden(element: Element, style: CSSStyleDeclaration): boolean {
  const box = element.getBoundingClientRect();
  return style.position === 'absolute' && box.width <= 1 && box.height <= 1;
}

function describe(element: Element, path: string): string {
  const id = element.id ? `#${element.id}` : '';
  const part = element.getAttribute('part');
  const cls = element.classList.length ? `.${[...element.classList].join('.')}` : '';
  return `${path}${element.localName}${id}${part ? `[part=${part}]` : cls}`;
}
