// Downscales a citizen's photo before it is stored or sent. Phone photos are 3–12 MB and carry
// EXIF metadata, often with the exact GPS position of the reporter's home. Drawing the decoded
// pixels onto a canvas and re-encoding them as JPEG drops every metadata segment, so the city
// receives a small image without the reporter's location history or camera serial number.

export type PhotoErrorCode = 'not-an-image' | 'invalid-options' | 'decode-failed' | 'encode-failed';

/** Typed rejection of {@link downscalePhoto}; the UI maps `code` to a message. */
export class PhotoError extends Error {
  readonly code: PhotoErrorCode;

  constructor(code: PhotoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PhotoError';
    this.code = code;
  }
}

/** Only image/* is accepted; everything else (PDF, video, empty type) is refused up front. */
export function isAcceptedImage(file: Blob): boolean {
  return typeof file.type === 'string' && file.type.toLowerCase().startsWith('image/');
}

interface DecodedImage {
  source: CanvasImageSource;
  width: number;
  height: number;
  release(): void;
}

/**
 * Decodes `file`, scales it so its longer edge is at most `maxEdge` (never upscales) and
 * re-encodes it as image/jpeg. Always re-encodes, also for small photos: that is what strips EXIF.
 */
export async function downscalePhoto(file: Blob, maxEdge = 2048, quality = 0.85): Promise<Blob> {
  if (!isAcceptedImage(file)) {
    throw new PhotoError('not-an-image', `Not an image: "${file.type || 'unknown type'}"`);
  }
  if (!Number.isFinite(maxEdge) || maxEdge < 1 || !(quality >= 0 && quality <= 1)) {
    throw new PhotoError('invalid-options', `Invalid maxEdge ${maxEdge} or quality ${quality}`);
  }

  const image = await decode(file);
  try {
    const { width, height } = targetSize(image.width, image.height, Math.floor(maxEdge));
    return await encodeJpeg(image.source, width, height, quality);
  } finally {
    image.release();
  }
}

/** Scale factor applied to both edges, rounded; at least 1 px so thin panoramas survive. */
export function targetSize(
  width: number,
  height: number,
  maxEdge: number,
): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

async function decode(file: Blob): Promise<DecodedImage> {
  if (typeof createImageBitmap === 'function') {
    try {
      // 'from-image' rotates by the EXIF orientation tag now, because the re-encoded JPEG no
      // longer has that tag: without it portrait photos would arrive lying on their side.
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return {
        source: bitmap,
        width: bitmap.width,
        height: bitmap.height,
        release: () => bitmap.close(),
      };
    } catch {
      // Older engines reject the 'from-image' value or Blob sources; the <img> path below
      // applies EXIF orientation too (CSS image-orientation defaults to from-image).
    }
  }
  return decodeWithImgElement(file);
}

async function decodeWithImgElement(file: Blob): Promise<DecodedImage> {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') {
    throw new PhotoError('decode-failed', 'No image decoder available in this context');
  }
  const url = URL.createObjectURL(file);
  const img = document.createElement('img');
  try {
    img.decoding = 'async';
    img.src = url;
    await img.decode();
  } catch (cause) {
    URL.revokeObjectURL(url);
    throw new PhotoError('decode-failed', 'The image could not be decoded', { cause });
  }
  return {
    source: img,
    width: img.naturalWidth,
    height: img.naturalHeight,
    release: () => URL.revokeObjectURL(url),
  };
}

async function encodeJpeg(
  source: CanvasImageSource,
  width: number,
  height: number,
  quality: number,
): Promise<Blob> {
  const offscreen =
    typeof OffscreenCanvas === 'function' &&
    typeof OffscreenCanvas.prototype.convertToBlob === 'function';
  const canvas = offscreen ? new OffscreenCanvas(width, height) : createCanvas(width, height);
  try {
    const ctx = canvas.getContext('2d') as
      CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!ctx) throw new PhotoError('encode-failed', 'No 2D canvas context available');
    // JPEG has no alpha: without a background, transparent PNG areas would turn black.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(source, 0, 0, width, height);

    // A flag instead of instanceof: neither class exists in every context (workers, old Safari).
    const blob = offscreen
      ? await (canvas as OffscreenCanvas).convertToBlob({ type: 'image/jpeg', quality })
      : await new Promise<Blob | null>((resolve) =>
          (canvas as HTMLCanvasElement).toBlob(resolve, 'image/jpeg', quality),
        );
    // Some engines fall back to PNG for unsupported types instead of failing.
    if (!blob || blob.type !== 'image/jpeg') {
      throw new PhotoError('encode-failed', 'The browser could not encode a JPEG');
    }
    return blob;
  } catch (cause) {
    if (cause instanceof PhotoError) throw cause;
    throw new PhotoError('encode-failed', 'The photo could not be re-encoded', { cause });
  } finally {
    // Shrinking frees the backing store at once; iOS Safari caps total canvas memory per page.
    canvas.width = 0;
    canvas.height = 0;
  }
}

function createCanvas(width: number, height: number): HTMLCanvasElement {
  if (typeof document === 'undefined') {
    throw new PhotoError('encode-failed', 'No canvas available in this context');
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}
