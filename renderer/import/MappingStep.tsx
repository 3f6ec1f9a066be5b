/**
 * Column mapping with a preview: the tool or ledger layout the headers were recognised as, the
 * sheets to import (hidden ones left out unless ticked), the header row of each sheet (another
 * can be chosen), the rows left out as not assets, one select per column (auto-detected,
 * editable), the first rows as they will be read, and saving the mapping as the user's profile.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { MAPPABLE_FIELDS } from '../../shared/io';
import type { ColumnMapping, ImportField, ImportTable, TableRow, TableSheet } from '../../shared/io';
import { Button } from '../components/Button';
import { fieldOfColumn, missingRequired, setColumnField } from './wizardModel';

const PREVIEW_ROWS = 12;

export type MappingStepProps = {
  fileName: string;
  table: ImportTable;
  mappings: Record<string, ColumnMapping>;
  onChange: (sheet: string, mapping: ColumnMapping) => void;
  /** Re-reads the file with another header row for a sheet. */
  onHeaderRow: (sheet: string, row: number) => void;
  /** Re-reads the file with a sheet included or left out. */
  onIncludeSheet: (sheet: string, include: boolean) => void;
  /** Saves the current mapping (and value decisions) as a named profile. */
  onSaveProfile: (name: string) => void;
  savedProfile?: string;
};

/** Rows the header picker offers: the rows above the header, the header, the first data rows. */
function headerCandidates(sheet: TableSheet): TableRow[] {
  const header: TableRow = { row: sheet.headerRow, cells: sheet.headers };
  return [...(sheet.preamble ?? []), header, ...sheet.rows.slice(0, 5)];
}

export function MappingStep({ fileName, table, mappings, onChange, onHeaderRow, onIncludeSheet, onSaveProfile, savedProfile }: MappingStepProps) {
  const { t, i18n } = useTranslation('import');
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const [profileName, setProfileName] = useState('');
  const totalRows = table.sheets.reduce((n, s) => n + s.rows.length, 0);
  const workbook = table.kind === 'xlsx' || table.kind === 'xls' || table.kind === 'ods';
  const allSheets = [...table.sheets.map((s) => ({ name: s.name, included: true, reason: undefined as string | undefined })), ...(table.skippedSheets ?? []).map((s) => ({ name: s.name, included: false, reason: s.reason }))];
  return (
    <div className="wiz-mapping">
      <p className="wiz-facts" data-testid="import-facts">
        {t('facts', { file: fileName, kind: table.kind.toUpperCase(), rows: totalRows, sheets: table.sheets.length })}
        {table.encoding ? <span className="chip chip-accent">{t('encoding', { encoding: t(`enc.${table.encoding}`, { defaultValue: table.encoding }) })}</span> : null}
      </p>
      {table.profile ? (
        <p className="wiz-profile" role="status" data-testid="import-profile">
          {t('profile.detected', { name: table.profile.name[lang] })}
        </p>
      ) : null}
      {workbook && allSheets.length > 1 ? (
        <fieldset className="wiz-sheets">
          <legend>{t('sheets.label')}</legend>
          {allSheets.map((s) => (
            <label key={s.name}>
              <input type="checkbox" checked={s.included} onChange={(e) => onIncludeSheet(s.name, e.target.checked)} aria-label={t('sheets.include', { name: s.name })} />
              {s.name}
              {s.reason ? <span className="muted"> {t(`sheets.reason.${s.reason}`)}</span> : null}
            </label>
          ))}
        </fieldset>
      ) : null}
      {table.sheets.map((sheet) => {
        const mapping = mappings[sheet.name] ?? {};
        const missing = missingRequired(mapping);
        const skipped = sheet.skipped ?? [];
        return (
          <section key={sheet.name} className="wiz-sheet" aria-label={t('sheet', { name: sheet.name })}>
            {workbook ? <h3>{t('sheet', { name: sheet.name })}</h3> : null}
            <p className="muted">
              {t('headerRow', { row: sheet.upperHeaderRow !== undefined ? `${sheet.upperHeaderRow}–${sheet.headerRow}` : sheet.headerRow, rows: sheet.rows.length })}
              {missing.length > 0 ? (
                <span className="wiz-missing" role="alert">
                  {' '}
                  {t('missing', { fields: missing.map((f) => t(`field.${f}`)).join('、') })}
                </span>
              ) : null}
            </p>
            <label className="wiz-inline">
              {t('headerPick.label')}
              <select aria-label={t('headerPick.aria', { name: sheet.name })} value={sheet.headerRow} onChange={(e) => onHeaderRow(sheet.name, Number(e.target.value))}>
                {headerCandidates(sheet).map((row) => (
                  <option key={row.row} value={row.row}>
                    {t('headerPick.option', { row: row.row, text: row.cells.filter((c) => c.trim() !== '').slice(0, 4).join(' · ').slice(0, 48) })}
                  </option>
                ))}
              </select>
            </label>
            {skipped.length > 0 ? (
              <p className="muted" data-testid="import-skipped">
                {t('skippedRows', { list: skipped.slice(0, 12).map((s) => t('skippedRow', { row: s.row, reason: t(`skipReason.${s.reason}`) })).join('、'), count: skipped.length })}
              </p>
            ) : null}
            <div className="wiz-preview">
              <table>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('row')}
                    </th>
                    {sheet.headers.map((header, column) => {
                      const field = fieldOfColumn(mapping, column);
                      return (
                        <th key={column} scope="col" className={field ? 'is-mapped' : undefined}>
                          <div className="wiz-header">{header || t('noHeader', { n: column + 1 })}</div>
                          <select
                            aria-label={t('mapColumn', { header: header || column + 1 })}
                            value={field ?? ''}
                            onChange={(e) => onChange(sheet.name, setColumnField(mapping, column, (e.target.value || undefined) as ImportField | undefined))}
                          >
                            <option value="">{t('ignore')}</option>
                            {MAPPABLE_FIELDS.map((f) => (
                              <option key={f} value={f}>
                                {t(`field.${f}`)}
                              </option>
                            ))}
                          </select>
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {sheet.rows.slice(0, PREVIEW_ROWS).map((row) => (
                    <tr key={row.row}>
                      <td className="num muted">{row.row}</td>
                      {sheet.headers.map((_, column) => (
                        <td key={column}>{row.cells[column] ?? ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <div className="wiz-save-profile">
        <label>
          {t('profile.saveLabel')}
          <input type="text" value={profileName} onChange={(e) => setProfileName(e.target.value)} placeholder={t('profile.placeholder')} />
        </label>
        <Button disabled={profileName.trim() === ''} onClick={() => onSaveProfile(profileName.trim())}>
          {t('profile.save')}
        </Button>
        {savedProfile ? <span role="status">{t('profile.saved', { name: savedProfile })}</span> : null}
      </div>
    </div>
  );
}
