/** A table of the printed report from its columns as data: heading, cell, class, width and total of each. */
import type { HTMLAttributes, ReactNode } from 'react';

import { formatMoney, formatNumber, formatShare, localeOf } from '../../../shared/format';
import type { Lang } from '../../../shared/format';

export type DocColumn<R> = {
  head: ReactNode;
  cell: (row: R) => ReactNode;
  /** A figure: right-aligned, heading included. */
  num?: boolean;
  /** More classes of the column's cells, or of one row's cell. */
  cls?: string | ((row: R) => string);
  /** The row's heading (`<th scope="row">`). */
  rowHead?: boolean;
  width?: string;
  /** The column's cell in the totals row. */
  foot?: ReactNode;
};

const classes = (num: boolean | undefined, more: string | undefined): string | undefined => [num ? 'num' : '', more ?? ''].filter(Boolean).join(' ') || undefined;

export function DocTable<R>({ columns, rows, rowKey, rowProps, ...table }: {
  columns: readonly DocColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string | number;
  rowProps?: (row: R) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, unknown>;
  className: string;
  'data-testid'?: string;
  'data-year'?: number;
}) {
  const cell = (c: DocColumn<R>, i: number, content: ReactNode, cls: string | undefined) => (c.rowHead ? <th key={i} scope="row" className={cls}>{content}</th> : <td key={i} className={cls}>{content}</td>);
  return (
    <table {...table}>
      {columns.some((c) => c.width) ? <colgroup>{columns.map((c, i) => <col key={i} style={{ width: c.width }} />)}</colgroup> : null}
      <thead>
        <tr>{columns.map((c, i) => <th key={i} scope="col" className={classes(c.num, undefined)}>{c.head}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>{columns.map((c, i) => cell(c, i, c.cell(row), classes(c.num, typeof c.cls === 'function' ? c.cls(row) : c.cls)))}</tr>
        ))}
      </tbody>
      {columns.some((c) => c.foot !== undefined) ? (
        <tfoot>
          <tr>{columns.map((c, i) => (c.foot === undefined ? <td key={i} /> : cell(c, i, c.foot, classes(c.num, typeof c.cls === 'string' ? c.cls : undefined))))}</tr>
        </tfoot>
      ) : null}
    </table>
  );
}

/** The document's figures in its language: numbers, 万元 amounts, list separators. */
export function docFormats(lang: Lang) {
  const oneDecimal = new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    lang,
    money: (yuan: number) => formatMoney(yuan, 'wan', lang),
    yuan: (yuan: number) => formatMoney(yuan, 'yuan', lang),
    num: (v: number, digits = 0) => formatNumber(v, lang, digits),
    /** Money in 万元 with one fixed decimal, for tables. */
    wan: (yuan: number) => oneDecimal.format(yuan / 10_000),
    share: formatShare,
    /** A share with one fixed decimal, for tables (`8.0%` under `14.3%`). */
    shareCell: (fraction: number) => formatShare(fraction, 1, true),
    sep: lang === 'zh' ? '、' : ', ',
  };
}
export type DocFormats = ReturnType<typeof docFormats>;
