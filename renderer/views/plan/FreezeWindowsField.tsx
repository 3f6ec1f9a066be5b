/**
 * The scenario's freeze windows (封网时段): named periods with no core cut-over (`core`) or no
 * change at all (`all`). Presets for the periods hospitals keep (春节, 两会, 护网, 国庆, 医保年终结算);
 * each window's scope can be changed or the window removed.
 */
import { useTranslation } from 'react-i18next';

import type { FreezeWindow } from '../../../shared/model';
import { presetWindows } from '../../../shared/calendar/presets';

const FREEZE_PRESETS = presetWindows();

export function FreezeWindowsField({ windows, onChange }: { windows: readonly FreezeWindow[]; onChange: (next: FreezeWindow[]) => void }) {
  const { t } = useTranslation('plan');
  const missing = FREEZE_PRESETS.filter((p) => !windows.some((w) => w.name === p.name));
  return (
    <fieldset className="plan-freeze" data-testid="freeze-windows">
      <legend>{t('scenario.freeze')}</legend>
      {windows.length === 0 ? <p className="muted">{t('scenario.noFreeze')}</p> : null}
      <ul>
        {windows.map((w, i) => (
          <li key={`${w.name}-${i}`}>
            <span className="plan-freeze-name">{w.name}</span>
            <span className="plan-freeze-dates">
              {w.from} – {w.to}
            </span>
            <select
              aria-label={t('scenario.freezeScope', { name: w.name })}
              value={w.scope}
              onChange={(e) => onChange(windows.map((x, j) => (j === i ? { ...x, scope: e.target.value === 'all' ? 'all' : 'core' } : x)))}
            >
              <option value="core">{t('scenario.scope.core')}</option>
              <option value="all">{t('scenario.scope.all')}</option>
            </select>
            <button type="button" className="link" aria-label={t('scenario.freezeRemove', { name: w.name })} onClick={() => onChange(windows.filter((_x, j) => j !== i))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {missing.length > 0 ? (
        <select
          aria-label={t('scenario.freezeAdd')}
          value=""
          onChange={(e) => {
            const preset = FREEZE_PRESETS.find((p) => p.name === e.target.value);
            if (preset) onChange([...windows, { ...preset }]);
          }}
        >
          <option value="">{t('scenario.freezeAdd')}</option>
          {missing.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}（{p.from} – {p.to}）
            </option>
          ))}
        </select>
      ) : null}
    </fieldset>
  );
}
