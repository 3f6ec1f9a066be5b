/**
 * The inventory's write actions: each goes through renderer/db, reports problems in the user's
 * language, and offers undo for destructive or bulk changes (QUALITY.md R-S14).
 */
import { useTranslation } from 'react-i18next';

import type { Asset, Dependency } from '../../../shared/model';
import { formatIssue, validateAsset } from '../../../shared/model';
import { pushToast } from '../../components/toasts';
import { addAsset, addDependency, deleteAssets, removeDependency, restoreAssets, undeleteAssets, updateAssets } from '../../db/assets';
import type { AssetPatch } from '../../db/assets';
import { offerUndo } from '../../db/undo';
import { joinClauses, toLang } from '../../../shared/format';

const NUMERIC_FIELDS = new Set<keyof Asset>(['quantity', 'securityLevel', 'unitCost', 'purchaseCost']);

export type InventoryActions = ReturnType<typeof useInventoryActions>;

export function useInventoryActions(projectId: string) {
  const { t, i18n } = useTranslation('inventory');
  const lang = toLang(i18n.language);
  const now = () => new Date().toISOString();
  const fail = (error: unknown) => pushToast({ tone: 'error', text: t('saveFailed', { message: error instanceof Error ? error.message : String(error) }) });

  /** Inline edit of one field; the edited asset is validated with the contract before it is written. */
  const editField = async (asset: Asset, field: keyof Asset, raw: string): Promise<boolean> => {
    const text = raw.trim();
    const value: unknown = text === '' ? undefined : NUMERIC_FIELDS.has(field) ? Number(text) : text;
    const next: Record<string, unknown> = { ...asset, [field]: value };
    if (value === undefined) delete next[field];
    const checked = validateAsset(next, t('panel.fileName'), 1, 'assets');
    if (!checked.ok) {
      pushToast({ tone: 'error', text: joinClauses(checked.issues.map((issue) => formatIssue(issue, lang)), lang) });
      return false;
    }
    const patch: AssetPatch = { [field]: value };
    if (field === 'disposition' && value !== 'retain') patch.retainReason = undefined;
    await updateAssets(projectId, [asset.id], patch, now()).catch(fail);
    return true;
  };

  const saveAsset = async (asset: Asset, previous: Asset): Promise<void> => {
    const patch: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(previous), ...Object.keys(asset)])) {
      if (key !== 'id') patch[key] = (asset as Record<string, unknown>)[key];
    }
    await updateAssets(projectId, [asset.id], patch as AssetPatch, now()).catch(fail);
  };

  const bulkEdit = async (ids: readonly string[], patch: AssetPatch): Promise<void> => {
    try {
      const before = await updateAssets(projectId, ids, patch, now());
      offerUndo({ text: t('bulk.done', { count: before.length }), undo: () => restoreAssets(projectId, before, now()), ttlMs: 8000 });
    } catch (error) {
      fail(error);
    }
  };

  const remove = async (ids: readonly string[]): Promise<void> => {
    try {
      const removed = await deleteAssets(projectId, ids, now());
      offerUndo({ text: t('deleted', { count: removed.assets.length }), undo: () => undeleteAssets(removed, now()), ttlMs: 12_000 });
    } catch (error) {
      fail(error);
    }
  };

  /** Adds a new asset after validation; resolves to the problems (empty when added). */
  const create = async (raw: Record<string, unknown>, existingIds: ReadonlySet<string>): Promise<string[]> => {
    const checked = validateAsset(raw, t('panel.fileName'), 1, 'assets');
    if (!checked.ok) return checked.issues.map((issue) => formatIssue(issue, lang));
    if (existingIds.has(checked.value.id)) return [t('add.duplicate', { id: checked.value.id })];
    try {
      await addAsset(projectId, checked.value, now());
      return [];
    } catch (error) {
      return [error instanceof Error ? error.message : String(error)];
    }
  };

  const addDep = async (dep: Dependency): Promise<string | undefined> => {
    const problem = await addDependency(projectId, dep, now());
    return problem ? t(`deps.${problem}`, { id: dep.from === dep.to ? dep.to : `${dep.from} → ${dep.to}` }) : undefined;
  };

  const removeDep = (dep: Dependency): void => {
    removeDependency(projectId, dep, now()).then(
      () => offerUndo({ text: t('deps.removed'), undo: () => addDependency(projectId, dep, now()), ttlMs: 8000 }),
      fail,
    );
  };

  return { editField, saveAsset, bulkEdit, remove, create, addDep, removeDep };
}
