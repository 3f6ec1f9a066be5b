/**
 * Settings of the active project that procurement reads: the target platform (OS × CPU family)
 * that orders the alternatives, and the adaptation matrix (互认证) of applications the developers
 * port, editable row by row.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { readAdaptationMatrix, STARTER_ADAPTATION_MATRIX, targetPlatformOf } from '../../../shared/procurement';
import type { AdaptationCert } from '../../../shared/procurement';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { useAppStore } from '../../state/store';
import { saveAdaptationMatrix, saveTargetPlatform } from '../../db/extensions';
import './procurement.css';

const OS_OPTIONS = ['银河麒麟', '统信 UOS', '方德', '麒麟信安'] as const;
const CPU_OPTIONS = ['海光', '兆芯', '鲲鹏', '飞腾', '龙芯', '申威'] as const;
const EMPTY: AdaptationCert = { vendor: '', product: '', os: '', cpu: '', source: '' };

export function TargetSection() {
  const { t } = useTranslation('procurement');
  const projectId = useAppStore((s) => s.activeProjectId);
  const project = useActiveProjectFile();
  const [draft, setDraft] = useState<AdaptationCert>(EMPTY);
  const [message, setMessage] = useState('');
  if (!project || !projectId) return <p className="proc-note">{t('settings.noProject')}</p>;
  const target = targetPlatformOf(project) ?? {};
  const own = readAdaptationMatrix(project).value.slice(STARTER_ADAPTATION_MATRIX.length);
  const report = (promise: Promise<void>) =>
    promise.then(
      () => setMessage(t('settings.saved')),
      (error: unknown) => setMessage(t('settings.saveFailed', { message: error instanceof Error ? error.message : String(error) })),
    );
  const setTarget = (patch: { os?: string; cpu?: string }) => {
    const next = { ...target, ...patch };
    void report(saveTargetPlatform(projectId, { ...(next.os ? { os: next.os } : {}), ...(next.cpu ? { cpu: next.cpu } : {}) }, new Date().toISOString()));
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.vendor.trim() || !draft.os.trim() || !draft.cpu.trim()) {
      setMessage(t('settings.required'));
      return;
    }
    const row: AdaptationCert = { vendor: draft.vendor.trim(), product: draft.product.trim(), os: draft.os.trim(), cpu: draft.cpu.trim(), source: draft.source.trim() };
    if (draft.database?.trim()) row.database = draft.database.trim();
    if (draft.date && /^\d{4}-\d{2}-\d{2}$/.test(draft.date)) row.date = draft.date;
    void report(saveAdaptationMatrix(projectId, [...own, row], new Date().toISOString()));
    setDraft(EMPTY);
  };
  const remove = (index: number) => void report(saveAdaptationMatrix(projectId, own.filter((_, i) => i !== index), new Date().toISOString()));
  const field = (key: keyof AdaptationCert, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  );
  return (
    <section className="proc-settings" aria-labelledby="proc-settings-title">
      <h3 id="proc-settings-title">{t('settings.title')}</h3>
      <p className="proc-note">{t('settings.intro')}</p>
      <div className="proc-settings-row">
        <label>
          {t('settings.os')}
          <select value={target.os ?? ''} onChange={(e) => setTarget({ os: e.target.value })}>
            <option value="">{t('settings.inferred')}</option>
            {[...new Set([...OS_OPTIONS, ...(target.os ? [target.os] : [])])].map((os) => <option key={os} value={os}>{os}</option>)}
          </select>
        </label>
        <label>
          {t('settings.cpu')}
          <select value={target.cpu ?? ''} onChange={(e) => setTarget({ cpu: e.target.value })}>
            <option value="">{t('settings.inferred')}</option>
            {[...new Set([...CPU_OPTIONS, ...(target.cpu ? [target.cpu] : [])])].map((cpu) => <option key={cpu} value={cpu}>{cpu}</option>)}
          </select>
        </label>
        <span role="status" className="proc-note">{message}</span>
      </div>
      <h4>{t('settings.matrix')}</h4>
      <p className="proc-note">{t('settings.matrixIntro')}</p>
      <table className="proc-matrix">
        <thead>
          <tr>
            {(['vendor', 'product', 'os', 'cpu', 'database', 'date', 'source'] as const).map((col) => <th key={col} scope="col">{t(`settings.cols.${col}`)}</th>)}
            <th scope="col">{t('settings.remove')}</th>
          </tr>
        </thead>
        <tbody>
          {own.length === 0 ? (
            <tr>
              <td colSpan={8} className="proc-note">{t('settings.matrixEmpty')}</td>
            </tr>
          ) : null}
          {own.map((row, index) => (
            <tr key={`${row.vendor}-${row.product}-${row.os}-${row.cpu}-${index}`}>
              <td>{row.vendor}</td>
              <td>{row.product}</td>
              <td>{row.os}</td>
              <td>{row.cpu}</td>
              <td>{row.database ?? ''}</td>
              <td>{row.date ?? ''}</td>
              <td>{row.source}</td>
              <td>
                <button type="button" onClick={() => remove(index)} aria-label={t('settings.removeRow', { vendor: row.vendor, product: row.product })}>
                  {t('settings.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="proc-settings-row" onSubmit={add} aria-label={t('settings.addTitle')}>
        {field('vendor', t('settings.cols.vendor'))}
        {field('product', t('settings.cols.product'))}
        {field('os', t('settings.cols.os'))}
        {field('cpu', t('settings.cols.cpu'))}
        {field('database', t('settings.cols.database'))}
        {field('date', t('settings.cols.date'), 'date')}
        {field('source', t('settings.cols.source'))}
        <button type="submit">{t('settings.add')}</button>
      </form>
    </section>
  );
}
