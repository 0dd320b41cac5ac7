// The location step's helpers: the device's position and the optional map (its module is
// loaded only when the citizen opens it).
import { inBounds } from './report-config.js';
import { formatPosition } from './report.js';
import { unlessStalled } from '../core/unless-stalled.js';
import type { LocationMap } from './location-map.js';
import type { Lang } from '../core/i18n.js';
import type { LatLng } from './report-config.js';
import type { Position } from './report.js';
import type { ReportStateHost } from './report-view-context.js';
import type { TemplateResult } from 'lit';

export class ReportLocation {
  #map?: LocationMap;
  readonly #host: ReportStateHost;

  constructor(host: ReportStateHost) {
    this.#host = host;
  }

  /** Asks the device for its position (the browser asks the citizen first). */
  locate(): void {
    const host = this.#host;
    host.setForm({ busy: 'locate' });
    host.announce(host.message('locating'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        host.setForm({ busy: '' });
        this.#pin([coords.latitude, coords.longitude], 'device', coords.accuracy);
      },
      () => {
        host.setForm({ busy: '' });
        host.showError('position', { key: 'geoFailed' });
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  }

  unpin(): void {
    this.#host.updateReport(
      (report) => ({ ...report, location: { address: report.location.address } }),
      { position: '' },
    );
  }

  #pin([lat, lng]: LatLng, source: Position['source'], accuracy?: number): void {
    const host = this.#host;
    const position: Position = { lat, lng, source };
    if (accuracy) position.accuracy = Math.round(accuracy);
    host.updateReport((report) => ({ ...report, location: { ...report.location, position } }), {
      position: '',
    });
    this.#map?.setPin([lat, lng]);
    if (inBounds(lat, lng, host.config().bounds)) {
      host.announce(host.message('position', { coordinates: formatPosition(position) }));
    } else {
      host.showError('position', { key: 'outside' });
    }
  }

  async openMap(): Promise<void> {
    const host = this.#host;
    host.setForm({ map: 'loading' });
    // Its module and Leaflet's on a stalled connection: after twice the element's timeout the
    // map says it failed (not "loading", not an empty box for good), as a failed load does.
    const stallAfter = 2 * host.element.timeout;
    try {
      const { LocationMap } = await unlessStalled(import('./location-map.js'), stallAfter);
      this.#map = new LocationMap(host, (point) => this.#pin(point, 'map'));
      await unlessStalled(this.#map.open(), stallAfter);
    } catch (error) {
      // Offline since the page loaded (the map chunk cannot load), a stalled one, or tiles
      // that cannot be shown: address and "use my location" still work.
      console.warn('civic-widgets: <defect-reporter> map could not be loaded', error);
      this.closeMap();
      host.setForm({ map: 'failed' });
      // Said, and the focus (lost with the button that opened the map) to the address it asks for.
      host.announce(host.message('mapFailed'));
      host.focus('address');
    }
  }

  closeMap(): void {
    this.#map?.destroy();
    this.#map = undefined;
    if (this.#host.form().map) this.#host.setForm({ map: '' });
  }

  /** The open map's controls and container; undefined while its module loads. */
  renderMap(lang: Lang): TemplateResult | undefined {
    return this.#map?.render(lang);
  }
}
