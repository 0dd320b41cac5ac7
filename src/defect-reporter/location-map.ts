// The optional map of <defect-reporter>: only loaded (this module and Leaflet, as one lazy
// chunk) when the config has `map` and the citizen opens it. Nothing here is on the page
// otherwise, and the tiles come only from the configured URL, only while the map is open.
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LatLng } from './report-config.js';
import type { Lang } from '../core/i18n.js';
import type { ReportHost } from './report-view-context.js';

/**
 * Leaflet's own stylesheet cannot be used as it is: a `<link>` to another host or an inline
 * `<style>` break under `style-src 'self'`, and a document stylesheet does not reach into the
 * shadow root. This is the subset of leaflet.css (1.9) the map here needs — panes, tiles, the
 * vector pin, cursors, zoom animation — as a constructable stylesheet (a `css` literal) adopted
 * by the widget's shadow root when the map opens. Leaflet's controls are not used (the widget
 * renders its own zoom buttons and the attribution as text), so their styles are left out.
 */
export const leafletStyles = css`
  /* The map box and its crosshair (the centre a keyboard user takes). */
  .map {
    height: var(--civic-defect-reporter-map-height, 320px);
    margin: 0.5em 0;
  }
  .map::after {
    content: '+';
    position: absolute;
    z-index: 1000;
    top: 50%;
    left: 50%;
    transform: translate(-50%, -55%);
    font: 700 2.5em/1 sans-serif;
    pointer-events: none;
  }
  @media (forced-colors: active) {
    /* Without this the '+' gets an opaque backplate that hides the pin under it. */
    .map::after {
      forced-color-adjust: none;
      color: CanvasText;
    }
  }
  .leaflet-pane,
  .leaflet-tile,
  .leaflet-tile-container,
  .leaflet-pane > svg,
  .leaflet-pane > canvas,
  .leaflet-zoom-box,
  .leaflet-layer {
    position: absolute;
    left: 0;
    top: 0;
  }
  .leaflet-container {
    overflow: hidden;
    touch-action: none;
    background: #ddd;
    outline-offset: 1px;
  }
  .leaflet-tile {
    user-select: none;
    visibility: hidden;
  }
  .leaflet-tile-loaded {
    visibility: inherit;
  }
  .leaflet-container .leaflet-tile,
  .leaflet-container .leaflet-overlay-pane svg {
    max-width: none !important;
    max-height: none !important;
    width: auto;
    padding: 0;
  }
  .leaflet-pane {
    z-index: 400;
  }
  .leaflet-tile-pane {
    z-index: 200;
  }
  .leaflet-overlay-pane {
    z-index: 400;
  }
  .leaflet-map-pane svg {
    z-index: 200;
  }
  .leaflet-zoom-box {
    z-index: 800;
  }
  .leaflet-zoom-animated {
    transform-origin: 0 0;
  }
  .leaflet-zoom-anim .leaflet-zoom-animated {
    transition: transform 0.25s cubic-bezier(0, 0, 0.25, 1);
  }
  .leaflet-zoom-anim .leaflet-zoom-hide {
    visibility: hidden;
  }
  .leaflet-grab {
    cursor: grab;
  }
  .leaflet-dragging .leaflet-grab {
    cursor: grabbing;
  }
  .leaflet-pane > svg path {
    pointer-events: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .leaflet-zoom-anim .leaflet-zoom-animated {
      transition: none;
    }
  }
`;

type Leaflet = typeof import('leaflet');

/**
 * Leaflet's map, or, when the citizen's system asks for reduced motion (WCAG 2.3.3), one that
 * moves without gliding: Leaflet animates its pans in script (the arrow keys, `panTo`, the
 * glide after a drag), which the stylesheet's media query above cannot stop, and has no option
 * for the arrow keys' pan. `Map.extend` is Leaflet's documented way to change a method.
 */
function mapClass(leaflet: Leaflet): typeof import('leaflet').Map {
  if (!matchMedia('(prefers-reduced-motion: reduce)').matches) return leaflet.Map;
  return leaflet.Map.extend({
    options: {
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
      inertia: false, // no glide after a drag
    },
    panBy(offset: import('leaflet').PointExpression, options?: import('leaflet').PanOptions) {
      return leaflet.Map.prototype.panBy.call(this, offset, { ...options, animate: false });
    },
  });
}

/** The middle of [[south, west], [north, east]]; the middle of Germany without bounds. */
function boundsCenter(bounds?: [LatLng, LatLng]): LatLng {
  if (!bounds) return [51.16, 10.45];
  const [[latA, lngA], [latB, lngB]] = bounds;
  return [(latA + latB) / 2, (lngA + lngB) / 2];
}

/** The map's own strings (German, English): they load with the map. */
const TEXT = {
  de: {
    mapClose: 'Karte schließen',
    mapSkip: 'Karte überspringen',
    mapLabel: 'Karte',
    mapLoading: 'Karte wird geladen …',
    mapHelp:
      'Klicken Sie auf die Stelle, oder verschieben Sie die Karte mit den Pfeiltasten (zoomen mit + und −) und übernehmen Sie die Kartenmitte.',
    mapCenter: 'Kartenmitte als Ort übernehmen',
    zoomIn: 'Karte vergrößern',
    zoomOut: 'Karte verkleinern',
  },
  en: {
    mapClose: 'Close the map',
    mapSkip: 'Skip the map',
    mapLabel: 'Map',
    mapLoading: 'Loading the map …',
    mapHelp:
      'Click the place, or move the map with the arrow keys (zoom with + and −) and use the centre of the map.',
    mapCenter: 'Use the centre of the map',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
  },
};

