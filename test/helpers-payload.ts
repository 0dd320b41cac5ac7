// Payloads a test writes to the mock's payload store (demo/mock/payload-store.mjs) and a widget
// then reads over real HTTP, served with ETag/Last-Modified as a plain web server would.

/** A key of its own per test and browser. */
export const payloadKey = (name: string): string =>
  `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** The URL a widget reads the payload `key` from. */
export const payloadUrl = (key: string, params: Record<string, string> = {}): string => {
  const query = new URLSearchParams(params).toString();
  return `/api/_payload/${key}${query ? `?${query}` : ''}`;
};

/** Stores `payload` (JSON text as given, or a value to stringify) as the next version of `key`. */
export async function putPayload(key: string, payload: unknown): Promise<void> {
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const response = await fetch(`/api/_payload/${key}`, { method: 'PUT', body: text });
  if (!response.ok) throw new Error(`payload ${key} not stored: ${response.status}`);
}

/** What the server received for `key`: one entry per GET. */
export async function payloadRequests(
  key: string,
): Promise<{ ifNoneMatch?: string; status: number }[]> {
  const response = await fetch(`/api/_payload/${key}/log`);
  return ((await response.json()) as { requests: { ifNoneMatch?: string; status: number }[] })
    .requests;
}

/** A JSON fixture of the mock back end, as a fresh object. */
export async function mockFixture<T = Record<string, unknown>>(name: string): Promise<T> {
  const response = await fetch(`/demo/mock/fixtures/${name}`);
  return (await response.json()) as T;
}
