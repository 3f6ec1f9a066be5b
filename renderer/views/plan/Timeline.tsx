/**
 * The wave timeline: one column per wave, one swimlane per tier (edge on top, core at the bottom)
 * holding the wave's cut-over units: a system card carries its dedicated stack (+N), a shared
 * platform shows when it is built, terminals sit in the lane of the tier they serve. Each wave
 * shows its dates, effort against capacity, cost against the year's budget, its core cut-overs
 * with the dual-track period (also the rollback deadline), builds and retirements, and the
 * business-system coverage once it is done. Cards can be dragged onto another wave to pin them.
 */
import { useEffect, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { TIERS } from '../../../shared/model';
import { idleWaveText } from '../../../shared/planner/idleWaves';
import { cutoverNight } from '../../../shared/planner/calendar';
import type { Asset, Tier } from '../../../shared/model';
import type { TimelineModel, TimelineWave } from '../../../shared/layout';
import { formatMoney, formatNumber, formatShare } from '../../components';
import type { Lang } from '../../components';
import { listNames } from '../../../shared/format';
import type { MoneyUnit } from '../../../shared/format';

const CARDS_PER_CELL = 12;
/** Core cut-overs named in a wave's header before "N more". */
const CUTOVERS_SHOWN = 4;
/** Retired systems and platforms named in a wave's header; the rest are counted. */
const RETIRED_SHOWN = 6;
const DRAG_TYPE = 'application/x-xcplan-asset';

export type TimelineProps = {
  model: TimelineModel;
  assets: Map<string, Asset>;
  pins: Record<string, number>;
  capacity: number;
  selectedId: string | undefined;
  lang: Lang;
  moneyUnit: MoneyUnit;
  onSelect: (assetId: string) => void;
  onPin: (assetId: string, wave: number) => void;
};

export function Timeline(props: TimelineProps) {
  const { t } = useTranslation('plan');
  const { model, selectedId } = props;
  const lanes = [...TIERS];
  const gridRef = useRef<HTMLDivElement>(null);
  const hasParked = model.unscheduled.length + model.retained.length > 0;
  // Bring the selected card into view (after a pin moves it, or a selection from another panel).
  useEffect(() => {
    if (!selectedId) return;
    const cards = gridRef.current?.querySelectorAll<HTMLElement>('.plan-card.selected') ?? [];
    const card = [...cards].find((el) => el.dataset.assetId === selectedId);
    card?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selectedId, model]);
  // One tab stop for all the cards (the grid's roving focus): the card last focused, else the
  // selected one, else the first. Kept up when cells unfold or the plan changes.
  const focusedRef = useRef<string | undefined>(undefined);
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const apply = () => rove(grid, focusedRef.current ?? selectedId);
    apply();
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(apply);
    observer.observe(grid, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [selectedId, model]);
  return (
    <>
      <span id="plan-timeline-keys" hidden>
        {t('keys')}
      </span>
      <div
        ref={gridRef}
        className="plan-timeline"
        role="grid"
        aria-label={t('title')}
        aria-describedby="plan-timeline-keys"
        style={{ gridTemplateColumns: `128px repeat(${model.waves.length + (hasParked ? 1 : 0)}, 232px)` }}
        onFocus={(e) => {
          const card = (e.target as HTMLElement).closest<HTMLElement>('.plan-card');
          if (card?.dataset.assetId && card.dataset.assetId !== focusedRef.current) {
            focusedRef.current = card.dataset.assetId;
            rove(e.currentTarget, focusedRef.current);
          }
        }}
        onKeyDown={(e) => {
          const card = (e.target as HTMLElement).closest<HTMLElement>('.plan-card');
          const next = card ? cardTowards(card, e.key) : undefined;
          if (!next) return;
          e.preventDefault();
          next.focus();
          next.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
        }}
      >
        {/* Rows for assistive technology only (display: contents): the cells stay items of one CSS grid. */}
        <div className="plan-row" role="row">
          <div className="plan-corner" role="columnheader" />
          {model.waves.map((wave) => (
            <WaveHeader key={wave.index} wave={wave} {...props} />
          ))}
          {hasParked ? (
            <div className="plan-wave-head plan-parked-head" role="columnheader" data-testid="wave-parked">
              <div className="plan-wave-title">
                <strong>{t('parked.title')}</strong>
              </div>
              <span className="plan-meter-label">{t('parked.counts', { unscheduled: model.unscheduled.length, retained: model.retained.length })}</span>
              <span className="plan-meter-label">{t('parked.hint')}</span>
            </div>
          ) : null}
        </div>
        {lanes.map((tier) => (
          <Lane key={tier} tier={tier} hasParked={hasParked} {...props} />
        ))}
      </div>
    </>
  );
}

function WaveHeader({ wave, model, capacity, lang, moneyUnit, onPin }: TimelineProps & { wave: TimelineWave }) {
  const { t } = useTranslation('plan');
  // A shared platform's old platform goes once its last tenant's dual track is over; a system's old
  // version goes when its own dual track ends (its rollback deadline).
  const platformsRetired = wave.retirements.filter((id) => model.unitById.get(id)?.kind === 'shared-platform');
  const systemsRetired = wave.retirements.filter((id) => model.unitById.get(id)?.kind !== 'shared-platform');
  const [over, setOver] = useState(false);
  // A group's wave can cut over hundreds of core systems: the first few, the rest on request (the
  // core cut-over timeline above lists them all), so the lanes stay in sight.
  const [allCutovers, setAllCutovers] = useState(false);
  const cutovers = allCutovers || wave.cutovers.length <= CUTOVERS_SHOWN ? wave.cutovers : wave.cutovers.slice(0, CUTOVERS_SHOWN - 1);
  const budgetText =
    wave.budgetShare === undefined
      ? t('wave.budgetNone', { cost: formatMoney(wave.cost, moneyUnit, lang) })
      : t('wave.budget', { cost: formatMoney(wave.cost, moneyUnit, lang), share: formatShare(wave.budgetShare, 0) });
  return (
    <div
      className={`plan-wave-head${over ? ' drop-over' : ''}`}
      role="columnheader"
      data-testid={`wave-${wave.index}`}
      {...dropHandlers(setOver, (id) => onPin(id, wave.index))}
    >
      <div className="plan-wave-title">
        <strong>{t('wave.label', { index: wave.index })}</strong>
        <span className="muted">{t('wave.dates', { start: wave.start, end: wave.end })}</span>
      </div>
      <Meter share={wave.capacityShare} label={t('wave.capacity', { effort: formatNumber(wave.effort, lang, 1), capacity: formatNumber(capacity, lang) })} />
      <Meter share={wave.budgetShare ?? 0} label={budgetText} tone="budget" />
      <Meter share={wave.systemsAfter} label={t('wave.systemsCoverage', { value: formatShare(wave.systemsAfter) })} tone="coverage" />
      {wave.coreCutovers > 0 ? <span className="plan-core-count">{t('wave.core', { count: wave.coreCutovers })}</span> : null}
      {cutovers.map((c) => (
        <span key={c.unit} className="plan-dual-track" data-testid={`dual-track-${c.unit}`} title={t('wave.rollbackHint')}>
          {c.dualTrackUntil
            ? t('wave.dualTrack', { unit: c.unit, date: cutoverNight(c.date, lang), until: c.dualTrackUntil })
            : t('wave.cutoverOn', { unit: c.unit, date: cutoverNight(c.date, lang) })}
        </span>
      ))}
      {wave.cutovers.length > cutovers.length ? (
        <button type="button" className="link-button plan-more" onClick={() => setAllCutovers(true)}>
          {t('wave.more', { count: wave.cutovers.length - cutovers.length })}
        </button>
      ) : null}
      {wave.idle ? (
        <span className="plan-meter-label plan-idle" data-testid={`idle-${wave.index}`}>
          {idleWaveText(wave.idle, lang)}
        </span>
      ) : null}
      {systemsRetired.length > 0 ? <span className="plan-meter-label">{t('wave.retireSystem', { units: listNames(systemsRetired, lang, RETIRED_SHOWN) })}</span> : null}
      {platformsRetired.length > 0 ? <span className="plan-meter-label">{t('wave.retire', { units: listNames(platformsRetired, lang, RETIRED_SHOWN) })}</span> : null}
      {model.retiredAfterPlan && wave.index === model.waves.at(-1)?.index ? (
        <span className="plan-meter-label" data-testid="retired-after-plan">
          {t('wave.retireAfterPlan', { date: model.retiredAfterPlan.date, units: listNames(model.retiredAfterPlan.units, lang, RETIRED_SHOWN) })}
        </span>
      ) : null}
    </div>
  );
}

function Meter({ share, label, tone = 'effort' }: { share: number; label: string; tone?: 'effort' | 'budget' | 'coverage' }) {
  const over = tone !== 'coverage' && share > 1.0001;
  return (
    <div className={`plan-meter meter-${tone}${over ? ' meter-over' : ''}`} title={label}>
      <div className="plan-meter-bar">
        <span style={{ width: `${Math.min(100, Math.max(0, share * 100)).toFixed(1)}%` }} />
      </div>
      <span className="plan-meter-label">{label}</span>
    </div>
  );
}

function Lane({ tier, hasParked, ...props }: TimelineProps & { tier: Tier; hasParked: boolean }) {
  const { t } = useTranslation('plan');
  return (
    <div className="plan-row" role="row">
      <div className={`plan-lane-head lane-${tier}`} role="rowheader">
        {t(`tier.${tier}`)}
      </div>
      {props.model.waves.map((wave) => (
        <Cell key={wave.index} ids={wave.lanes[tier]} wave={wave.index} tier={tier} {...props} />
      ))}
      {hasParked ? <Cell ids={props.model.parked[tier]} wave={-1} tier={tier} {...props} /> : null}
    </div>
  );
}

function Cell({ ids, wave, tier, assets, pins, selectedId, lang, onSelect, onPin, model }: TimelineProps & { ids: string[]; wave: number; tier: Tier }) {
  const { t } = useTranslation('plan');
  const [expanded, setExpanded] = useState(false);
  const [over, setOver] = useState(false);
  const shown = expanded || ids.length <= CARDS_PER_CELL ? ids : ids.slice(0, CARDS_PER_CELL - 1);
  // Keep the selected card visible even when its cell is folded.
  if (selectedId && !shown.includes(selectedId) && ids.includes(selectedId)) shown.push(selectedId);
  return (
    <div className={`plan-cell lane-${tier}${over ? ' drop-over' : ''}${wave < 0 ? ' plan-parked' : ''}`} role="gridcell" data-wave={wave} {...(wave > 0 ? dropHandlers(setOver, (id) => onPin(id, wave)) : {})}>
      {shown.map((id) => {
        const asset = assets.get(id);
        const unit = model.unitById.get(id);
        const kind = unit?.kind;
        const stack = (unit?.assets.length ?? 1) - 1;
        // The colour bar says where it comes from; so do the tooltip and the spoken name.
        const note = [t(`common:vendorOrigin.${asset?.vendorOrigin ?? 'unknown'}`), pins[id] !== undefined ? t('card.pinned', { wave: pins[id] }) : undefined].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
        return (
          <button
            key={id}
            type="button"
            draggable
            className={`plan-card origin-${asset?.vendorOrigin === 'foreign-open-source' ? 'foreign' : (asset?.vendorOrigin ?? 'unknown')}${kind === 'shared-platform' ? ' plan-card-build' : ''}${id === selectedId ? ' selected' : ''}${pins[id] !== undefined ? ' pinned' : ''}`}
            data-asset-id={id}
            title={`${id} · ${asset?.name ?? ''}${asset && asset.quantity > 1 ? ` ×${asset.quantity}` : ''} · ${note}`}
            aria-pressed={id === selectedId}
            onClick={() => onSelect(id)}
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_TYPE, id);
              e.dataTransfer.setData('text/plain', id);
              e.dataTransfer.effectAllowed = 'move';
            }}
          >
            <span className="plan-card-name">
              {kind === 'shared-platform' ? <span className="plan-card-tag">{t('card.build')}</span> : null}
              {asset?.name ?? id}
            </span>
            {asset && asset.quantity > 1 ? <span className="plan-card-qty">×{asset.quantity}</span> : null}
            {stack > 0 ? <span className="plan-card-qty" title={t('card.stackHint', { count: stack })}>{t('card.stack', { count: stack })}</span> : null}
            <span className="sr-only">{`${lang === 'zh' ? '，' : ', '}${note}`}</span>
          </button>
        );
      })}
      {ids.length > shown.length ? (
        <button type="button" className="link-button plan-more" onClick={() => setExpanded(true)}>
          {t('wave.more', { count: ids.length - shown.length })}
        </button>
      ) : null}
    </div>
  );
}

