// Code loaded on demand, once: the first call starts the import, later calls share it, and what
// it gave is at hand synchronously afterwards. A failed import can be tried again.

export interface LoadOnce<T> {
  /** Starts the import if it has not started (or failed), and resolves with its result. */
  load: () => Promise<T>;
  /** The result once loaded, for drawing it at once; undefined before then. */
  loaded: () => T | undefined;
}

export function loadOnce<T>(importIt: () => Promise<T>): LoadOnce<T> {
  let pending: Promise<T> | undefined;
  let result: T | undefined;
  return {
    load: () =>
      (pending ??= importIt().then(
        (value) => (result = value),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    loaded: () => result,
  };
}
