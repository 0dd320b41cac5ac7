import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `tick` every `seconds()` while the host is connected and the tab is visible. When a
 * hidden tab becomes visible again after an interval has passed, it ticks at once.
 */
export class PollController implements ReactiveController {
  #timer = 0;
  #lastTick = Date.now();

  readonly #seconds: () => number;
  readonly #tick: () => void;

  constructor(host: ReactiveControllerHost, seconds: () => number, tick: () => void) {
    this.#seconds = seconds;
    this.#tick = tick;
    host.addController(this);
  }

  hostConnected(): void {
    this.#lastTick = Date.now();
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#timer);
  }

  /** Re-reads the interval (call when the `refresh` property changed). */
  restart(): void {
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const ms = this.#seconds() * 1000;
    if (!(ms > 0) || document.hidden) return;
    const wait = Math.max(0, this.#lastTick + ms - Date.now());
    this.#timer = window.setTimeout(() => {
      this.#lastTick = Date.now();
      this.#tick();
      this.#schedule();
    }, wait);
  }

  readonly #onVisibility = () => {
    if (document.hidden) clearTimeout(this.#timer);
    else this.#schedule();
  };
}