/** Gives the card with this id (else the first card) the grid's one tab stop. */
function rove(grid: HTMLElement, id: string | undefined): void {
  const cards = [...grid.querySelectorAll<HTMLElement>('.plan-card')];
  const current = cards.find((card) => card.dataset.assetId === id) ?? cards[0];
  for (const card of cards) card.tabIndex = card === current ? 0 : -1;
}

/**
 * The card the arrow keys move to from `card`: up and down through its cell's cards and on into
 * the lanes above and below, left and right to the same lane's neighbouring waves (empty cells
 * skipped), Home and End to the lane's first and last waves. Undefined for other keys or at an edge.
 */
export function cardTowards(card: HTMLElement, key: string): HTMLElement | undefined {
  const cell = card.closest<HTMLElement>('.plan-cell');
  const row = cell?.parentElement;
  const grid = row?.parentElement;
  if (!cell || !row || !grid) return undefined;
  const cardsOf = (c: Element | undefined): HTMLElement[] => (c ? [...c.querySelectorAll<HTMLElement>(':scope > .plan-card')] : []);
  const cellsOf = (r: Element): Element[] => [...r.querySelectorAll(':scope > .plan-cell')];
  const lanes = [...grid.querySelectorAll(':scope > .plan-row')].filter((r) => r.querySelector(':scope > .plan-cell'));
  const inCell = cardsOf(cell);
  const at = inCell.indexOf(card);
  const column = cellsOf(row).indexOf(cell);
  const lane = lanes.indexOf(row);
  const across = (step: number): HTMLElement | undefined => {
    const cells = cellsOf(row);
    for (let k = column + step; k >= 0 && k < cells.length; k += step) {
      const cards = cardsOf(cells[k]);
      if (cards.length > 0) return cards[Math.min(at, cards.length - 1)];
    }
    return undefined;
  };
  const down = (step: number): HTMLElement | undefined => {
    for (let k = lane + step; k >= 0 && k < lanes.length; k += step) {
      const cards = cardsOf(cellsOf(lanes[k]!)[column]);
      if (cards.length > 0) return step > 0 ? cards[0] : cards.at(-1);
    }
    return undefined;
  };
  const endOf = (cells: Element[]): HTMLElement | undefined => cells.map(cardsOf).find((cards) => cards.length > 0)?.[0];
  switch (key) {
    case 'ArrowDown':
      return inCell[at + 1] ?? down(1);
    case 'ArrowUp':
      return at > 0 ? inCell[at - 1] : down(-1);
    case 'ArrowRight':
      return across(1);
    case 'ArrowLeft':
      return across(-1);
    case 'Home':
      return endOf(cellsOf(row));
    case 'End':
      return endOf(cellsOf(row).reverse());
    default:
      return undefined;
  }
}

function dropHandlers(setOver: (over: boolean) => void, onDrop: (assetId: string) => void) {
  return {
    onDragOver: (e: DragEvent) => {
      if (![...e.dataTransfer.types].includes(DRAG_TYPE)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      setOver(false);
      const id = e.dataTransfer.getData(DRAG_TYPE);
      if (!id) return;
      e.preventDefault();
      onDrop(id);
    },
  };
}
