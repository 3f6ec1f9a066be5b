/**
 * The selected asset in plan terms: its wave, the reason in words, what it waits for and what
 * waits for it (with their waves), the transitive impact, and pinning from a menu.
 */
import { useTranslation } from 'react-i18next';

import type { Asset, Tier } from '../../../shared/model';
import type { AssetInsight, Neighbour, PlanResult } from '../../../shared/planner';
import { Button, Chip, formatNumber, formatShare } from '../../components';
import type { Lang } from '../../components';
import { placementOf } from '../../../shared/planner';

export type AssetDetailsProps = {
  asset: Asset;
  plan: PlanResult;
  tier: Tier | undefined;
  /** The planner's explanation (waits for / waited by with relation and wave); undefined while loading. */
  insight: AssetInsight | undefined;
  assets: Map<string, Asset>;
  pin: number | undefined;
  maxWave: number;
  lang: Lang;
  onSelect: (assetId: string) => void;
  onPin: (wave: number | undefined) => void;
  onOpen: (view: 'inventory' | 'graph') => void;
  onClose: () => void;
};

export function AssetDetails(props: AssetDetailsProps) {
  const { t } = useTranslation('plan');
  const { asset, plan, lang } = props;
  const placement = placementOf(plan, asset.id);
  const wave = placement ? plan.waves.find((w) => w.index === placement.wave) : undefined;
  const waveText = !placement
    ? t('details.unscheduledValue')
    : placement.wave === 0
      ? t('details.domestic')
      : placement.reason.code === 'retained'
        ? t('details.retainedValue')
        : placement.wave < 0 || !wave
          ? t('details.unscheduledValue')
          : t('details.waveValue', { wave: placement.wave, start: wave.start, end: wave.end });
  const waves = Array.from({ length: Math.max(props.maxWave, props.pin ?? 0) }, (_, i) => i + 1);
  return (
    <aside className="plan-details" aria-label={t('details.title')} data-testid="plan-details">
      <header>
        <h3>
          {asset.name} <span className="muted">{asset.id}</span>
        </h3>
        <Button variant="quiet" onClick={props.onClose} aria-label={t('details.close')}>
          ×
        </Button>
      </header>
      <dl>
        <dt>{t('details.wave')}</dt>
        <dd data-testid="details-wave">{waveText}</dd>
        {props.tier ? (
          <>
            <dt>{t('details.tier')}</dt>
            <dd>{t(`tier.${props.tier}`)}</dd>
          </>
        ) : null}
        {placement ? (
          <>
            <dt>{t('details.reason')}</dt>
            <dd data-testid="details-reason">
              <Chip tone={placement.reason.code === 'pinned' ? 'accent' : placement.reason.code === 'unscheduled' ? 'warn' : 'neutral'}>{t(`reason.${placement.reason.code}`)}</Chip>{' '}
              {placement.reason.detail}
            </dd>
          </>
        ) : null}
        {placement?.reason.blockedBy ? (
          <>
            <dt>{t('details.blockedBy')}</dt>
            <dd>
              <AssetLink id={placement.reason.blockedBy} {...props} />
            </dd>
          </>
        ) : null}
      </dl>
      {props.insight?.share ? (
        <p className="muted" data-testid="details-share">
          {t('details.share', {
            effort: formatNumber(props.insight.effort, lang, 1),
            waveEffort: formatNumber(props.insight.share.waveEffort, lang, 1),
            capacity: formatNumber(props.insight.share.capacity, lang),
            year: props.insight.share.budgetYear,
            budget: props.insight.share.budget === undefined ? '—' : formatShare(props.insight.share.waveCost / props.insight.share.budget, 0),
          })}
        </p>
      ) : null}
      {props.insight ? <p className="muted">{t('details.transitive', props.insight.transitive)}</p> : null}
      <AssetList title={t('details.waitsFor')} items={props.insight?.waitsFor} {...props} />
      <AssetList title={t('details.waitedBy')} items={props.insight?.waitedBy} {...props} />
      <div className="plan-pin-menu">
        <label>
          <span>{props.pin === undefined ? t('details.pinTo') : t('details.pinned', { wave: props.pin })}</span>
          <select value={props.pin ?? ''} onChange={(e) => e.target.value && props.onPin(Number(e.target.value))} data-testid="pin-select">
            <option value="">{t('details.choose')}</option>
            {waves.map((w) => (
              <option key={w} value={w}>
                {t('wave.label', { index: w })}
              </option>
            ))}
          </select>
        </label>
        {props.pin !== undefined ? <Button onClick={() => props.onPin(undefined)}>{t('details.unpin')}</Button> : null}
      </div>
      <div className="plan-details-actions">
        <Button onClick={() => props.onOpen('inventory')}>{t('details.openInventory')}</Button>
        <Button onClick={() => props.onOpen('graph')}>{t('details.openGraph')}</Button>
      </div>
    </aside>
  );
}

function AssetList({ title, items, ...props }: AssetDetailsProps & { title: string; items: Neighbour[] | undefined }) {
  const { t } = useTranslation('plan');
  const list = items ?? [];
  return (
    <section className="plan-deps">
      <h4>
        {title} <span className="muted">({items ? list.length : '…'})</span>
      </h4>
      {items && list.length === 0 ? (
        <p className="muted">{t('details.noneList')}</p>
      ) : (
        <ul>
          {list.slice(0, 40).map((n) => (
            <li key={n.id}>
              <AssetLink id={n.id} relation={n.relation} {...props} />
            </li>
          ))}
          {list.length > 40 ? <li className="muted">… +{list.length - 40}</li> : null}
        </ul>
      )}
    </section>
  );
}

function AssetLink({ id, relation, assets, plan, onSelect }: AssetDetailsProps & { id: string; relation?: string }) {
  const { t } = useTranslation('plan');
  const asset = assets.get(id);
  const placement = placementOf(plan, id);
  const where = !placement ? '' : placement.wave > 0 ? t('wave.label', { index: placement.wave }) : placement.wave === 0 ? t('details.domestic') : t(`reason.${placement.reason.code}`);
  return (
    <button type="button" className="link-button" onClick={() => onSelect(id)}>
      {asset?.name ?? id} <span className="muted">{relation ? `· ${relation} ` : ''}· {where}</span>
    </button>
  );
}
