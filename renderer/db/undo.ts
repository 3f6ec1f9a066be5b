/**
 * The one undo service (QUALITY.md R-S14): after an import, a restore, a merge, a project delete or
 * an inventory bulk action, a toast offers 撤销 for a while. Only the newest offer stands: a newer
 * change withdraws the older offer, since putting older rows back afterwards would silently
 * discard the newer change.
 */
import i18next from 'i18next';

import { pushToast, useToasts } from '../components/toasts';

/** How long a whole-project undo stays offered (the toast's lifetime). */
export const UNDO_TTL_MS = 20_000;

export type UndoOffer = {
  /** What happened ("已恢复 …"). */
  text: string;
  /** Puts things back; runs at most once. */
  undo: () => Promise<unknown>;
  /** What to say once undone (nothing when omitted). */
  undoneText?: string;
  ttlMs?: number;
};

let offered: number | undefined;

/** Withdraws the current offer (a newer change starts). */
export function withdrawUndo(): void {
  if (offered !== undefined) useToasts.getState().dismiss(offered);
  offered = undefined;
}

/** Posts "<text> [撤销]", replacing any earlier offer. */
export function offerUndo({ text, undo, undoneText, ttlMs = UNDO_TTL_MS }: UndoOffer): void {
  withdrawUndo();
  const id = pushToast(
    {
      tone: 'info',
      text,
      action: {
        label: i18next.t('common:undo'),
        run: async () => {
          if (offered === id) offered = undefined;
          try {
            await undo();
            if (undoneText) pushToast({ tone: 'info', text: undoneText });
          } catch (error) {
            pushToast({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
          }
        },
      },
    },
    ttlMs,
  );
  offered = id;
}
