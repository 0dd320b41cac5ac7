// Downscales a citizen's photo before it is stored or sent. Phone photos are 3–12 MB and carry
// EXIF metadata, often with the exact GPS position of the reporter's home. Drawing the decoded
// pixels onto a canvas and re-encoding them as JPEG drops every metadata segment, so the city
// receives a small image without the reporter's location history or camera serial number.

/**
 * Whether a file may be a photo: refused up front only when it has a type that is not image/*
 * (PDF, video), to name the refused file. A file without a type (some browsers and file managers
 * give a real JPEG none) is let through: decoding it ({@link downscalePhoto}) decides.
 */
export function isAcceptedImage(file: Blob): boolean {
  return !file.type || /^image\//i.test(file.type);
}

/**
 * HEIC/HEIF, the iPhone's default format: only Safari decodes it, so elsewhere the citizen must
 * be told what to do. Some browsers give such files no type; the name says it then.
 */
export function isHeicImage(file: Blob & { name?: string }): boolean {
  return /^image\/hei[cf]/i.test(file.type) || /\.hei[cf]$/i.test(file.name ?? '');
}

/**
 * Decodes `file`, scales it so its longer edge is at most `maxEdge` (never upscales) and
 * re-encodes it as image/jpeg. Always re-encodes, also for small photos: that is what strips EXIF.
 * Rejects (with the browser's error) if the file cannot be decoded or no JPEG can be made; the
 * flow shows one message for every failure.
 */
export async function downscalePhoto(file: Blob, maxEdge = 2048): Promise<Blob> {
  const canvas = document.createElement('canvas');
  let source: ImageBitmap | HTMLImageElement | undefined;
  let url = '';
  try {
    try {
      // 'from-image' rotates by the EXIF orientation tag now, because the re-encoded JPEG no
      // longer has that tag: without it portrait photos would arrive lying on their side.
      source = await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch {
      // Older engines reject the 'from-image' value or Blob sources; an <img> applies the EXIF
      // orientation too (CSS image-orientation defaults to from-image). Chrome downsamples a
      // bitmap better (a smaller, cleaner JPEG), so the <img> is only the fallback.
      source = document.createElement('img');
      source.src = url = URL.createObjectURL(file);
      await source.decode();
    }
    // An <img> outside the document reports its natural size, orientation applied.
    const { width, height } = targetSize(source.width, source.height, maxEdge);
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d')!;
    // JPEG has no alpha: without a background, transparent PNG areas would turn black.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(source, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.85),
    );
    // Some engines fall back to PNG for unsupported types instead of failing.
    if (blob?.type !== 'image/jpeg') throw new Error('no JPEG');
    return blob;
  } finally {
    (source as Partial<ImageBitmap> | undefined)?.close?.();
    URL.revokeObjectURL(url);
    // Shrinking frees the backing store at once; iOS Safari caps total canvas memory per page.
    canvas.width = canvas.height = 0;
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
