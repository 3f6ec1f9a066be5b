/**
 * The asset drawer: every field, editable and validated with the contract's rules, and the
 * asset's dependencies (what it depends on, what depends on it) as links that open that asset.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Asset, Dependency } from '../../../shared/model';
import { CATEGORIES, DISPOSITIONS, SYSTEM_SCALES, TIERS, VENDOR_ORIGINS, formatIssue, validateAsset } from '../../../shared/model';
import { systemScale } from '../../../shared/classify/tiers';
import { Button } from '../../components/Button';
import { DependencyList } from './DependencyList';
import { toLang } from '../../../shared/format';

type FieldSpec = {
  key: Exclude<keyof Asset, 'id'>;
  kind: 'text' | 'number' | 'date' | 'textarea' | 'select';
  options?: readonly string[];
  ns?: string;
  optional?: boolean;
  /** Shown for applications only (and for any asset that already has a value). */
  applicationOnly?: boolean;
};

const FIELDS: readonly FieldSpec[] = [
  { key: 'name', kind: 'text' },
  { key: 'category', kind: 'select', options: CATEGORIES, ns: 'category' },
  { key: 'quantity', kind: 'number' },
  { key: 'vendor', kind: 'text' },
  { key: 'product', kind: 'text' },
  { key: 'version', kind: 'text' },
  { key: 'cpu', kind: 'text' },
  { key: 'os', kind: 'text' },
  { key: 'vendorOrigin', kind: 'select', options: VENDOR_ORIGINS, ns: 'vendorOrigin', optional: true },
  { key: 'tier', kind: 'select', options: TIERS, ns: 'tier', optional: true },
  { key: 'scale', kind: 'select', options: SYSTEM_SCALES, ns: 'scale', optional: true, applicationOnly: true },
  { key: 'site', kind: 'text' },
  { key: 'department', kind: 'text' },
  { key: 'securityLevel', kind: 'number' },
  { key: 'disposition', kind: 'select', options: DISPOSITIONS, ns: 'disposition', optional: true },
  { key: 'retainReason', kind: 'text' },
  { key: 'effort', kind: 'number' },
  { key: 'vendorTeam', kind: 'text' },
  { key: 'clientReadyFrom', kind: 'date' },
  { key: 'purchaseDate', kind: 'date' },
  { key: 'endOfSupport', kind: 'date' },
  { key: 'readyFrom', kind: 'date' },
  { key: 'unitCost', kind: 'number' },
  { key: 'purchaseCost', kind: 'number' },
  { key: 'notes', kind: 'textarea' },
];

const NUMERIC = new Set<string>(['quantity', 'securityLevel', 'unitCost', 'purchaseCost']);

/** Fields whose meaning is not plain from the label: a line under the field says it. */
const HINTS: Partial<Record<string, string>> = { scale: 'panel.scaleHint', unitCost: 'panel.unitCostHint' };

export type AssetPanelProps = {
  asset: Asset;
  dependencies: readonly Dependency[];
  knownIds: ReadonlySet<string>;
  onSave: (next: Asset) => Promise<void>;
  onOpen: (id: string) => void;
  onClose: () => void;
  onAddDependency: (dep: Dependency) => Promise<string | undefined>;
  onRemoveDependency: (dep: Dependency) => void;
};

export function AssetPanel(props: AssetPanelProps) {
  const { asset, onClose } = props;
  const { t } = useTranslation('inventory');
  return (
    <aside className="asset-panel" aria-label={t('panel.label', { id: asset.id })} data-testid="asset-panel">
      <header className="asset-panel-head">
        <div>
          <div className="asset-panel-id">{asset.id}</div>
          <h2>{asset.name}</h2>
        </div>
        <button type="button" className="dialog-close" aria-label={t('common:close')} onClick={onClose}>
          ×
        </button>
      </header>
      {/* key: a different asset starts a fresh draft */}
      <AssetForm key={asset.id} {...props} />
      <DependencyList assetId={asset.id} dependencies={props.dependencies} knownIds={props.knownIds} onOpen={props.onOpen} onAdd={props.onAddDependency} onRemove={props.onRemoveDependency} />
    </aside>
  );
}

function AssetForm({ asset, onSave }: AssetPanelProps) {
  const { t, i18n } = useTranslation('inventory');
  const lang = toLang(i18n.language);
  const [draft, setDraft] = useState<Record<string, string>>(() => toDraft(asset));
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const submit = () => {
    const next = fromDraft(asset.id, draft);
    const checked = validateAsset(next, t('panel.fileName'), 1, 'assets');
    if (!checked.ok) {
      setProblems(checked.issues.map((issue) => formatIssue(issue, lang)));
      return;
    }
    setProblems([]);
    void onSave(checked.value).then(() => setSaved(true));
  };
  return (
    <form
      className="asset-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="asset-fields">
        {FIELDS.map((f) => {
          const id = `asset-field-${f.key}`;
          const value = draft[f.key] ?? '';
          if (f.applicationOnly && draft.category !== 'application' && value === '') return null;
          // An application without a declared scale is priced at the scale its name stands for: the empty choice says which.
          const emptyLabel = f.key === 'scale' ? t('panel.scaleFromName', { scale: t(`common:scale.${systemScale(draft.name, draft.product)}`) }) : '—';
          const set = (v: string) => {
            setSaved(false);
            setDraft((d) => ({ ...d, [f.key]: v }));
          };
          return (
            <div key={f.key} className={`asset-field${f.kind === 'textarea' || HINTS[f.key] ? ' asset-field-wide' : ''}`}>
              <label htmlFor={id}>{t(`field.${f.key}`)}</label>
              {f.kind === 'select' ? (
                <select id={id} value={value} onChange={(e) => set(e.target.value)} aria-describedby={HINTS[f.key] ? `${id}-hint` : undefined}>
                  {f.optional ? <option value="">{emptyLabel}</option> : null}
                  {f.options!.map((o) => (
                    <option key={o} value={o}>
                      {t(`common:${f.ns}.${o}`)}
                    </option>
                  ))}
                </select>
              ) : f.kind === 'textarea' ? (
                <textarea id={id} rows={2} value={value} onChange={(e) => set(e.target.value)} />
              ) : (
                <input id={id} type={f.kind} value={value} onChange={(e) => set(e.target.value)} aria-describedby={HINTS[f.key] ? `${id}-hint` : undefined} />
              )}
              {HINTS[f.key] ? (
                <span id={`${id}-hint`} className="asset-field-hint">
                  {t(HINTS[f.key]!)}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      {problems.length > 0 ? (
        <ul className="form-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="asset-form-actions">
        {saved ? <span className="saved-note">{t('panel.saved')}</span> : null}
        <Button type="submit" variant="primary">
          {t('common:save')}
        </Button>
      </div>
    </form>
  );
}

function toDraft(asset: Asset): Record<string, string> {
  const draft: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = asset[f.key];
    draft[f.key] = v === undefined ? '' : String(v);
  }
  return draft;
}

/** Empty inputs become absent fields; numeric inputs become numbers (validation reports bad ones). */
function fromDraft(id: string, draft: Record<string, string>): Record<string, unknown> {
  const next: Record<string, unknown> = { id };
  for (const [key, raw] of Object.entries(draft)) {
    const text = raw.trim();
    if (text === '') continue;
    next[key] = NUMERIC.has(key) && Number.isFinite(Number(text)) ? Number(text) : text;
  }
  return next;
}
