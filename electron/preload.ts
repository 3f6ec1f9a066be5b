// Preload (sandboxed renderer, isolated world). Exposes exactly one narrow, typed object,
// `window.planner` (shared/ipc.ts PlannerBridge): no raw ipcRenderer, no event objects, no
// callbacks (R-E7). Bundled to CommonJS because a sandboxed preload cannot load ES modules.
import { contextBridge, ipcRenderer } from 'electron';

import { IPC_CHANNELS } from '../shared/ipc';
import type {
  AppInfo,
  BackupFileInfo,
  BackupListResult,
  BackupNameRequest,
  BackupSecretRequest,
  BackupWriteRequest,
  GroupConfig,
  GroupConfigSetRequest,
  GroupPullRequest,
  GroupPullResult,
  GroupPushRequest,
  GroupPushResult,
  IpcResult,
  OpenExternalRequest,
  OpenFileRequest,
  OpenFileResult,
  PlannerBridge,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFileResult,
} from '../shared/ipc';

/** The bridge object; each function forwards one plain payload and returns the handler's result. */
export const api = {
  openFile: (request: OpenFileRequest) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request) as Promise<IpcResult<OpenFileResult>>,
  saveFile: (request: SaveFileRequest) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request) as Promise<IpcResult<SaveFileResult>>,
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo) as Promise<IpcResult<AppInfo>>,
  openExternal: (request: OpenExternalRequest) => ipcRenderer.invoke(IPC_CHANNELS.openExternal, request) as Promise<IpcResult<boolean>>,
  backupWrite: (request: BackupWriteRequest) => ipcRenderer.invoke(IPC_CHANNELS.backupWrite, request) as Promise<IpcResult<BackupFileInfo>>,
  backupList: () => ipcRenderer.invoke(IPC_CHANNELS.backupList) as Promise<IpcResult<BackupListResult>>,
  backupRead: (request: BackupNameRequest) => ipcRenderer.invoke(IPC_CHANNELS.backupRead, request) as Promise<IpcResult<Uint8Array>>,
  backupDelete: (request: BackupNameRequest) => ipcRenderer.invoke(IPC_CHANNELS.backupDelete, request) as Promise<IpcResult<boolean>>,
  printToPdf: (request: PrintToPdfRequest) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request) as Promise<IpcResult<SaveFileResult>>,
  groupConfigGet: () => ipcRenderer.invoke(IPC_CHANNELS.groupConfigGet) as Promise<IpcResult<GroupConfig | null>>,
  groupConfigSet: (request: GroupConfigSetRequest) => ipcRenderer.invoke(IPC_CHANNELS.groupConfigSet, request) as Promise<IpcResult<GroupConfig>>,
  groupPush: (request: GroupPushRequest) => ipcRenderer.invoke(IPC_CHANNELS.groupPush, request) as Promise<IpcResult<GroupPushResult>>,
  groupPull: (request: GroupPullRequest) => ipcRenderer.invoke(IPC_CHANNELS.groupPull, request) as Promise<IpcResult<GroupPullResult>>,
  backupSecretGet: () => ipcRenderer.invoke(IPC_CHANNELS.backupSecretGet) as Promise<IpcResult<string | null>>,
  backupSecretSet: (request: BackupSecretRequest) => ipcRenderer.invoke(IPC_CHANNELS.backupSecretSet, request) as Promise<IpcResult<boolean>>,
} satisfies PlannerBridge;

contextBridge.exposeInMainWorld('planner', Object.freeze(api));
