/**
 * Appears when rows are selected: set tier, disposition (retain needs a reason), vendor origin or (for the
 * business systems among them) the price scale for all of them at once, or delete them. Each action is one transaction and can be undone from the toast.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Disposition, SystemScale, VendorOrigin, Tier } from '../../../shared/model';
import { DISPOSITIONS, SYSTEM_SCALES, TIERS, VENDOR_ORIGINS } from '../../../shared/model';
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
  const [scale, setScale] = useState('');
  const [reason, setReason] = useState('');
  const needsReason = status === 'retain';
  const patch: AssetPatch = {};
  if (tier) patch.tier = tier === 'none' ? undefined : (tier as Tier);
  if (status) {
    patch.disposition = status as Disposition;
    patch.retainReason = needsReason ? reason.trim() : undefined;
  }
  if (origin) patch.vendorOrigin = origin as VendorOrigin;
  // `updateAssets` sets a scale on applications only: it prices business systems, nothing else.
  if (scale) patch.scale = scale === 'none' ? undefined : (scale as SystemScale);
  const canApply = (tier !== '' || status !== '' || origin !== '' || scale !== '') && (!needsReason || reason.trim() !== '');
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
        {t('col.disposition')}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('bulk.keep')}</option>
          {DISPOSITIONS.map((v) => (
            <option key={v} value={v}>
              {t(`common:disposition.${v}`)}
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
        {t('col.vendorOrigin')}
        <select value={origin} onChange={(e) => setOrigin(e.target.value)}>
          <option value="">{t('bulk.keep')}</option>
          {VENDOR_ORIGINS.map((v) => (
            <option key={v} value={v}>
              {t(`common:vendorOrigin.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('bulk.scale')}
        <select value={scale} onChange={(e) => setScale(e.target.value)}>
          <option value="">{t('bulk.keep')}</option>
          {SYSTEM_SCALES.map((v) => (
            <option key={v} value={v}>
              {t(`common:scale.${v}`)}
            </option>
          ))}
          <option value="none">{t('bulk.scaleFromName')}</option>
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
          setScale('');
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
