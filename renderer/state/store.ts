/**
 * UI and session state only; Dexie is the source of truth for persisted data (STYLE.md 9).
 * One bound store built from slices; each feature adds its slice file beside this one.
 */
import { create } from 'zustand';
import type { StateCreator } from 'zustand';

import type { StorageStatus } from '../db/storage';
import type { MoneyUnit } from '../../shared/format';

export type ViewId = 'inventory' | 'plan' | 'assessment' | 'graph' | 'forecast' | 'procurement' | 'report' | 'projects' | 'group' | 'settings';

export type SessionSlice = {
  activeProjectId: string | undefined;
  view: ViewId;
  /** Asset the user is looking at across views (table row, graph node, plan card). */
  selectedAssetId: string | undefined;
  setActiveProject: (projectId: string | undefined) => void;
  setView: (view: ViewId) => void;
  selectAsset: (assetId: string | undefined) => void;
  /** A cut-over whose runbook 评估与切换 opens on (set from the plan's cut-over timeline). */
  runbookUnit: string | undefined;
  /** Goes to 评估与切换's runbooks at this unit's runbook; undefined once it is shown. */
  openRunbook: (unitId: string | undefined) => void;
};

/** Display preferences and start-up facts the shell shows. */
export type DisplaySlice = {
  moneyUnit: MoneyUnit;
  storage: StorageStatus | undefined;
  /** Set at start when an import was interrupted (the database is unchanged). */
  unfinishedImport: boolean;
  /** The import wizard is open. */
  importOpen: boolean;
  setMoneyUnit: (unit: MoneyUnit) => void;
  setStorage: (storage: StorageStatus) => void;
  setUnfinishedImport: (value: boolean) => void;
  setImportOpen: (open: boolean) => void;
};

export type AppState = SessionSlice & DisplaySlice;

const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  activeProjectId: undefined,
  view: 'inventory',
  selectedAssetId: undefined,
  setActiveProject: (activeProjectId) => set({ activeProjectId, selectedAssetId: undefined }),
  setView: (view) => set({ view }),
  selectAsset: (selectedAssetId) => set({ selectedAssetId }),
  runbookUnit: undefined,
  openRunbook: (runbookUnit) => set(runbookUnit === undefined ? { runbookUnit } : { runbookUnit, view: 'assessment' }),
});

const createDisplaySlice: StateCreator<AppState, [], [], DisplaySlice> = (set) => ({
  moneyUnit: 'wan',
  storage: undefined,
  unfinishedImport: false,
  importOpen: false,
  setMoneyUnit: (moneyUnit) => set({ moneyUnit }),
  setStorage: (storage) => set({ storage }),
  setUnfinishedImport: (unfinishedImport) => set({ unfinishedImport }),
  setImportOpen: (importOpen) => set({ importOpen }),
});

export const useAppStore = create<AppState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createDisplaySlice(...a),
}));
