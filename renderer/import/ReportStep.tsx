/**
 * The validation report: every problem with file, row and column; a preview of the assets as
 * they will be written, with the classifier's suggestions marked; and an optional dependency CSV.
 */
import { useTranslation } from 'react-i18next';

import type { Issue } from '../../shared/model';
import { Chip, chipTone } from '../components/Chip';
import { IssueList } from '../components/IssueList';
import type { ConvertResult, SuggestedValues } from './importTasks';
import { toDisplayLang } from '../components/format';

const PREVIEW_ASSETS = 50;

export type ReportStepProps = {
  converted: ConvertResult;
  acceptSuggestions: boolean;
  onAcceptSuggestions: (accept: boolean) => void;
  existingIds: readonly string[];
  mode: 'replace' | 'add';
  deps: { fileName: string; count: number; issues: Issue[] } | undefined;
  onPickDeps: (file: File) => void;
};

export function ReportStep({ converted, acceptSuggestions, onAcceptSuggestions, existingIds, mode, deps, onPickDeps }: ReportStepProps) {
  const { t, i18n } = useTranslation('import');
  const lang = toDisplayLang(i18n.language);
  const errors = converted.issues.filter((i) => i.severity === 'error').length;
  const warnings = converted.issues.length - errors;
  return (
    <div className="wiz-report">
      <p className={`wiz-summary ${converted.ok ? 'is-ok' : 'is-bad'}`} role="status" data-testid="import-summary">
        {converted.ok ? t('report.ok', { count: converted.assets.length, warnings }) : t('report.bad', { errors, warnings })}
      </p>
      <IssueList issues={converted.issues} testId="import-issues" />
      {converted.ok ? (
        <>
          <label className="wiz-check">
            <input type="checkbox" checked={acceptSuggestions} onChange={(e) => onAcceptSuggestions(e.target.checked)} />
            {t('report.accept', { categories: converted.suggested.categories.length, origins: Object.keys(converted.suggested.origins).length, dispositions: Object.keys(converted.suggested.dispositions).length })}
          </label>
          {Object.keys(converted.suggested.dispositions).length > 0 ? (
            <p className="wiz-warn" role="note" data-testid="import-review-dispositions">
              {t('report.reviewDispositions', countDispositions(converted.suggested.dispositions))}
            </p>
          ) : null}
          {mode === 'add' && existingIds.length > 0 ? (
            <p className="wiz-warn" role="status">
              {t('report.existing', { count: existingIds.length, ids: existingIds.slice(0, 8).join('、') })}
            </p>
          ) : null}
          <div className="wiz-preview">
            <table>
              <thead>
                <tr>
                  <th scope="col" className="num">{t('row')}</th>
                  <th scope="col">{t('field.id')}</th>
                  <th scope="col">{t('field.name')}</th>
                  <th scope="col">{t('field.category')}</th>
                  <th scope="col">{t('field.vendor')}</th>
                  <th scope="col" className="num">{t('field.quantity')}</th>
                  <th scope="col">{t('field.vendorOrigin')}</th>
                  <th scope="col">{t('field.disposition')}</th>
                  <th scope="col">{t('field.department')}</th>
                </tr>
              </thead>
              <tbody>
                {converted.assets.slice(0, PREVIEW_ASSETS).map((a, i) => (
                  <tr key={a.id}>
                    <td className="num muted">{[converted.sheets[i], converted.rows[i]].filter((x) => x !== undefined).join(' · ')}</td>
                    <td className="mono">{a.id}</td>
                    <td>{a.name}</td>
                    <td>
                      {t(`common:category.${a.category}`)}
                      {converted.suggested.categories.includes(a.id) ? <Chip tone="accent">{t('report.suggested')}</Chip> : null}
                    </td>
                    <td>{[a.vendor, a.product].filter(Boolean).join(' ')}</td>
                    <td className="num">{a.quantity}</td>
                    <td>
                      {a.vendorOrigin ? <Chip tone={chipTone(a.vendorOrigin)}>{t(`common:vendorOrigin.${a.vendorOrigin}`)}</Chip> : ''}
                      {converted.suggested.origins[a.id] ? <Chip tone="accent">{t('report.suggested')}</Chip> : null}
                    </td>
                    <td>
                      {a.disposition ? t(`common:disposition.${a.disposition}`) : ''}
                      {converted.suggested.dispositions[a.id] ? <Chip tone="accent" title={converted.suggested.dispositions[a.id]!.reason[lang]}>{t('report.suggested')}</Chip> : null}
                    </td>
                    <td>{a.department ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {converted.assets.length > PREVIEW_ASSETS ? <p className="muted">{t('report.more', { count: converted.assets.length - PREVIEW_ASSETS })}</p> : null}
          <section className="wiz-deps">
            <h3>{t('deps.title')}</h3>
            <p className="muted">{t('deps.hint')}</p>
            <label className="wiz-file">
              {t('deps.pick')}
              <input type="file" accept=".csv,.xlsx" data-testid="deps-input" onChange={(e) => e.target.files?.[0] && onPickDeps(e.target.files[0])} />
            </label>
            {deps ? (
              <>
                <p role="status">{t('deps.read', { file: deps.fileName, count: deps.count })}</p>
                <IssueList issues={deps.issues} testId="deps-issues" />
              </>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}

function countDispositions(dispositions: SuggestedValues['dispositions']): { adapt: number; compliant: number; replace: number } {
  const out = { adapt: 0, compliant: 0, replace: 0 };
  for (const { disposition } of Object.values(dispositions)) if (disposition === 'adapt' || disposition === 'compliant' || disposition === 'replace') out[disposition]++;
  return out;
}