/**
 * The map of the location step: its controls (rendered into the widget's template) and the
 * Leaflet map. A click sets the pin; keyboard users pan with the arrow keys, zoom with + and −
 * (or the buttons) and take the centre (the crosshair) with a button. "Skip the map" jumps past
 * it. The pin is an SVG circle marker: Leaflet's image icons need a stylesheet path and its HTML
 * icons `innerHTML`, both of which the page's CSP may forbid.
 */
export class LocationMap {
  #map?: import('leaflet').Map;
  /** A tile of the map is drawn: the map works, and its controls are shown. */
  #drawn = false;
  #marker?: import('leaflet').CircleMarker;
  readonly #host: ReportHost;
  readonly #pick: (point: LatLng) => void;

  /** `pick`: a point was chosen. "Close the map" and "skip the map" go to the host's `act`. */
  constructor(host: ReportHost, pick: (point: LatLng) => void) {
    this.#host = host;
    this.#pick = pick;
  }

  render(lang: Lang): TemplateResult {
    const text = TEXT[lang];
    const { attribution } = this.#host.config().map!;
    const button = (id: string, label: string, onClick: () => void, primary = false) =>
      html`<button
        type="button"
        class="button ${primary ? '' : 'secondary'}"
        id=${id}
        @click=${onClick}
      >
        ${label}
      </button>`;
    // While Leaflet and the first tile are on their way: its container, and none of the
    // controls that need them.
    const ready = this.#drawn;
    return html`${
        ready
          ? button('dr-map-skip', text.mapSkip, () => this.#host.act({ type: 'skip-map' }))
          : nothing
      }
      <p class="hint" id="dr-map-help">${ready ? text.mapHelp : text.mapLoading}</p>
      <div
        id="dr-map"
        part="map"
        class="map"
        role="application"
        aria-label=${text.mapLabel}
        aria-describedby="dr-map-help"
      ></div>
      ${
        ready
          ? html`${attribution ? html`<p class="hint">${attribution}</p>` : ''}
              <div class="actions">
                ${button('dr-map-center', text.mapCenter, () => this.#pickCenter(), true)}
                ${button('dr-zoom-in', text.zoomIn, () => this.#zoomBy(1))}
                ${button('dr-zoom-out', text.zoomOut, () => this.#zoomBy(-1))}
                ${button('dr-map-close', text.mapClose, () => this.#host.act({ type: 'close-map' }))}
              </div>`
          : nothing
      }`;
  }

  /**
   * Shows its controls in the location step, loads Leaflet and shows the map in their container
   * (inside the widget's shadow root), around the report's position, else the config's centre,
   * else the middle of the city's `bounds`. Resolves once a tile is drawn; rejects when every
   * tile of the first view failed (the tile server down, a wrong `tiles` URL): a grey box that
   * takes clicks would show nothing and say nothing. A tile that fails while others come does
   * not stop the map.
   */
  async open(): Promise<void> {
    const host = this.#host;
    const { map: config, bounds } = host.config();
    const position = host.report().location.position;
    const pin: LatLng | undefined = position && [position.lat, position.lng];
    host.setForm({ map: 'open' });
    await host.element.updateComplete;
    const container = host.element.renderRoot.querySelector<HTMLElement>('#dr-map')!;
    const center = boundsCenter(bounds);
    // The ES module build: the package's `main` is a UMD bundle that sets window.L instead of
    // exporting anything, which neither rollup nor the browser can import as a module.
    const leaflet: Leaflet = await import('leaflet/dist/leaflet-src.esm.js');
    const root = container.getRootNode() as ShadowRoot;
    const sheet = leafletStyles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    const LeafletMap = mapClass(leaflet);
    const map = (this.#map = new LeafletMap(container, {
      center: pin ?? config!.center ?? center,
      zoom: config!.zoom ?? 16,
      zoomControl: false,
      attributionControl: false,
    }));
    this.#marker = leaflet.circleMarker(center, {
      radius: 10,
      weight: 4,
      color: '#a4121d',
      interactive: false,
    });
    if (pin) this.setPin(pin);
    map.on('click', (event) => this.#pick([event.latlng.lat, event.latlng.lng]));
    // The layer's first tile drawn, or its first view done (`load`: every tile loaded or failed)
    // without one. Leaflet fires a tile's `tileload` before the `load` it completes.
    await new Promise<void>((resolve, reject) => {
      // Not safeUrl's result: URL parsing would escape the {z}/{x}/{y} placeholders.
      leaflet
        .tileLayer(config!.tiles, { maxZoom: 19 })
        .once('tileload', () => resolve())
        .once('load', () => reject(new Error('no map tile could be loaded')))
        .addTo(map);
    });
    this.#drawn = true;
    // Its controls now; the focus, which was on the button that opened it, to the map.
    host.setForm({});
    await host.element.updateComplete;
    container.focus();
  }

  setPin(point: LatLng): void {
    if (!this.#map) return;
    this.#marker?.setLatLng(point).addTo(this.#map);
    if (!this.#map.getBounds().contains(point)) this.#map.panTo(point);
  }

  #zoomBy(steps: number): void {
    this.#map?.setZoom(this.#map.getZoom() + steps);
  }

  /** Takes the centre (under the crosshair) as the place: the keyboard's way to set the pin. */
  #pickCenter(): void {
    const center = this.#map?.getCenter();
    if (center) this.#pick([center.lat, center.lng]);
  }

  destroy(): void {
    const map = this.#map;
    this.#map = undefined;
    // Leaflet 1.9 ends a zoom's animation in a timer that `remove()` does not cancel, and that
    // timer then reads the removed panes (an uncaught TypeError): a map closed while it zooms is
    // removed when the zoom has ended.
    if (map?.getPane('mapPane')?.classList.contains('leaflet-zoom-anim')) {
      map.once('zoomend', () => map.remove());
    } else {
      map?.remove();
    }
  }
}
