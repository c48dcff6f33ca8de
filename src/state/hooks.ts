import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './createAppStore';

/** React context carrying the store (set by the composition root). */
export const StoreContext = createContext<AppStore | null>(null);

/** Select from the app state in a component. */
export function useAppState<T>(selector: (s: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext fehlt');
  return useStore(store, selector);
}

/** The store itself (for actions in event handlers). */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext fehlt');
  return store;
}
