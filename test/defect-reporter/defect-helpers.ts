import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/defect-reporter/defect-reporter.define.js';
import { createStore, get } from 'idb-keyval';
import { list, remove } from '../../src/defect-reporter/report-outbox.js';
import { DRAFTS_DB, DRAFTS_STORE } from '../../src/defect-reporter/report-stores.js';
import { clearCivicStorage, uniqueUrl, waitForState } from '../helpers.js';
import { shadow, shadowAll, shadowText } from '../shadow-dom.js';
import { nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DefectReporter } from '../../src/defect-reporter/defect-reporter.js';

export interface ReceivedPhoto {
  name: string;
  type: string;
  size: number;
  jpeg: boolean;
  exif: boolean;
  width?: number;
  height?: number;
}

export interface ReceivedReport {
  key: string;
  id: string;
  run: string | null;
  api: 'civic' | 'open311';
  repeats: number;
  attempts: number;
  spam: boolean;
  contentType?: string;
  fields: Record<string, string>;
  photos: ReceivedPhoto[];
}

/** A config URL of its own: `run` keys the server's state, other params pick variants. */
export function configUrl(params: Record<string, string> = {}): { url: string; run: string } {
  const url = uniqueUrl('/api/defects/config', params);
  return { url, run: new URL(url, location.href).searchParams.get('run')! };
}

/** What the mock server received for a run (this library's contract) or a key. */
export async function received(query: { run?: string; key?: string }): Promise<ReceivedReport[]> {
  const response = await fetch(`/api/reports/_received?${new URLSearchParams(query)}`);
  return ((await response.json()) as { reports: ReceivedReport[] }).reports;
}

export const contact = {
  name: 'Mängelmelder',
  phone: '(02324) 204 3030',
  email: 'maengelmelder@example.org',
};

export async function reporter(
  endpoint: string,
  extra: TemplateResult = html``,
): Promise<DefectReporter> {
  const el = await fixture<DefectReporter>(
    html`<defect-reporter
      endpoint=${endpoint}
      timeout="3000"
      send-timeout="3000"
      contact-name=${contact.name}
      contact-phone=${contact.phone}
      contact-email=${contact.email}
      >${extra}</defect-reporter
    >`,
  );
  return el;
}

export interface Open311Settings {
  jurisdiction?: string;
  apiKey?: string;
  /** `open311-media`: photos as multipart `media`. */
  media?: boolean;
  /** `open311-phone`: the optional phone field. */
  phone?: boolean;
}

/** A reporter speaking Open311 to the mock server at `endpoint`, with the city's contact. */
export async function open311Reporter(
  endpoint: string,
  settings: Open311Settings = {},
): Promise<DefectReporter> {
  return fixture<DefectReporter>(
    html`<defect-reporter
      api="open311"
      endpoint=${endpoint}
      jurisdiction=${settings.jurisdiction ?? nothing}
      api-key=${settings.apiKey ?? nothing}
      ?open311-media=${settings.media}
      ?open311-phone=${settings.phone}
      timeout="3000"
      send-timeout="3000"
      contact-phone=${contact.phone}
      contact-email=${contact.email}
    ></defect-reporter>`,
  );
}

