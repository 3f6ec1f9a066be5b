/** The undo toast after a restore or an import: puts the snapshot back and reopens the project that was open. */
import i18next from 'i18next';

import { pushToast, useToasts } from '../components/toasts';
import { useAppStore } from '../state/store';
import { undoRestore } from './restore';
import type { ProjectSnapshot } from './snapshot';

/** How long the undo stays offered (the toast's lifetime). */
export const UNDO_TTL_MS = 20_000;

let offered: number | undefined;

/**
 * Withdraws the current undo offer. Called when a newer import or restore starts: putting back the
 * older snapshot afterwards would silently discard the newer one.
 */
export function withdrawUndo(): void {
  if (offered !== undefined) useToasts.getState().dismiss(offered);
  offered = undefined;
}

/**
 * Posts "<text> [撤销]".
 * @param text what happened
 * @param snapshot the project as it was before
 * @param previousActive the project that was open before (reopened on undo)
 * @param undoneText what to say after undoing
 */
export function offerUndo(text: string, snapshot: ProjectSnapshot, previousActive: string | undefined, undoneText: string): void {
  withdrawUndo();
  offered = pushToast(
    {
      tone: 'info',
      text,
      action: {
        label: i18next.t('common:undo'),
        run: async () => {
          offered = undefined;
          try {
            await undoRestore({ snapshot });
            if (previousActive !== useAppStore.getState().activeProjectId) useAppStore.getState().setActiveProject(previousActive);
            pushToast({ tone: 'info', text: undoneText });
          } catch (error) {
            pushToast({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
          }
        },
      },
    },
    UNDO_TTL_MS,
  );
}
