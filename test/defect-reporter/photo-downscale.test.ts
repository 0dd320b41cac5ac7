import { expect } from '@open-wc/testing';
import {
  downscalePhoto,
  isAcceptedImage,
  targetSize,
} from '../../src/defect-reporter/photo-downscale.js';

// Test JPEGs are made here: a canvas encoded as JPEG, then an APP1 'Exif\0\0' segment with a
// TIFF header, IFD0 (optionally Orientation) and a GPS IFD (N 52°31'12.34", E 13°24'18.00")
// spliced in right after SOI, the way cameras write it.

const GPS_INFO_TAG = [0x88, 0x25]; // IFD0 tag "GPSInfo", pointer to the GPS IFD
const EXIF_ID = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"

async function canvasJpeg(width: number, height: number, paint?: PaintFn): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  (paint ?? gradient)(ctx, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new Uint8Array(await blob.arrayBuffer());
}

type PaintFn = (ctx: OffscreenCanvasRenderingContext2D, w: number, h: number) => void;

const gradient: PaintFn = (ctx, w, h) => {
  const g = ctx.createLinearGradient(0, 0, w, h);
  g.addColorStop(0, '#3366cc');
  g.addColorStop(1, '#ffcc00');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);
};

/** Left half red, right half blue: shows where the left edge ends up after rotation. */
const redLeftBlueRight: PaintFn = (ctx, w, h) => {
  ctx.fillStyle = '#f00';
  ctx.fillRect(0, 0, w / 2, h);
  ctx.fillStyle = '#00f';
  ctx.fillRect(w / 2, 0, w / 2, h);
};

