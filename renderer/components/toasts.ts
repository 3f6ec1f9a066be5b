/**
 * Transient messages with an optional action (e.g. "Undo" after a delete, R-S14). A tiny store so
 * any view can post one; <ToastHost> in the shell shows them.
 */
import { create } from 'zustand';

export type Toast = {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
};

type ToastState = {
  toasts: Toast[];
  push: (toast: Omit<Toast, 'id'>, ttlMs?: number) => number;
  dismiss: (id: number) => void;
};

let nextId = 1;

export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  push: (toast, ttlMs = 8000) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...toast, id }].slice(-4) });
    if (ttlMs > 0) setTimeout(() => get().dismiss(id), ttlMs);
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

/** Posts a toast from outside React. */
export const pushToast = (toast: Omit<Toast, 'id'>, ttlMs?: number): number => useToasts.getState().push(toast, ttlMs);
