// The last fallback of the widget: when the city's API refuses a report or cannot be reached, the
// citizen can still send it as an e-mail from their own mail program, pre-filled via mailto:.

export interface ReportMailInput {
  /** The city's address for defect reports. */
  to: string;
  /** Human-readable category name (not the service code). */
  category: string;
  description: string;
  address?: string;
  lat?: number;
  lng?: number;
  name?: string;
  email?: string;
  /** BCP 47 tag; German for "de…", English otherwise. */
  lang: string;
  /** Number of photos the citizen took; the "attach them yourself" note is left out only for 0. */
  photoCount?: number;
  /** The report's Idempotency-Key, so the city can match a mail to a later API delivery. */
  reference?: string;
}

/** Several mail clients (and Windows' ShellExecute) cut or refuse mailto URLs beyond ~2,000. */
export const MAILTO_MAX_LENGTH = 1800;

const TEXT = {
  de: {
    subject: 'Mängelmeldung',
    greeting: 'Guten Tag,',
    intro: 'ich möchte folgenden Mangel melden.',
    category: 'Kategorie',
    description: 'Beschreibung',
    address: 'Ort',
    coordinates: 'Koordinaten',
    map: 'Karte',
    contact: 'Kontakt',
    photos:
      'Fotos konnten nicht automatisch angehängt werden. Bitte hängen Sie sie bei Bedarf selbst an.',
    reference: 'Referenz',
  },
  en: {
    subject: 'Defect report',
    greeting: 'Hello,',
    intro: 'I would like to report the following defect.',
    category: 'Category',
    description: 'Description',
    address: 'Location',
    coordinates: 'Coordinates',
    map: 'Map',
    contact: 'Contact',
    photos: 'Photos could not be attached automatically. Please attach them yourself if needed.',
    reference: 'Reference',
  },
} as const;

interface Parts {
  category: string;
  description: string;
  address: string;
  name: string;
}

/** Builds the mailto: URL, shortening the description (then address, name, category) with "…"
 * until it fits {@link MAILTO_MAX_LENGTH}. */
export function buildReportMailto(input: ReportMailInput): string {
  const parts = partsOf(input);
  let url = compose(input, parts);
  // Shorten the free text first: it is the longest part and the least structured.
  for (const key of ['description', 'address', 'name', 'category'] as const) {
    if (url.length <= MAILTO_MAX_LENGTH) break;
    const full = Array.from(parts[key]);
    // Binary search for the longest prefix that fits (percent-encoding makes length non-linear).
    let lo = 0;
    let hi = full.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const candidate = compose(input, { ...parts, [key]: shorten(full, mid) });
      if (candidate.length <= MAILTO_MAX_LENGTH) lo = mid;
      else hi = mid - 1;
    }
    parts[key] = shorten(full, lo);
    url = compose(input, parts);
  }
  return url;
}

function partsOf(input: ReportMailInput): Parts {
  return {
    category: singleLine(input.category),
    description: normalizeNewlines(input.description.trim()),
    address: singleLine(input.address ?? ''),
    name: singleLine(input.name ?? ''),
  };
}

/** The whole text of the mail, nothing shortened: to copy when the mailto had to be cut. */
export function buildReportText(input: ReportMailInput): string {
  return body(input, partsOf(input)).replace(/\r\n/g, '\n');
}

function compose(input: ReportMailInput, parts: Parts): string {
  const t = textOf(input);
  const subject = parts.category ? `${t.subject}: ${parts.category}` : t.subject;
  // '@' stays literal: some clients do not decode %40 in the address part.
  const to = encodeURIComponent(input.to.trim()).replace(/%40/g, '@').replace(/%2C/gi, ',');
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body(input, parts))}`;
}

const textOf = (input: ReportMailInput) =>
  input.lang.toLowerCase().startsWith('de') ? TEXT.de : TEXT.en;

/** RFC 6068: line breaks in the body are CRLF (percent-encoded as UTF-8 by the caller). */
function body(input: ReportMailInput, parts: Parts): string {
  const t = textOf(input);
  const lines: string[] = [t.greeting, '', t.intro, '', `${t.category}: ${parts.category}`];
  lines.push(`${t.description}:`, parts.description, '');

  if (parts.address) lines.push(`${t.address}: ${parts.address}`);
  const coords = coordinates(input.lat, input.lng);
  if (coords) {
    lines.push(`${t.coordinates}: ${coords.lat}, ${coords.lng}`);
    lines.push(
      `${t.map}: https://www.openstreetmap.org/?mlat=${coords.lat}&mlon=${coords.lng}#map=18/${coords.lat}/${coords.lng}`,
    );
  }
  const contact = [parts.name, singleLine(input.email ?? '')].filter(Boolean).join(', ');
  if (contact) lines.push(`${t.contact}: ${contact}`);
  if (parts.address || coords || contact) lines.push('');

  if (input.photoCount !== 0) lines.push(t.photos);
  if (input.reference) lines.push(`${t.reference}: ${singleLine(input.reference)}`);

  return lines.join('\r\n').trimEnd();
}

/** Six decimals are ~10 cm: precise enough, without false precision from the GPS chip. */
function coordinates(lat?: number, lng?: number): { lat: string; lng: string } | null {
  if (lat === undefined || lng === undefined) return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat: lat.toFixed(6), lng: lng.toFixed(6) };
}

function shorten(codePoints: readonly string[], keep: number): string {
  if (keep >= codePoints.length) return codePoints.join('');
  return codePoints.slice(0, keep).join('').trimEnd() + '…';
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?|\n/g, '\r\n');
}
