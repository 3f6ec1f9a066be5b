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
      <Choice label={t('col.tier')} value={tier} onChange={setTier} options={TIERS} ns="tier" clear={t('bulk.clearTier')} />
      <Choice label={t('col.disposition')} value={status} onChange={setStatus} options={DISPOSITIONS} ns="disposition" />
      {needsReason ? (
        <label>
          {t('field.retainReason')}
          <input value={reason} required placeholder={t('bulk.reasonHint')} onChange={(e) => setReason(e.target.value)} />
        </label>
      ) : null}
      <Choice label={t('col.vendorOrigin')} value={origin} onChange={setOrigin} options={VENDOR_ORIGINS} ns="vendorOrigin" />
      <Choice label={t('bulk.scale')} value={scale} onChange={setScale} options={SYSTEM_SCALES} ns="scale" clear={t('bulk.scaleFromName')} />
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

/** One field of the bar: leave it as it is (empty), set a value, or clear it (`none`) where a field can be cleared. */
function Choice({ label, value, onChange, options, ns, clear }: { label: string; value: string; onChange: (value: string) => void; options: readonly string[]; ns: string; clear?: string }) {
  const { t } = useTranslation('inventory');
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('bulk.keep')}</option>
        {options.map((v) => (
          <option key={v} value={v}>
            {t(`common:${ns}.${v}`)}
          </option>
        ))}
        {clear ? <option value="none">{clear}</option> : null}
      </select>
    </label>
  );
}
