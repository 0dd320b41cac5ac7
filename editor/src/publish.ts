/** Getting the editor's data out of the browser: a file download, the clipboard, a server. */
import { EndpointError } from '../../src/core/endpoint-error.js';
import { requestJson } from '../../src/core/http.js';

/** Offers `text` as a file download named `name`. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Writes to the clipboard; false when the browser refuses (no permission, not a secure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON as the editor exports it: two-space indented, a final newline. */
export const exportJson = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;

/**
 * The data as an inline snapshot a CMS editor pastes into an HTML element: the widget shows it
 * without an endpoint, and as the last known state when its endpoint fails. `<` is escaped so
 * that no text in the data can end the script element.
 */
export function inlineSnippet(tag: string, attributes: string, data: unknown): string {
  const json = JSON.stringify(data, null, 2).replace(/</g, '\\u003c');
  return `<${tag}${attributes}>\n<script type="application/json">\n${json}\n</script>\n</${tag}>\n`;
}

/**
 * PUT or POST to the city's save address, with the token as a Bearer authorization. Optional:
 * only where a city has set up such an address (documented in docs/de/README.md).
 */
export async function saveToServer(
  url: string,
  method: 'PUT' | 'POST',
  token: string,
  json: string,
): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    const { status } = await requestJson(url, { method, headers, body: json, timeout: 15_000 });
    return status;
  } catch (error) {
    // The server took the file: what it answers with ("OK", an HTML page) is not our concern.
    if (error instanceof EndpointError && error.kind === 'parse') return error.status ?? 200;
    throw error;
  }
}

/** Drops empty optional values ('' and []) before export: the contract reads them as absent. */
export function withoutEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEmpty) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (field === '' || field === undefined || (Array.isArray(field) && field.length === 0))
        continue;
      out[key] = withoutEmpty(field);
    }
    return out as T;
  }
  return value;
}
