/** Resolves in a later task: the browser can paint and take input in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
