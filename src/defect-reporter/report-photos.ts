// The photo step's helpers: taking the citizen's files (each downscaled, see photo-downscale.ts),
// saying why one was refused, and the thumbnails' object URLs.
import { downscalePhoto, isAcceptedImage, isHeicImage } from './photo-downscale.js';
import type { ReportHost } from './report-view-context.js';
import type { FieldMessage } from './report-validation.js';

export class ReportPhotos {
  readonly #host: ReportHost;
  /** Object URLs of the photos' thumbnails. */
  readonly #thumbnails = new Map<Blob, string>();

  constructor(host: ReportHost) {
    this.#host = host;
  }

  thumbnail(photo: Blob): string {
    let url = this.#thumbnails.get(photo);
    if (!url) this.#thumbnails.set(photo, (url = URL.createObjectURL(photo)));
    return url;
  }

  /** Takes the files of the photo input, one by one, within the config's limits. */
  async add(input: HTMLInputElement): Promise<void> {
    const host = this.#host;
    const message = host.message;
    const files = [...(input.files ?? [])];
    input.value = '';
    const { maxPhotos, maxPhotoBytes } = host.config();
    const problems: FieldMessage[] = [];
    host.setForm({ busy: 'photo' });
    host.announce(message('photoBusy'));
    for (const file of files) {
      const name = file.name;
      if (host.report().photos.length >= maxPhotos) {
        problems.push({ key: 'errTooMany', params: { count: maxPhotos } });
        break;
      }
      if (!isAcceptedImage(file) && !isHeicImage(file)) {
        problems.push({ key: 'errNotImage', params: { name } });
        continue;
      }
      try {
        const photo = await downscalePhoto(file);
        if (photo.size > maxPhotoBytes) problems.push({ key: 'errTooBig', params: { name } });
        else this.set([...host.report().photos, photo]);
      } catch {
        // Only Safari decodes HEIC: elsewhere say what to do instead of "cannot be read".
        problems.push({ key: isHeicImage(file) ? 'errHeic' : 'errPhoto', params: { name } });
      }
    }
    const errors = { ...host.form().errors };
    delete errors.photo;
    host.setForm({ busy: '', errors });
    if (problems.length) host.showError('photo', problems);
    else host.announce(message('photoAdded', { count: host.report().photos.length }));
  }

  remove(index: number): void {
    this.set(this.#host.report().photos.filter((_, position) => position !== index));
  }

  /** The report's photos (in its draft too); frees the thumbnails of the others. */
  set(photos: Blob[]): void {
    this.adopt(photos);
    this.#host.updateReport((report) => ({ ...report, photos }), { photo: '' });
    this.#host.saveDraftPhotos(photos);
  }

  /** Keeps only the thumbnails of `photos` (a report that came with its photos). */
  adopt(photos: readonly Blob[]): void {
    for (const [blob, url] of this.#thumbnails) {
      if (!photos.includes(blob)) {
        URL.revokeObjectURL(url);
        this.#thumbnails.delete(blob);
      }
    }
  }

  revokeAll(): void {
    this.adopt([]);
  }
}
