import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Listens to an event of `window` (`hashchange`, `popstate`) while its element is in the page:
 * added when the element connects, removed when it disconnects, so a widget a CMS removes
 * leaves no listener behind.
 */
export class WindowListener<K extends keyof WindowEventMap> implements ReactiveController {
  readonly #type: K;
  readonly #listener: (event: WindowEventMap[K]) => void;

  constructor(host: ReactiveControllerHost, type: K, listener: (event: WindowEventMap[K]) => void) {
    this.#type = type;
    this.#listener = listener;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener(this.#type, this.#listener);
  }

  hostDisconnected(): void {
    window.removeEventListener(this.#type, this.#listener);
  }
}
