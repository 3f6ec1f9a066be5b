/**
 * Scenario editing beside the timeline: the named scenarios of the project (switch, save as,
 * rename, delete) and the planning parameters. Every valid change re-plans at once; invalid input
 * is named next to its field and never reaches the plan.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProjectMeta, Scenario } from '../../../shared/model';
import { Button } from '../../components';
import type { MetaPatch, ScenarioPatch } from '../../db/scenarios';
import { FreezeWindowsField } from './FreezeWindowsField';

export type ScenarioEditorProps = {
  scenario: Scenario;
  meta: ProjectMeta;
  names: string[];
  onScenarioChange: (patch: ScenarioPatch) => void;
  onMetaChange: (patch: MetaPatch) => void;
  onActivate: (name: string) => void;
  onCopy: (name: string) => void;
  onRename: (name: string) => void;
  onDelete: () => void;
  onClearPins: () => void;
};


export function ScenarioEditor(props: ScenarioEditorProps) {
  const { t } = useTranslation('plan');
  const { scenario, meta } = props;
  const [newName, setNewName] = useState('');
  const pinCount = Object.keys(scenario.pins).length;
  return (
    <section className="plan-scenario" aria-label={t('scenario.title')}>
      <h3>{t('scenario.title')}</h3>
      <label className="plan-field">
        <span>{t('scenario.active')}</span>
        <select value={scenario.name} onChange={(e) => props.onActivate(e.target.value)} data-testid="scenario-select">
          {props.names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <div className="plan-scenario-name">
        <input value={newName} placeholder={t('scenario.copyPrompt')} aria-label={t('scenario.copyPrompt')} onChange={(e) => setNewName(e.target.value)} />
        <div className="plan-scenario-actions">
          <Button onClick={() => (props.onCopy(newName), setNewName(''))} disabled={!newName.trim()}>
            {t('scenario.copy')}
          </Button>
          <Button onClick={() => (props.onRename(newName), setNewName(''))} disabled={!newName.trim()}>
            {t('scenario.rename')}
          </Button>
          <Button variant="danger" onClick={props.onDelete} disabled={props.names.length <= 1}>
            {t('scenario.delete')}
          </Button>
        </div>
      </div>
      <NumberField label={t('scenario.capacity')} value={scenario.capacityPerWave} min={1} onValid={(v) => v !== undefined && props.onScenarioChange({ capacityPerWave: v })} testId="capacity" />
      <NumberField
        label={t('scenario.budget')}
        hint={t('scenario.budgetHint')}
        value={scenario.budgetPerYear === undefined ? undefined : scenario.budgetPerYear / 10_000}
        min={0}
        optional
        onValid={(v) => props.onScenarioChange({ budgetPerYear: v === undefined ? undefined : Math.round(v * 10_000) })}
        testId="budget"
      />
      <NumberField label={t('scenario.waveMonths')} value={meta.waveMonths} min={1} max={24} integer onValid={(v) => v !== undefined && props.onMetaChange({ waveMonths: v })} testId="wave-months" />
      <NumberField label={t('scenario.horizon')} value={meta.horizonYears} min={1} max={20} integer onValid={(v) => v !== undefined && props.onMetaChange({ horizonYears: v })} testId="horizon" />
      <NumberField label={t('scenario.coreLimit')} value={scenario.maxCoreCutoversPerWave} min={1} integer onValid={(v) => v !== undefined && props.onScenarioChange({ maxCoreCutoversPerWave: v })} testId="core-limit" />
      <NumberField label={t('scenario.overlap')} hint={t('scenario.overlapHint')} value={scenario.phaseOverlapWaves ?? 0} min={0} max={24} integer onValid={(v) => v !== undefined && props.onScenarioChange({ phaseOverlapWaves: v })} testId="phase-overlap" />
      <NumberField label={t('scenario.dualTrack')} value={scenario.dualTrackMonths ?? 3} min={0} max={24} integer onValid={(v) => v !== undefined && props.onScenarioChange({ dualTrackMonths: v })} testId="dual-track" />
      <NumberField label={t('scenario.vendorTeam')} value={scenario.vendorTeamSystemsPerWave ?? 1} min={1} integer onValid={(v) => v !== undefined && props.onScenarioChange({ vendorTeamSystemsPerWave: v })} testId="vendor-team" />
      <NumberField
        label={t('scenario.securityReserve')}
        value={Math.round((scenario.securityReserveShare ?? 0.05) * 1000) / 10}
        min={0}
        max={50}
        onValid={(v) => v !== undefined && props.onScenarioChange({ securityReserveShare: v / 100 })}
        testId="security-reserve"
      />
      <NumberField
        label={t('scenario.tenderLead')}
        hint={t('scenario.tenderLeadHint')}
        value={scenario.tenderLeadMonths ?? 3}
        min={0}
        max={36}
        integer
        onValid={(v) => v !== undefined && props.onScenarioChange({ tenderLeadMonths: v })}
        testId="tender-lead"
      />
      <label className="plan-field plan-check">
        <input
          type="checkbox"
          checked={scenario.budgetRequestYearBefore === true}
          data-testid="field-budget-year-before"
          onChange={(e) => props.onScenarioChange({ budgetRequestYearBefore: e.target.checked })}
        />
        <span>{t('scenario.budgetYearBefore')}</span>
      </label>
      <FreezeWindowsField windows={scenario.freezeWindows} onChange={(freezeWindows) => props.onScenarioChange({ freezeWindows })} />
      <div className="plan-pins">
        <span>{t('scenario.pins', { count: pinCount })}</span>
        {pinCount > 0 ? (
          <Button variant="quiet" onClick={props.onClearPins}>
            {t('scenario.clearPins')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}

type NumberFieldProps = {
  label: string;
  hint?: string;
  value: number | undefined;
  min: number;
  max?: number;
  integer?: boolean;
  optional?: boolean;
  testId: string;
  /** Called with each valid value; undefined only for an optional field left empty. */
  onValid: (value: number | undefined) => void;
};

function NumberField({ label, hint, value, min, max, integer, optional, onValid, testId }: NumberFieldProps) {
  const { t } = useTranslation('plan');
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState(value);
  // Follow the stored value when it changes from elsewhere (scenario switch, another window).
  if (shown !== value) {
    setShown(value);
    if (Number(text) !== value || text.trim() === '') {
      setText(value === undefined ? '' : String(value));
      setError(undefined);
    }
  }
  const change = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    if (trimmed === '' && optional) {
      setError(undefined);
      onValid(undefined);
      return;
    }
    const n = Number(trimmed);
    const ok = trimmed !== '' && Number.isFinite(n) && n >= min && (max === undefined || n <= max) && (!integer || Number.isInteger(n));
    if (!ok) {
      setError(t('scenario.invalid', { field: label, min }));
      return;
    }
    setError(undefined);
    onValid(n);
  };
  return (
    <label className={`plan-field${error ? ' invalid' : ''}`}>
      <span>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        placeholder={hint}
        aria-invalid={error ? true : undefined}
        data-testid={`field-${testId}`}
        onChange={(e) => change(e.target.value)}
      />
      {error ? (
        <span className="plan-field-error" role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}
