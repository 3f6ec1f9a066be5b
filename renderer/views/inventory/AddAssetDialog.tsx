/** Adds one asset: the required fields first; the rest are edited in the asset panel afterwards. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CATEGORIES, VENDOR_ORIGINS } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';

export type AddAssetDialogProps = {
  onCreate: (raw: Record<string, unknown>) => Promise<string[]>;
  onClose: () => void;
};

export function AddAssetDialog({ onCreate, onClose }: AddAssetDialogProps) {
  const { t } = useTranslation('inventory');
  const [draft, setDraft] = useState({ id: '', name: '', category: 'terminal', quantity: '1', vendor: '', product: '', vendorOrigin: '', department: '' });
  const [problems, setProblems] = useState<string[]>([]);
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  const submit = async () => {
    const raw: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(draft)) if (v.trim() !== '') raw[k] = k === 'quantity' ? Number(v) : v.trim();
    const result = await onCreate(raw);
    if (result.length === 0) onClose();
    else setProblems(result);
  };
  return (
    <Dialog
      title={t('add.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button variant="primary" onClick={() => void submit()}>
            {t('add.submit')}
          </Button>
        </>
      }
    >
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label>
          {t('field.id')} *
          <input value={draft.id} onChange={set('id')} required />
        </label>
        <label>
          {t('field.name')} *
          <input value={draft.name} onChange={set('name')} required />
        </label>
        <label>
          {t('field.category')} *
          <select value={draft.category} onChange={set('category')}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`common:category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('field.quantity')} *
          <input type="number" min={1} value={draft.quantity} onChange={set('quantity')} />
        </label>
        <label>
          {t('field.vendor')}
          <input value={draft.vendor} onChange={set('vendor')} />
        </label>
        <label>
          {t('field.product')}
          <input value={draft.product} onChange={set('product')} />
        </label>
        <label>
          {t('field.vendorOrigin')}
          <select value={draft.vendorOrigin} onChange={set('vendorOrigin')}>
            <option value="">—</option>
            {VENDOR_ORIGINS.map((o) => (
              <option key={o} value={o}>
                {t(`common:vendorOrigin.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('field.department')}
          <input value={draft.department} onChange={set('department')} />
        </label>
        <button type="submit" hidden />
      </form>
      {problems.length > 0 ? (
        <ul className="form-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}
