import { useTranslation } from 'react-i18next';
import type { MoneyUnit } from '../../shared/format';


const UNITS: MoneyUnit[] = ['wan', 'yi', 'yuan'];

/** The "amounts in 万元 / 亿元 / 元" picker of the money views (forecast, hospital group). */
export function MoneyUnitPicker({ value, onChange }: { value: MoneyUnit; onChange: (unit: MoneyUnit) => void }) {
  const { t } = useTranslation('common');
  return (
    <label className="money-unit">
      {t('unitLabel')}
      <select value={value} onChange={(e) => onChange(e.target.value as MoneyUnit)}>
        {UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {t(`units.${unit}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
