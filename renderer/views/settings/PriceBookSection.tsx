/**
 * The price book of the active project, editable: low / base / high unit prices, annual change and
 * support rate per item, the target CPU family, and a reset to the defaults. Saved in the
 * project's `extensions.priceBook`, so it exports with the project file.
 */
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { CPU_FAMILIES, PRICE_ITEMS, readPriceBook, setItemPrice, setItemRate } from '../../../shared/forecast';
import type { CpuFamily, PriceBook, PriceItem, PriceRange } from '../../../shared/forecast';
import { formatIssue } from '../../../shared/model';
import { useActiveProjectFile } from '../../hooks/useActiveProject';
import { useAppStore } from '../../state/store';
import { savePriceBook } from '../../db/extensions';
import '../forecast/forecast.css';
import { toLang } from '../../../shared/format';
import type { Lang } from '../../../shared/format';

export function PriceBookSection() {
  const { t, i18n } = useTranslation('forecast');
  const lang = toLang(i18n.language);
  const projectId = useAppStore((s) => s.activeProjectId);
  const project = useActiveProjectFile();
  const [message, setMessage] = useState('');
  if (project === undefined) return <p className="fc-note">{t('loading')}</p>;
  if (project === null || !projectId) return <p className="fc-note">{t('book.noProject')}</p>;
  const read = readPriceBook(project);
  if (!read.ok) {
    return (
      <div role="alert" className="fc-error">
        <ul>{read.issues.map((issue, i) => <li key={i}>{formatIssue(issue, lang)}</li>)}</ul>
        <button type="button" onClick={() => void savePriceBook(projectId, undefined, new Date().toISOString())}>{t('book.reset')}</button>
      </div>
    );
  }
  const book = read.value;
  const save = (next: PriceBook | undefined) => {
    setMessage('');
    savePriceBook(projectId, next, new Date().toISOString()).then(
      () => setMessage(t('book.saved')),
      (error: unknown) => setMessage(t('book.saveFailed', { message: error instanceof Error ? error.message : String(error) })),
    );
  };
  return (
    <section className="fc-book" aria-labelledby="fc-book-title">
      <h3 id="fc-book-title">{t('book.title')}</h3>
      <p className="fc-note">{t('book.intro')}</p>
      <div className="fc-book-toolbar">
        <label>
          {t('book.cpuFamily')}
          <select value={book.cpuFamily} onChange={(e) => save({ ...book, cpuFamily: e.target.value as CpuFamily })}>
            {CPU_FAMILIES.map((family) => <option key={family} value={family}>{t(`book.families.${family}`)}</option>)}
          </select>
        </label>
        <span className="fc-note">{t('book.baseYear')}：{book.baseYear}</span>
        <button type="button" className="fc-button-secondary" onClick={() => save(undefined)}>{t('book.reset')}</button>
        <span role="status" className="fc-note">{message}</span>
      </div>
      <table className="fc-table fc-edit" data-testid="price-book">
        <thead>
          <tr>
            <th scope="col">{t('book.item')}</th>
            <th scope="col">{t('book.line')}</th>
            <th scope="col">{t('book.low')}</th>
            <th scope="col">{t('book.base')}</th>
            <th scope="col">{t('book.high')}</th>
            <th scope="col">{t('book.change')}</th>
            <th scope="col">{t('book.recurring')}</th>
            <th scope="col">{t('book.source')}</th>
          </tr>
        </thead>
        <tbody>
          {PRICE_ITEMS.map((item) => (
            <BookRow key={item} item={item} book={book} lang={lang} onSave={save} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

type RowProps = { item: PriceItem; book: PriceBook; lang: Lang; onSave: (book: PriceBook) => void };

function BookRow({ item, book, lang, onSave }: RowProps) {
  const { t } = useTranslation('forecast');
  const entry = book.items[item];
  const label = t(`book.items.${item}`);
  const commitPrice = (variant: keyof PriceRange, text: string) => {
    const value = Number(text);
    if (text.trim() !== '' && Number.isFinite(value) && value >= 0 && value !== entry.price[variant]) onSave(setItemPrice(book, item, variant, value));
  };
  const commitRate = (field: 'annualChange' | 'recurringRate', text: string) => {
    const value = Number(text) / 100;
    const valid = field === 'annualChange' ? value > -0.9 && value <= 1 : value >= 0 && value <= 2;
    if (text.trim() !== '' && Number.isFinite(value) && valid && Math.abs(value - entry[field]) > 1e-12) onSave(setItemRate(book, item, field, value));
  };
  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') e.currentTarget.blur();
  };
  // Inputs are keyed by the stored value so a save (or a reset) refreshes them.
  return (
    <tr data-item={item}>
      <th scope="row">
        {label}
        {entry.estimate ? <span className="fc-badge">{t('book.estimate')}</span> : <span className="fc-badge fc-badge-quoted">{t('book.quoted')}</span>}
      </th>
      <td>{t(`lines.${entry.line}`)}</td>
      {(['low', 'base', 'high'] as const).map((variant) => (
        <td key={variant}>
          <input key={entry.price[variant]} type="number" min={0} step="any" aria-label={`${label} ${t(`book.${variant}`)}`} defaultValue={+entry.price[variant].toFixed(2)}
            onBlur={(e) => commitPrice(variant, e.target.value)} onKeyDown={onEnter} />
        </td>
      ))}
      <td>
        <input key={entry.annualChange} type="number" step={0.5} aria-label={`${label} ${t('book.change')}`} defaultValue={+(entry.annualChange * 100).toFixed(2)}
          onBlur={(e) => commitRate('annualChange', e.target.value)} onKeyDown={onEnter} />
      </td>
      <td>
        <input key={entry.recurringRate} type="number" min={0} step={1} aria-label={`${label} ${t('book.recurring')}`} defaultValue={+(entry.recurringRate * 100).toFixed(2)}
          onBlur={(e) => commitRate('recurringRate', e.target.value)} onKeyDown={onEnter} />
      </td>
      <td className="fc-source" title={entry.source[lang]}>{entry.source[lang]}</td>
    </tr>
  );
}
