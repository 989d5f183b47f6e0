/** A value that can be watched: the shape React's useSyncExternalStore reads. */
export interface Store<T> {
  get(): T;
  subscribe(onChange: () => void): () => void;
}

export interface WritableStore<T> extends Store<T> {
  set(value: T): void;
}

/**
 * @example
 * const online = createStore(true);
 * const stop = online.subscribe(() => console.log(online.get()));
 * online.set(false); // logs false
 */
export function createStore<T>(initial: T): WritableStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