/** A real Open311 answer kept in test/fixtures/open311/ (sources in its README). */
export async function open311Capture(name: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/open311/${name}.json`)).json();
}

/** Removes every report the outbox holds, so no test sees another's. */
export async function clearOutbox(): Promise<void> {
  for (const entry of await list()) await remove(entry.id);
}

/** Forgets what earlier tests left in this browser: drafts and caches, and the outbox. */
export async function clearStoredReports(): Promise<void> {
  clearCivicStorage();
  await clearOutbox();
}

export const step = (el: DefectReporter): string | undefined =>
  shadow(el, 'form[data-step]')?.dataset.step ??
  (shadow(el, '[part="result"]') ? 'result' : undefined);

export async function waitForStep(el: DefectReporter, name: string, timeout = 5000): Promise<void> {
  await waitUntil(() => step(el) === name, `expected step "${name}", at "${step(el)}"`, {
    timeout,
  });
  await el.updateComplete;
}

/** Types into a field as a citizen would (one input event). */
export async function fill(el: DefectReporter, name: string, value: string): Promise<void> {
  const field = shadow<HTMLInputElement>(el, `[name="${name}"]`);
  expect(field, `field ${name}`).to.exist;
  field!.value = value;
  field!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function choose(el: DefectReporter, category: string): Promise<void> {
  const radio = shadow<HTMLInputElement>(el, `input[name="category"][value="${category}"]`)!;
  radio.click();
  await el.updateComplete;
}

export async function next(el: DefectReporter): Promise<void> {
  shadow<HTMLButtonElement>(el, '#dr-next')!.click();
  await el.updateComplete;
}

/** Presses "Weiter" once per step named, waiting for each step to show. */
export async function goTo(el: DefectReporter, ...steps: string[]): Promise<void> {
  for (const name of steps) {
    await next(el);
    await waitForStep(el, name);
  }
}

export async function click(el: DefectReporter, selector: string): Promise<void> {
  const target = shadow<HTMLElement>(el, selector);
  expect(target, selector).to.exist;
  target!.click();
  await el.updateComplete;
}

/** Puts files into the photo input as a file picker would. */
export async function addPhotos(el: DefectReporter, files: File[]): Promise<void> {
  const input = shadow<HTMLInputElement>(el, '#f-photo')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
  await waitUntil(
    () => !shadow(el, 'form')?.textContent?.includes('Foto wird verkleinert'),
    'photos still being processed',
    { timeout: 8000 },
  );
  await el.updateComplete;
}

export interface ProblemInput {
  category?: string;
  address?: string;
  description?: string;
  /** Run axe at every step. */
  axe?: boolean;
}

export interface ReportInput extends ProblemInput {
  photos?: File[];
  name?: string;
  email?: string;
  /** The state the widget shows the form in (default ready). */
  state?: 'ready' | 'stale' | 'fallback';
}

/** Chooses the category, then writes the address and the description: ends on the description step. */
export async function describeProblem(el: DefectReporter, input: ProblemInput = {}): Promise<void> {
  await waitForStep(el, 'category');
  if (input.axe) await expect(el).to.be.accessible();
  await choose(el, input.category ?? 'strassenschaden');
  await next(el);
  await waitForStep(el, 'location');
  if (input.axe) await expect(el).to.be.accessible();
  await fill(el, 'address', input.address ?? 'Bahnhofstraße 12, Hattingen');
  await next(el);
  await waitForStep(el, 'description');
  if (input.axe) await expect(el).to.be.accessible();
  await fill(
    el,
    'description',
    input.description ?? 'Tiefes Schlagloch vor Hausnummer 12, etwa 30 cm breit.',
  );
}

/** Fills every step up to the review, checking each step on the way. */
export async function completeReport(el: DefectReporter, input: ReportInput = {}): Promise<void> {
  await waitForState(el, input.state ?? 'ready');
  await describeProblem(el, input);
  await next(el);
  // Without the config (fallback) there is no photo step: photos cannot travel in a mailto.
  if (step(el) !== 'contact') {
    await waitForStep(el, 'photos');
    if (input.photos?.length) await addPhotos(el, input.photos);
    if (input.axe) await expect(el).to.be.accessible();
    await next(el);
  }
  await waitForStep(el, 'contact');
  if (input.name) await fill(el, 'name', input.name);
  if (input.email) await fill(el, 'email', input.email);
  if (input.name || input.email) await click(el, '#f-consent');
  if (input.axe) await expect(el).to.be.accessible();
  await next(el);
  await waitForStep(el, 'review');
  if (input.axe) await expect(el).to.be.accessible();
}

/** Sends from the review step and waits for the confirmation or the "saved" note. */
export async function send(el: DefectReporter): Promise<void> {
  await next(el);
  await waitForStep(el, 'result', 8000);
}

/**
 * Writes a report and sends it while the server refuses the first attempt (503): the report
 * waits in the outbox, and the result step says it is saved.
 */
export async function reportLeftInOutbox(): Promise<{
  el: DefectReporter;
  url: string;
  run: string;
}> {
  const { url, run } = configUrl({ fail: '1' });
  const el = await reporter(url);
  await completeReport(el);
  await send(el);
  expect(shadowText(el)).to.contain('Ihre Meldung ist gespeichert');
  return { el, url, run };
}

/** A reporter for a config of its own (`params`), with `category` chosen, on the location step. */
export async function reporterAtLocation(
  category: string,
  params: Record<string, string> = {},
): Promise<DefectReporter> {
  const el = await reporter(configUrl(params).url);
  await waitForState(el, 'ready');
  await choose(el, category);
  await next(el);
  await waitForStep(el, 'location');
  return el;
}

/** Types into the category filter as a citizen would; returns the categories still offered. */
export async function filterCategories(el: DefectReporter, text: string): Promise<string[]> {
  const filter = shadow<HTMLInputElement>(el, '#dr-filter')!;
  filter.value = text;
  filter.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return shadowAll<HTMLInputElement>(el, 'input[name="category"]').map((radio) => radio.value);
}

/** Sends from the review step and waits for the box that says why the server refused it. */
export async function refusal(el: DefectReporter): Promise<HTMLElement> {
  await click(el, '#dr-next');
  await waitUntil(() => shadow(el, '#e-general'), 'no visible refusal');
  return shadow<HTMLElement>(el, '#e-general')!;
}

// ---- photos ----

async function canvasJpeg(width: number, height: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  const g = ctx.createLinearGradient(0, 0, width, height);
  g.addColorStop(0, '#3366cc');
  g.addColorStop(1, '#ffcc00');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new Uint8Array(await blob.arrayBuffer());
}

/** An APP1 "Exif" segment with a GPS IFD (N 51°23'56", E 7°11'10"), as cameras write it. */
function exifSegment(): Uint8Array {
  const bytes: number[] = [];
  const u16 = (v: number) => bytes.push((v >> 8) & 0xff, v & 0xff);
  const u32 = (v: number) =>
    bytes.push((v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
  const be32 = (v: number) => [(v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
  const entry = (tag: number, type: number, count: number, value: number[]) => {
    u16(tag);
    u16(type);
    u32(count);
    bytes.push(...value, ...new Array(4 - value.length).fill(0));
  };
  const gpsOffset = 8 + 2 + 12 + 4;
  const latOffset = gpsOffset + 2 + 4 * 12 + 4;
  bytes.push(0x4d, 0x4d);
  u16(42);
  u32(8);
  u16(1);
  entry(0x8825, 4, 1, be32(gpsOffset));
  u32(0);
  u16(4);
  entry(0x0001, 2, 2, [0x4e, 0]);
  entry(0x0002, 5, 3, be32(latOffset));
  entry(0x0003, 2, 2, [0x45, 0]);
  entry(0x0004, 5, 3, be32(latOffset + 24));
  u32(0);
  for (const v of [51, 23, 56, 7, 11, 10]) {
    u32(v);
    u32(1);
  }
  const id = [0x45, 0x78, 0x69, 0x66, 0, 0];
  const length = 2 + id.length + bytes.length;
  return new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...id, ...bytes]);
}

/** A camera-like JPEG with GPS EXIF; `width`×`height` pixels. */
export async function exifPhoto(
  width = 3000,
  height = 2000,
  name = 'schlagloch.jpg',
): Promise<File> {
  const jpeg = await canvasJpeg(width, height);
  const app1 = exifSegment();
  const out = new Uint8Array(jpeg.length + app1.length);
  out.set(jpeg.subarray(0, 2), 0);
  out.set(app1, 2);
  out.set(jpeg.subarray(2), 2 + app1.length);
  return new File([out], name, { type: 'image/jpeg' });
}

/** Does the file contain "Exif\0\0"? (to prove the test photo really carries EXIF). */
export async function hasExif(blob: Blob): Promise<boolean> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const needle = [0x45, 0x78, 0x69, 0x66, 0, 0];
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const DRAFT_TEXT = 'Sperrmüll neben den Containern.';

/** Writes a report halfway, up to the photo step with one photo: a draft to come back to. */
export async function writeDraft(el: DefectReporter): Promise<void> {
  await waitForState(el, 'ready');
  await describeProblem(el, {
    category: 'muell',
    address: 'Parkplatz am Freibad',
    description: DRAFT_TEXT,
  });
  await next(el);
  await waitForStep(el, 'photos');
  await addPhotos(el, [await exifPhoto(640, 480)]);
  expect(shadowAll(el, '.thumbs img')).to.have.length(1);
  // The photo is written to IndexedDB after the thumbnail shows: wait until it is stored, as a
  // citizen's browser would have done before they leave (a fixed sleep lost it under load).
  await waitUntil(async () => (await storedDraftPhotos()) === 1, 'the draft photo is not stored', {
    timeout: 10000,
  });
}

/** How many photos the newest draft in this origin's stores holds (IndexedDB), or -1. */
export async function storedDraftPhotos(): Promise<number> {
  const prefix = 'civic-widgets:defect-reporter:report:';
  const ids = Object.keys(localStorage)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
  const photos = await Promise.all(
    ids.map((id) => get<unknown[]>(id, createStore(DRAFTS_DB, DRAFTS_STORE))),
  );
  return Math.max(-1, ...photos.map((stored) => stored?.length ?? -1));
}

/** The draft of writeDraft is back: its step with the photo, and the text in its field. */
export async function expectDraft(el: DefectReporter): Promise<void> {
  await waitForStep(el, 'photos', 10000);
  // The restored photo is read from IndexedDB after the step shows.
  await waitUntil(() => shadowAll(el, '.thumbs img').length > 0, 'no restored photo', {
    timeout: 10000,
  });
  expect(shadowAll(el, '.thumbs img')).to.have.length(1);
  expect(shadowText(el)).to.contain('Ihr Entwurf vom');
  await click(el, '#dr-back');
  await waitForStep(el, 'description');
  expect(shadow<HTMLTextAreaElement>(el, '#f-description')!.value).to.equal(DRAFT_TEXT);
}
