import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `tick` every `seconds()` while the host is connected and the tab is visible. When a
 * hidden tab becomes visible again after an interval has passed, it ticks at once.
 *
 * With `lastLoadAt` (epoch ms the endpoint was last asked, e.g. `EndpointController.lastLoadAt`)
 * the interval counts from the later of the last tick and the last load: a load started by
 * someone else (the retry button, the server's `Retry-After` elapsing, the browser coming back
 * online) moves the next tick a whole interval on, so the server never gets a poll moments
 * after another request.
 */
export class PollController implements ReactiveController {
  #timer = 0;
  #lastTick = Date.now();

  readonly #seconds: () => number;
  readonly #tick: () => void;
  readonly #lastLoadAt: () => number;

  constructor(
    host: ReactiveControllerHost,
    seconds: () => number,
    tick: () => void,
    lastLoadAt: () => number = () => 0,
  ) {
    this.#seconds = seconds;
    this.#tick = tick;
    this.#lastLoadAt = lastLoadAt;
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

  /** Epoch ms the next tick is due: an interval after the last tick or load, whichever is later. */
  #dueAt(intervalMs: number): number {
    return Math.max(this.#lastTick, this.#lastLoadAt()) + intervalMs;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const intervalMs = this.#seconds() * 1000;
    if (!(intervalMs > 0) || document.hidden) return;
    this.#timer = window.setTimeout(
      () => {
        // A load started since this timer was set: the interval counts from it.
        if (Date.now() >= this.#dueAt(intervalMs)) {
          this.#lastTick = Date.now();
          this.#tick();
        }
        this.#schedule();
      },
      Math.max(0, this.#dueAt(intervalMs) - Date.now()),
    );
  }

  readonly #onVisibility = () => {
    if (document.hidden) clearTimeout(this.#timer);
    else this.#schedule();
  };
}
