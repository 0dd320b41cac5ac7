/**
 * Stories must not depend on a live server. URLs under `/story/` are answered here:
 *   /story/hang        never answers (loading, then the timeout's fallback)
 *   /story/500         HTTP 500
 *   /story/json/<key>  the JSON registered with `storyJson(key, value)`
 * Every other request goes to the real fetch.
 */
const registry = new Map<string, unknown>();

export function storyJson(key: string, value: unknown): string {
  registry.set(key, value);
  return `/story/json/${key}`;
}

/** Puts a "last good" payload into the widgets' cache, as if it had loaded before. */
export function seedLastGood(url: string, data: unknown, savedAt: string): void {
  localStorage.setItem(
    `civic-widgets:last-good:v1:${new URL(url, document.baseURI).href}`,
    JSON.stringify({ savedAt, data }),
  );
}

export function installStoryFetch(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith('/story/')) return realFetch(input, init);
    const path = url.pathname.slice('/story/'.length);
    if (path === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      });
    }
    if (path === '500') return new Response('error', { status: 500 });
    const key = path.startsWith('json/') ? path.slice(5) : path;
    if (registry.has(key)) {
      return new Response(JSON.stringify(registry.get(key)), {
        headers: { 'content-type': 'application/json' },
      });
    }
    return new Response('not found', { status: 404 });
  };
}
