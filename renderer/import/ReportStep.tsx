/**
 * The validation report: every problem with file, row and column; the words the tables did not
 * know, as one small "value → meaning" table decided once for the file; the short-date order
 * chosen per column; when some rows have errors, the choice to import the valid rows and set the
 * others aside (downloadable with a reason column); a preview of the assets as they will be
 * written, with the classifier's suggestions marked; and an optional dependency CSV.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { systemScale } from '../../shared/classify/tiers';
import { VALUE_CHOICES } from '../../shared/io';
import type { DateOrder, ValueField, ValueMap } from '../../shared/io';
import type { Issue } from '../../shared/model';
import { Button } from '../components/Button';
import { Chip, chipTone } from '../components/Chip';
import { IssueList } from '../components/IssueList';
import type { ConvertResult, SuggestedValues } from './importTasks';
import { toLang } from '../../shared/format';

const PREVIEW_ASSETS = 50;

export type ReportStepProps = {
  converted: ConvertResult;
  acceptSuggestions: boolean;
  onAcceptSuggestions: (accept: boolean) => void;
  existingIds: readonly string[];
  mode: 'replace' | 'add';
  deps: { fileName: string; count: number; issues: Issue[] } | undefined;
  onPickDeps: (file: File) => void;
  /** The value decisions in force, and a callback that re-checks with new ones. */
  values: ValueMap;
  onValues: (values: ValueMap) => void;
  onDateOrder: (header: string, order: DateOrder) => void;
  /** Whether the user chose to import the valid rows and set the others aside. */
  partial: boolean;
  onPartial: (partial: boolean) => void;
  onDownloadRejects: (format: 'csv' | 'xlsx') => void;
};

