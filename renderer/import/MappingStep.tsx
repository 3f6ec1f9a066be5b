/**
 * Column mapping with a preview: one select per column (auto-detected from the headers, editable),
 * the header row and encoding that were detected, and the first rows as they will be read.
 */
import { useTranslation } from 'react-i18next';

import { IMPORT_FIELDS } from '../../shared/io';
import type { ColumnMapping, ImportField, ImportTable } from '../../shared/io';
import { fieldOfColumn, missingRequired, setColumnField } from './wizardModel';

const PREVIEW_ROWS = 12;

export type MappingStepProps = {
  fileName: string;
  table: ImportTable;
  mappings: Record<string, ColumnMapping>;
  onChange: (sheet: string, mapping: ColumnMapping) => void;
};

export function MappingStep({ fileName, table, mappings, onChange }: MappingStepProps) {
  const { t } = useTranslation('import');
  const totalRows = table.sheets.reduce((n, s) => n + s.rows.length, 0);
  return (
    <div className="wiz-mapping">
      <p className="wiz-facts" data-testid="import-facts">
        {t('facts', { file: fileName, kind: table.kind.toUpperCase(), rows: totalRows, sheets: table.sheets.length })}
        {table.encoding ? <span className="chip chip-accent">{t('encoding', { encoding: t(`enc.${table.encoding}`, { defaultValue: table.encoding }) })}</span> : null}
      </p>
      {table.sheets.map((sheet) => {
        const mapping = mappings[sheet.name] ?? {};
        const missing = missingRequired(mapping);
        return (
          <section key={sheet.name} className="wiz-sheet" aria-label={t('sheet', { name: sheet.name })}>
            {table.kind === 'xlsx' ? <h3>{t('sheet', { name: sheet.name })}</h3> : null}
            <p className="muted">
              {t('headerRow', { row: sheet.headerRow, rows: sheet.rows.length })}
              {missing.length > 0 ? (
                <span className="wiz-missing" role="alert">
                  {' '}
                  {t('missing', { fields: missing.map((f) => t(`field.${f}`)).join('、') })}
                </span>
              ) : null}
            </p>
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
                            {IMPORT_FIELDS.map((f) => (
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
    </div>
  );
}
