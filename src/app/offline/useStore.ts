/** Reads a Store (store.ts) in a component and re-renders when it changes. */
import { useSyncExternalStore } from 'react';
import type { Store } from './store.ts';

const NONE = { get: () => undefined, subscribe: () => () => undefined };

export function useStore<T>(store: Store<T>): T;
export function useStore<T>(store: Store<T> | undefined): T | undefined;
export function useStore<T>(store: Store<T> | undefined): T | undefined {
  const s = (store ?? NONE) as Store<T | undefined>;
  return useSyncExternalStore(s.subscribe, s.get, s.get);
}
