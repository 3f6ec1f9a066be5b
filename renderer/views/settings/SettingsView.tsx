/**
 * Settings: language, how money is shown (元 / 万元), the state of persistent storage (R-S1),
 * and the price book of the active project (PriceBookSection, owned by the forecast view).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';
import { writeSetting } from '../../db/settings';
import { readStorageStatus, requestPersistentStorage } from '../../db/storage';
import { setLang } from '../../i18n';
import { useAppStore } from '../../state/store';
import { BackupSection } from './BackupSection';
import { TargetSection } from '../procurement/TargetSection';
import { PriceBookSection } from './PriceBookSection';
import './settings.css';
import { formatBytes, formatMoney, toLang } from '../../../shared/format';
import type { MoneyUnit } from '../../../shared/format';

export function SettingsView() {
  const { t, i18n } = useTranslation('settings');
  const lang = toLang(i18n.language);
  const moneyUnit = useAppStore((s) => s.moneyUnit);
  const setMoneyUnit = useAppStore((s) => s.setMoneyUnit);
  const storage = useAppStore((s) => s.storage);
  const setStorage = useAppStore((s) => s.setStorage);
  useEffect(() => {
    void readStorageStatus().then(setStorage);
  }, [setStorage]);
  const chooseUnit = (unit: MoneyUnit) => {
    setMoneyUnit(unit);
    void writeSetting('moneyUnit', unit);
  };
  const persisted = storage?.persisted;
  return (
    <div className="settings">
      <h2 className="view-title">{t('title')}</h2>
      <section className="settings-card" aria-labelledby="settings-display">
        <h3 id="settings-display">{t('display')}</h3>
        <div className="settings-row">
          <label htmlFor="settings-lang">{t('language')}</label>
          <select id="settings-lang" value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'zh')}>
            <option value="zh">中文（简体）</option>
            <option value="en">English</option>
          </select>
        </div>
        <fieldset className="settings-row">
          <legend>{t('money')}</legend>
          {(['wan', 'yuan'] as const).map((unit) => (
            <label key={unit} className="radio">
              <input type="radio" name="money-unit" value={unit} checked={moneyUnit === unit} onChange={() => chooseUnit(unit)} />
              {t(`unit.${unit}`)} <span className="muted">({formatMoney(1_234_500, unit, lang)})</span>
            </label>
          ))}
        </fieldset>
      </section>
      <section className="settings-card" aria-labelledby="settings-storage">
        <h3 id="settings-storage">{t('storage.title')}</h3>
        <p data-testid="storage-status" className={persisted === false ? 'storage-warn' : undefined}>
          {persisted === true ? t('storage.persisted') : persisted === false ? t('storage.notPersisted') : t('storage.unknown')}
        </p>
        {storage?.usageBytes !== undefined && storage.quotaBytes !== undefined ? (
          <p className="muted">{t('storage.usage', { usage: formatBytes(storage.usageBytes, lang), quota: formatBytes(storage.quotaBytes, lang) })}</p>
        ) : null}
        {persisted === false ? <Button onClick={() => void requestPersistentStorage().then(setStorage)}>{t('storage.ask')}</Button> : null}
        <p className="muted">{t('storage.backup')}</p>
      </section>
      <BackupSection />
      <section className="settings-card" aria-label={t('priceBook')}>
        <PriceBookSection />
      </section>
      <section className="settings-card">
        <TargetSection />
      </section>
    </div>
  );
}
