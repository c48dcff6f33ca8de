import type { StateCreator } from 'zustand';
import { newId } from '../shared/ids';
import { formatError, type AppError } from '../shared/errors';
import type { AppState } from './createAppStore';

export type ToastKind = 'info' | 'success' | 'warning' | 'error';

export interface NotificationsSlice {
  toasts: Array<{ id: string; kind: ToastKind; text: string }>;
  notify(kind: ToastKind, text: string): void;
  notifyError(error: AppError): void;
  dismiss(id: string): void;
}

/** Toast notifications; non-errors disappear after a while, errors stay until closed. */
export const createNotificationsSlice: StateCreator<AppState, [], [], NotificationsSlice> = (set, get) => ({
  toasts: [],
  notify: (kind, text) => {
    const id = newId();
    set({ toasts: [...get().toasts.slice(-4), { id, kind, text }] });
    if (kind !== 'error') setTimeout(() => get().dismiss(id), kind === 'warning' ? 10_000 : 5_000);
  },
  notifyError: (error) => get().notify('error', formatError(error)),
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) })
});
