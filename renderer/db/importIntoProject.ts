/**
 * The one way a file lands in a project (the import wizard, restore from a backup or a project
 * file, a merge): snapshot the target, commit through the import's one atomic transaction, open
 * the target, and offer undo, which puts the snapshot back and reopens the project that was open.
 */
import { useAppStore } from '../state/store';
import type { PlannerDB } from './database';
import { commitImport } from './importCommit';
import type { CommitOptions, CommitResult, ImportPayload } from './importCommit';
import { restoreSnapshot, takeSnapshot } from './projects';
import { offerUndo, withdrawUndo } from './undo';

export type ImportIntoOptions = Omit<CommitOptions, 'now' | 'mode'> & {
  mode?: CommitOptions['mode'];
  now?: string;
  /** The undo toast's text, and what it says once undone. */
  doneText: string;
  undoneText: string;
  database?: PlannerDB;
};

export type ImportIntoResult = CommitResult & {
  /** What the toast's 撤销 runs (tests call it directly). */
  undo: () => Promise<void>;
};

/**
 * Writes a payload into a project (created when it does not exist) and makes it the open one.
 * @param target the project id
 * @param payload assets and dependencies, and the whole project file when there is one
 * @param options commit options (mode defaults to replace) and the undo toast's texts
 */
export async function importIntoProject(target: string, payload: ImportPayload, options: ImportIntoOptions): Promise<ImportIntoResult> {
  const { doneText, undoneText, database, mode = 'replace', now = new Date().toISOString(), ...commit } = options;
  withdrawUndo();
  const app = useAppStore.getState();
  const previousActive = app.activeProjectId;
  const snapshot = await takeSnapshot(target, database);
  const result = await commitImport(target, payload, { ...commit, mode, now }, database);
  if (target !== previousActive) app.setActiveProject(target);
  const undo = async () => {
    await restoreSnapshot(snapshot, database);
    if (previousActive !== useAppStore.getState().activeProjectId) useAppStore.getState().setActiveProject(previousActive);
  };
  offerUndo({ text: doneText, undo, undoneText });
  return { ...result, undo };
}
