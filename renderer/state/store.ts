/**
 * UI and session state only; Dexie is the source of truth for persisted data (STYLE.md 9).
 * One bound store built from slices; each feature adds its slice file beside this one.
 */
import { create } from 'zustand';
import type { StateCreator } from 'zustand';

export type ViewId = 'inventory' | 'plan' | 'graph' | 'forecast' | 'procurement' | 'report' | 'projects' | 'settings';

export type SessionSlice = {
  activeProjectId: string | undefined;
  view: ViewId;
  /** Asset the user is looking at across views (table row, graph node, plan card). */
  selectedAssetId: string | undefined;
  setActiveProject: (projectId: string | undefined) => void;
  setView: (view: ViewId) => void;
  selectAsset: (assetId: string | undefined) => void;
};

export type AppState = SessionSlice;

const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  activeProjectId: undefined,
  view: 'inventory',
  selectedAssetId: undefined,
  setActiveProject: (activeProjectId) => set({ activeProjectId, selectedAssetId: undefined }),
  setView: (view) => set({ view }),
  selectAsset: (selectedAssetId) => set({ selectedAssetId }),
});

export const useAppStore = create<AppState>()((...a) => ({
  ...createSessionSlice(...a),
}));
