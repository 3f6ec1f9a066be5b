/**
 * Appears when rows are selected: set tier, status (retained needs a reason) or origin for all of
 * them at once, or delete them. Each action is one transaction and can be undone from the toast.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Origin, Status, Tier } from '../../../shared/model';
import { ORIGINS, STATUSES, TIERS } from '../../../shared/model';
import { Button } from '../../components/Button';
import type { AssetPatch } from '../../db/assets';

export type BulkEditBarProps = {
  count: number;
  onApply: (patch: AssetPatch) => void;
  onDelete: () => void;
  onClear: () => void;
};

export function BulkEditBar({ count, onApply, onDelete, onClear }: BulkEditBarProps) {
  const { t } = useTranslation('inventory');
  const [tier, setTier] = useState('');
  const [status, setStatus] = useState('');
  const [origin, setOrigin] = useState('');
  const [reason, setReason] = useState('');
  const needsReason = status === 'retained';
  const patch: AssetPatch = {};
  if (tier) patch.tier = tier === 'none' ? undefined : (tier as Tier);
  if (status) {
    patch.status = status as Status;
    patch.retainReason = needsReason ? reason.trim() : undefined;
  }
  if (origin) patch.origin = origin as Origin;
  const canApply = (tier !== '' || status !== '' || origin !== '') && (!needsReason || reason.trim() !== '');
  return (
    <div className="bulk-bar" role="region" aria-label={t('bulk.label')}>
      <strong>{t('bulk.selected', { count })}</strong>
      <label>
        {t('col.tier')}
        <select value={tier} onChange={(e) => setTier(e.target.value)}>
          <option value="">{t('bulk.keep')}</option>
          {TIERS.map((v) => (
            <option key={v} value={v}>
              {t(`common:tier.${v}`)}
            </option>
          ))}
          <option value="none">{t('bulk.clearTier')}</option>
        </select>
      </label>
      <label>
        {t('col.status')}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('bulk.keep')}</option>
          {STATUSES.map((v) => (
            <option key={v} value={v}>
              {t(`common:status.${v}`)}
            </option>
          ))}
        </select>
      </label>
      {needsReason ? (
        <label>
          {t('field.retainReason')}
          <input value={reason} required placeholder={t('bulk.reasonHint')} onChange={(e) => setReason(e.target.value)} />
        </label>
      ) : null}
      <label>
        {t('col.origin')}
        <select value={origin} onChange={(e) => setOrigin(e.target.value)}>
          <option value="">{t('bulk.keep')}</option>
          {ORIGINS.map((v) => (
            <option key={v} value={v}>
              {t(`common:origin.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <Button
        variant="primary"
        disabled={!canApply}
        onClick={() => {
          onApply(patch);
          setTier('');
          setStatus('');
          setOrigin('');
          setReason('');
        }}
      >
        {t('bulk.apply')}
      </Button>
      <Button variant="danger" onClick={onDelete}>
        {t('bulk.delete')}
      </Button>
      <Button variant="quiet" onClick={onClear}>
        {t('bulk.clear')}
      </Button>
    </div>
  );
}
