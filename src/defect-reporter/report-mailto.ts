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

// subject, greeting, intro, category, description, place, coordinates, map, contact, photos,
// reference
const TEXT = {
  de: [
    'Mängelmeldung',
    'Guten Tag,',
    'ich möchte folgenden Mangel melden.',
    'Kategorie',
    'Beschreibung',
    'Ort',
    'Koordinaten',
    'Karte',
    'Kontakt',
    'Fotos konnten nicht automatisch angehängt werden. Bitte hängen Sie sie bei Bedarf selbst an.',
    'Referenz',
  ],
  en: [
    'Defect report',
    'Hello,',
    'I would like to report the following defect.',
    'Category',
    'Description',
    'Location',
    'Coordinates',
    'Map',
    'Contact',
    'Photos could not be attached automatically. Please attach them yourself if needed.',
    'Reference',
  ],
};

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
    description: input.description.trim().replace(/\r\n?/g, '\n'),
    address: singleLine(input.address ?? ''),
    name: singleLine(input.name ?? ''),
  };
}

/** The whole text of the mail, nothing shortened: to copy when the mailto had to be cut. */
export function buildReportText(input: ReportMailInput): string {
  return body(input, partsOf(input));
}

function compose(input: ReportMailInput, parts: Parts): string {
  const subject = textOf(input)[0];
  // '@' stays literal: some clients do not decode %40 in the address part.
  const to = encodeURIComponent(input.to.trim()).replace(/%40/g, '@').replace(/%2C/gi, ',');
  // RFC 6068: line breaks in the body are CRLF (percent-encoded as UTF-8).
  return `mailto:${to}?subject=${encodeURIComponent(parts.category ? `${subject}: ${parts.category}` : subject)}&body=${encodeURIComponent(body(input, parts).replace(/\n/g, '\r\n'))}`;
}

const textOf = (input: ReportMailInput) => TEXT[/^de/i.test(input.lang) ? 'de' : 'en'];

function body(input: ReportMailInput, parts: Parts): string {
  const [, greeting, intro, category, description, place, coordinates, map, contact, photos, ref] =
    textOf(input);
  const { lat, lng } = input;
  const lines = [
    greeting,
    '',
    intro,
    '',
    `${category}: ${parts.category}`,
    `${description}:`,
    parts.description,
    '',
  ];
  if (parts.address) lines.push(`${place}: ${parts.address}`);
  // Six decimals are ~10 cm: precise enough, without false precision from the GPS chip.
  // (Math.abs of undefined or NaN is NaN: no line.)
  const coords = Math.abs(lat!) <= 90 && Math.abs(lng!) <= 180;
  if (coords) {
    const [y, x] = [lat!.toFixed(6), lng!.toFixed(6)];
    lines.push(
      `${coordinates}: ${y}, ${x}`,
      `${map}: https://www.openstreetmap.org/?mlat=${y}&mlon=${x}#map=18/${y}/${x}`,
    );
  }
  const who = [parts.name, singleLine(input.email ?? '')].filter(Boolean).join(', ');
  if (who) lines.push(`${contact}: ${who}`);
  if (parts.address || coords || who) lines.push('');

  if (input.photoCount !== 0) lines.push(photos);
  if (input.reference) lines.push(`${ref}: ${singleLine(input.reference)}`);

  return lines.join('\n').trimEnd();
}

function shorten(codePoints: readonly string[], keep: number): string {
  if (keep >= codePoints.length) return codePoints.join('');
  return codePoints.slice(0, keep).join('').trimEnd() + '…';
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