export function ReportStep({ converted, acceptSuggestions, onAcceptSuggestions, existingIds, mode, deps, onPickDeps, values, onValues, onDateOrder, partial, onPartial, onDownloadRejects }: ReportStepProps) {
  const { t, i18n } = useTranslation('import');
  const lang = toLang(i18n.language);
  const errors = converted.issues.filter((i) => i.severity === 'error').length;
  const warnings = converted.issues.length - errors;
  const [draft, setDraft] = useState<ValueMap>(values);
  const choose = (field: ValueField, key: string, meaning: string) => setDraft((old) => ({ ...old, [field]: { ...old[field], [key]: meaning } }));
  // Categories, tiers and origins read as everywhere else in the app; status meanings are the wizard's own.
  const meaningLabel = (field: ValueField, meaning: string): string =>
    field === 'disposition' ? t(`values.status.${meaning}`) : meaning === 'other' ? t('values.other') : t(`common:${field}.${meaning}`, { defaultValue: meaning });
  const canPartial = !converted.ok && converted.assets.length > 0 && converted.rejects.length > 0;
  return (
    <div className="wiz-report">
      <p className={`wiz-summary ${converted.ok ? 'is-ok' : 'is-bad'}`} role="status" data-testid="import-summary">
        {converted.ok ? t('report.ok', { count: converted.assets.length, warnings }) : t('report.bad', { errors, warnings })}
      </p>
      {converted.unknownValues.length > 0 ? (
        <section className="wiz-values" data-testid="value-table">
          <h3>{t('values.title')}</h3>
          <p className="muted">{t('values.hint')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('values.column')}</th>
                <th scope="col">{t('values.value')}</th>
                <th scope="col" className="num">{t('values.rows')}</th>
                <th scope="col">{t('values.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {converted.unknownValues.map((item) => (
                <tr key={`${item.section ?? ''}\u0001${item.field}\u0001${item.key}`}>
                  <td>{item.header}</td>
                  <td>{item.value}</td>
                  <td className="num">{item.count}</td>
                  <td>
                    <select aria-label={t('values.aria', { value: item.value })} value={draft[item.field]?.[item.key] ?? ''} onChange={(e) => choose(item.field, item.key, e.target.value)}>
                      <option value="">{t('values.undecided')}</option>
                      <option value="ignore">{t('values.ignore')}</option>
                      {(VALUE_CHOICES[item.field] as readonly string[]).map((meaning) => (
                        <option key={meaning} value={meaning}>
                          {meaningLabel(item.field, meaning)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button onClick={() => onValues(clean(draft))}>{t('values.apply')}</Button>
        </section>
      ) : null}
      {converted.dateOrders.length > 0 ? (
        <section className="wiz-dates">
          {converted.dateOrders.map((choice) => (
            <label key={`${choice.section ?? ''}\u0001${choice.header}`} className="wiz-inline">
              {t('dates.label', { header: choice.header, example: choice.example ?? '' })}
              <select aria-label={t('dates.aria', { header: choice.header })} value={choice.order} onChange={(e) => onDateOrder(choice.header, e.target.value as DateOrder)}>
                <option value="mdy">{t('dates.mdy')}</option>
                <option value="dmy">{t('dates.dmy')}</option>
              </select>
            </label>
          ))}
        </section>
      ) : null}
      {converted.rejects.length > 0 ? (
        <section className="wiz-partial">
          {canPartial ? (
            <label className="wiz-check">
              <input type="checkbox" data-testid="import-partial" checked={partial} onChange={(e) => onPartial(e.target.checked)} />
              {t('partial.choose', { valid: converted.assets.length, rejected: converted.rejects.length })}
            </label>
          ) : null}
          <p className="muted">{t('partial.hint')}</p>
          <Button data-testid="rejects-csv" onClick={() => onDownloadRejects('csv')}>
            {t('partial.csv', { count: converted.rejects.length })}
          </Button>{' '}
          <Button data-testid="rejects-xlsx" onClick={() => onDownloadRejects('xlsx')}>
            {t('partial.xlsx')}
          </Button>
        </section>
      ) : null}
      <IssueList issues={converted.issues} testId="import-issues" />
      {converted.ok || (partial && canPartial) ? (
        <>
          <label className="wiz-check">
            <input type="checkbox" checked={acceptSuggestions} onChange={(e) => onAcceptSuggestions(e.target.checked)} />
            {t('report.accept', { categories: converted.suggested.categories.length, tiers: Object.keys(converted.suggested.tiers).length, origins: Object.keys(converted.suggested.origins).length, dispositions: Object.keys(converted.suggested.dispositions).length })}
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
                  <th scope="col">{t('field.tier')}</th>
                  <th scope="col">{t('field.scale')}</th>
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
                    <td>
                      {a.tier ? t(`common:tier.${a.tier}`) : ''}
                      {converted.suggested.tiers[a.id] ? <Chip tone="accent">{t('report.suggested')}</Chip> : null}
                    </td>
                    <td>
                      {/* The scale a system is priced at: the file's, else the one its name stands for (corrected later in the asset panel). */}
                      {a.category === 'application' ? (a.scale ? t(`common:scale.${a.scale}`) : <>{t(`common:scale.${systemScale(a.name, a.product)}`)}<Chip tone="neutral">{t('report.fromName')}</Chip></>) : ''}
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

/**
 * The suggested dispositions counted for the review note. The keys are not the disposition names:
 * `replace` is an i18next option (the object of values to interpolate), and a number there
 * blanked every count of the sentence.
 */
function countDispositions(dispositions: SuggestedValues['dispositions']): { adapted: number; compliant: number; replaced: number } {
  const out = { adapted: 0, compliant: 0, replaced: 0 };
  for (const { disposition } of Object.values(dispositions)) {
    if (disposition === 'adapt') out.adapted++;
    else if (disposition === 'compliant') out.compliant++;
    else if (disposition === 'replace') out.replaced++;
  }
  return out;
}

/** Drops undecided rows from the value table's draft. */
function clean(values: ValueMap): ValueMap {
  const out: ValueMap = {};
  for (const [field, words] of Object.entries(values) as [ValueField, Record<string, string> | undefined][]) {
    const kept = Object.fromEntries(Object.entries(words ?? {}).filter(([, meaning]) => meaning !== ''));
    if (Object.keys(kept).length > 0) (out as Record<string, Record<string, string>>)[field] = kept;
  }
  return out;
}
