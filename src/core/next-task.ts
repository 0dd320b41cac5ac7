/** Resolves in a later task: the browser can paint and take input in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

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
