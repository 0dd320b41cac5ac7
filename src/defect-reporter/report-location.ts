// "Wo ist es?" beyond the address field: the device's position and the optional map (its
// module and Leaflet are loaded only when the citizen opens it).
import { inBounds } from './defect-reporter-schema.js';
import type { TemplateResult } from 'lit';
import type { LatLng } from './defect-reporter-schema.js';
import type { Msg } from './defect-reporter-steps.js';
import type { LocationMap } from './location-map.js';
import type { FlowHost } from './report-flow.js';

export class LocationPicker {
  readonly #h: FlowHost;
  #map?: LocationMap;

  constructor(host: FlowHost) {
    this.#h = host;
  }

  #m(): Msg {
    return this.#h.context().m;
  }

  /** The open map's controls and container. */
  render(): TemplateResult | undefined {
    return this.#map?.render(this.#h.context().lang);
  }

  /** The location step's buttons (`data-act`); false for any other. */
  act(act: string, arg: string): boolean {
    if (act === 'locate') this.#locate();
    else if (act === 'unpin') this.#h.fields({ lat: '', lng: '', _acc: '' });
    else if (act === 'map') void this.#openMap();
    else if (act === 'closeMap') this.close();
    else if (act === 'center' || act === 'zoom') this.#map?.act(act, arg);
    else return false;
    return true;
  }

  #locate(): void {
    const h = this.#h;
    h.set({ busy: 'locate' });
    h.announce(this.#m()('locating'));
    navigator.geolocation.getCurrentPosition(
      (p) => {
        h.set({ busy: '' });
        this.#pin([p.coords.latitude, p.coords.longitude], p.coords.accuracy);
      },
      () => {
        h.set({ busy: '' });
        h.error('position', this.#m()('geoFailed'));
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  }

  #pin(point: LatLng, accuracy?: number): void {
    const h = this.#h;
    const [lat, lng] = point.map((n) => n.toFixed(6));
    h.fields({ lat, lng, _acc: accuracy ? String(Math.round(accuracy)) : '' });
    this.#map?.setPin(point);
    const m = this.#m();
    if (inBounds(point[0], point[1], h.context().config.bounds))
      h.announce(m('position', { lat, lng }));
    else h.error('position', m('outside'));
  }

  async #openMap(): Promise<void> {
    const h = this.#h;
    const { map, bounds } = h.context().config;
    const f = this.#h.context().ui.fields;
    const [[a, b], [c, d]] = bounds ?? [
      [51.16, 10.45],
      [51.16, 10.45],
    ];
    h.set({ map: 'loading' });
    try {
      const { LocationMap } = await import('./location-map.js');
      this.#map = new LocationMap(map!, (p) => this.#pin(p));
      h.set({ map: 'open' });
      await h.el.updateComplete;
      await this.#map.open(
        h.el.renderRoot.querySelector<HTMLElement>('#dr-map')!,
        [(a + c) / 2, (b + d) / 2],
        f.lat ? [+f.lat, +f.lng] : undefined,
      );
    } catch (error) {
      // Offline since the page loaded (the map chunk cannot load), or tiles that cannot be
      // shown: address and "use my location" still work.
      console.warn('civic-widgets: <defect-reporter> map could not be loaded', error);
      this.close();
      h.set({ map: 'failed' });
    }
  }

  close(): void {
    this.#map?.destroy();
    this.#map = undefined;
    if (this.#h.context().ui.map) this.#h.set({ map: '' });
  }
}