/** Big-endian TIFF with IFD0 → GPS IFD; Orientation in IFD0 if given. */
function exifSegment(orientation?: number): Uint8Array {
  const bytes: number[] = [];
  const u16 = (v: number) => bytes.push((v >> 8) & 0xff, v & 0xff);
  const u32 = (v: number) =>
    bytes.push((v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
  const entry = (tag: number, type: number, count: number, value: number[]) => {
    u16(tag);
    u16(type);
    u32(count);
    bytes.push(...value, ...new Array(4 - value.length).fill(0)); // values ≤ 4 bytes are inline
  };
  const be32 = (v: number) => [(v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];

  const ifd0Entries = orientation ? 2 : 1;
  const ifd0Size = 2 + ifd0Entries * 12 + 4;
  const gpsOffset = 8 + ifd0Size;
  const gpsSize = 2 + 4 * 12 + 4;
  const latOffset = gpsOffset + gpsSize;
  const lngOffset = latOffset + 24;

  bytes.push(0x4d, 0x4d); // "MM"
  u16(42);
  u32(8);
  u16(ifd0Entries);
  if (orientation) entry(0x0112, 3, 1, [0, orientation]); // SHORT, entries sorted by tag
  entry(0x8825, 4, 1, be32(gpsOffset)); // LONG
  u32(0);
  u16(4);
  entry(0x0001, 2, 2, [0x4e, 0]); // GPSLatitudeRef "N"
  entry(0x0002, 5, 3, be32(latOffset)); // GPSLatitude, 3 RATIONALs
  entry(0x0003, 2, 2, [0x45, 0]); // GPSLongitudeRef "E"
  entry(0x0004, 5, 3, be32(lngOffset)); // GPSLongitude
  u32(0);
  for (const [n, d] of [
    [52, 1],
    [31, 1],
    [1234, 100],
    [13, 1],
    [24, 1],
    [1800, 100],
  ]) {
    u32(n);
    u32(d);
  }
  const length = 2 + EXIF_ID.length + bytes.length; // the length field counts itself
  return new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...EXIF_ID, ...bytes]);
}

function withExif(jpeg: Uint8Array, orientation?: number): Uint8Array<ArrayBuffer> {
  const app1 = exifSegment(orientation);
  const out = new Uint8Array(jpeg.length + app1.length);
  out.set(jpeg.subarray(0, 2), 0); // SOI
  out.set(app1, 2);
  out.set(jpeg.subarray(2), 2 + app1.length);
  return out;
}

async function exifJpeg(
  width: number,
  height: number,
  orientation?: number,
  paint?: PaintFn,
): Promise<Blob> {
  const bytes = withExif(await canvasJpeg(width, height, paint), orientation);
  return new Blob([bytes], { type: 'image/jpeg' });
}

function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Markers of the header segments, from SOI up to and including SOS. */
function headerMarkers(jpeg: Uint8Array): number[] {
  const markers: number[] = [];
  let i = 2;
  while (i + 4 <= jpeg.length) {
    if (jpeg[i] !== 0xff) throw new Error(`No marker at ${i}`);
    const marker = jpeg[i + 1];
    markers.push(marker);
    if (marker === 0xda) break; // SOS: entropy-coded data follows
    i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
  }
  return markers;
}

async function bytesOf(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

async function pixel(blob: Blob, x: number, y: number): Promise<number[]> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return Array.from(ctx.getImageData(x, y, 1, 1).data);
}

async function size(blob: Blob): Promise<[number, number]> {
  const bitmap = await createImageBitmap(blob);
  const result: [number, number] = [bitmap.width, bitmap.height];
  bitmap.close();
  return result;
}

/** Replaces a global for one test; returns the undo. */
function override(name: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(window, name);
  Object.defineProperty(window, name, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(window, name, own);
    else delete (window as unknown as Record<string, unknown>)[name];
  };
}

function expectValidJpegWithoutExif(bytes: Uint8Array): void {
  expect([bytes[0], bytes[1]], 'SOI').to.deep.equal([0xff, 0xd8]);
  expect([bytes[bytes.length - 2], bytes[bytes.length - 1]], 'EOI').to.deep.equal([0xff, 0xd9]);
  const markers = headerMarkers(bytes);
  expect(markers).to.include(0xda);
  expect(markers, 'APP1 segment').not.to.include(0xe1);
  expect(indexOf(bytes, EXIF_ID), '"Exif\\0\\0" anywhere').to.equal(-1);
}

describe('photo-downscale', () => {
  describe('isAcceptedImage', () => {
    it('refuses a type that is not image/*, and leaves a file without a type to decoding', () => {
      expect(isAcceptedImage(new Blob([], { type: 'image/jpeg' }))).to.equal(true);
      expect(isAcceptedImage(new Blob([], { type: 'image/heic' }))).to.equal(true);
      expect(isAcceptedImage(new Blob([], { type: 'application/pdf' }))).to.equal(false);
      expect(isAcceptedImage(new Blob([], { type: 'video/mp4' }))).to.equal(false);
      // Some browsers and file managers give a real JPEG no type: downscalePhoto decides.
      expect(isAcceptedImage(new Blob([]))).to.equal(true);
    });
  });

  describe('targetSize', () => {
    it('fits the longer edge and never upscales', () => {
      expect(targetSize(4000, 3000, 2048)).to.deep.equal({ width: 2048, height: 1536 });
      expect(targetSize(3000, 4000, 2048)).to.deep.equal({ width: 1536, height: 2048 });
      expect(targetSize(800, 600, 2048)).to.deep.equal({ width: 800, height: 600 });
      expect(targetSize(10000, 1, 2048)).to.deep.equal({ width: 2048, height: 1 });
    });
  });

  describe('downscalePhoto', () => {
    it('the test input really carries EXIF with GPS', async () => {
      const input = await bytesOf(await exifJpeg(64, 48));
      const exifAt = indexOf(input, EXIF_ID);
      expect(exifAt).to.equal(6); // right after SOI and the APP1 marker + length
      expect(headerMarkers(input)[0]).to.equal(0xe1);
      expect(indexOf(input, GPS_INFO_TAG)).to.be.greaterThan(exifAt);
      // The GPS IFD's latitude entry: tag 0x0002, type RATIONAL, count 3.
      expect(indexOf(input, [0x00, 0x02, 0x00, 0x05, 0, 0, 0, 3])).to.be.greaterThan(exifAt);
      expect(await size(new Blob([input], { type: 'image/jpeg' }))).to.deep.equal([64, 48]);
    });

    it('turns a 4000×3000 photo with GPS into a 2048×1536 JPEG without any EXIF', async () => {
      const input = await exifJpeg(4000, 3000);
      const inputBytes = await bytesOf(input);
      expect(indexOf(inputBytes, EXIF_ID)).to.be.greaterThan(-1);
      expect(indexOf(inputBytes, GPS_INFO_TAG)).to.be.greaterThan(-1);

      const output = await downscalePhoto(input);

      expect(output.type).to.equal('image/jpeg');
      const bytes = await bytesOf(output);
      expectValidJpegWithoutExif(bytes);
      expect(indexOf(bytes, GPS_INFO_TAG.concat(0x00, 0x04)), 'GPSInfo entry').to.equal(-1);
      expect(await size(output)).to.deep.equal([2048, 1536]);
      expect(output.size).to.be.lessThan(input.size);
    });

    it('strips EXIF from small photos too (re-encodes without upscaling)', async () => {
      const output = await downscalePhoto(await exifJpeg(100, 80));
      expectValidJpegWithoutExif(await bytesOf(output));
      expect(await size(output)).to.deep.equal([100, 80]);
    });

    it('applies the EXIF orientation before dropping it', async () => {
      // Orientation 6 = "rotate 90° clockwise to display": a 400×200 sensor image is portrait.
      const input = await exifJpeg(400, 200, 6, redLeftBlueRight);
      // Through createImageBitmap (the <img> fallback is tested below).
      const bitmaps: Promise<ImageBitmap>[] = [];
      const original = window.createImageBitmap;
      const restore = override('createImageBitmap', (...args: Parameters<typeof original>) => {
        bitmaps.push(original(...args));
        return bitmaps[bitmaps.length - 1];
      });
      let output: Blob;
      try {
        output = await downscalePhoto(input, 100);
      } finally {
        restore();
      }
      expect(bitmaps).to.have.length(1);
      await bitmaps[0]; // resolved: no fallback
      expectValidJpegWithoutExif(await bytesOf(output));
      expect(await size(output)).to.deep.equal([50, 100]);
      // Rotated clockwise, the red left half is now on top.
      const [r1, , b1] = await pixel(output, 25, 10);
      const [r2, , b2] = await pixel(output, 25, 90);
      expect(r1).to.be.greaterThan(200);
      expect(b1).to.be.lessThan(60);
      expect(b2).to.be.greaterThan(200);
      expect(r2).to.be.lessThan(60);
    });

    it('falls back to <img> when createImageBitmap refuses (older engines)', async () => {
      const input = await exifJpeg(400, 200, 6, redLeftBlueRight);
      let bitmapCalls = 0;
      const restore = [
        override('createImageBitmap', () => {
          bitmapCalls++;
          return Promise.reject(new TypeError('unsupported option'));
        }),
        override('OffscreenCanvas', undefined),
      ];
      let output: Blob;
      try {
        output = await downscalePhoto(input, 100);
      } finally {
        restore.forEach((undo) => undo());
      }
      expect(bitmapCalls).to.equal(1);
      expectValidJpegWithoutExif(await bytesOf(output));
      expect(await size(output)).to.deep.equal([50, 100]);
      const [r1] = await pixel(output, 25, 10);
      const [, , b2] = await pixel(output, 25, 90);
      expect(r1).to.be.greaterThan(200);
      expect(b2).to.be.greaterThan(200);
    });

    it('honours maxEdge for portrait images', async () => {
      const output = await downscalePhoto(await exifJpeg(600, 900), 300);
      expect(await size(output)).to.deep.equal([200, 300]);
    });

    it('puts transparent PNG areas on white, not black', async () => {
      const canvas = new OffscreenCanvas(20, 20);
      canvas.getContext('2d')!.clearRect(0, 0, 20, 20);
      const png = await canvas.convertToBlob({ type: 'image/png' }); // fully transparent
      const output = await downscalePhoto(png);
      expect(output.type).to.equal('image/jpeg');
      const [r, g, b] = await pixel(output, 10, 10);
      expect(Math.min(r, g, b)).to.be.greaterThan(240);
    });

    it('rejects non-images and undecodable image bytes', async () => {
      // The flow refuses non-images before (isAcceptedImage); a PDF still never becomes a photo.
      const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
      const junk = new Blob([new Uint8Array([0xff, 0xd8, 1, 2, 3, 4, 5])], { type: 'image/jpeg' });
      for (const file of [pdf, junk]) {
        const outcome = await downscalePhoto(file).then(
          () => 'resolved',
          (e: unknown) => e,
        );
        expect(outcome).to.be.instanceOf(Error);
      }
    });

    it('rejects when the browser gives no JPEG (e.g. PNG instead)', async () => {
      const original = HTMLCanvasElement.prototype.toBlob;
      HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
        original.call(this, callback, 'image/png');
      };
      try {
        const outcome = await downscalePhoto(await exifJpeg(10, 10)).then(
          () => 'resolved',
          (e: unknown) => e,
        );
        expect(outcome).to.be.instanceOf(Error);
      } finally {
        HTMLCanvasElement.prototype.toBlob = original;
      }
    });
  });
});
