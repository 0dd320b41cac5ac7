/** Resolves in a later task: the browser can paint and take input in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Resolves in a later task, by a message to itself: browsers hold back timers in background
 * tabs (Firefox for up to 15 s once a tab has used its budget), messages they do not.
 */
export const nextMessage = (): Promise<unknown> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = resolve;
    port2.postMessage(null);
  });

/**
 * Resolves in a task when the main thread is idle, within two seconds at the latest; Safari has
 * no idle callback, there a tenth of a second later.
 */
export const idleTask = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 100);
  });
