// @web/test-runner-visual-regression 0.10 ships the browser command's types in
// browser/commands.d.ts, but its package.json points the "." types at the plugin's: say here
// what the browser import is.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
