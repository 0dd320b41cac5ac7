/**
 * A route under an API root, e.g. `routeUnder('/api/citizen/?key=1', 'appointment/')` →
 * `…/api/citizen/appointment/?key=1`. The root's own query (an API key, a tenant, the tests' run
 * id) is kept on every route; `params` are added.
 */
export function routeUnder(
  root: string,
  route: string,
  params: Record<string, string> = {},
): string {
  const base = new URL(root, document.baseURI);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const url = new URL(route, base);
  url.search = base.search;
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}
