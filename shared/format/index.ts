/**
 * Formatting for every surface (views, CLI, report, exports): one `Lang`, one `MoneyUnit`, money,
 * numbers, shares, bytes, dates, safe file names, markup escaping, and the one palette.
 */
export * from './number';
export * from './money';
export * from './bytes';
export * from './date';
export * from './fileName';
export * from './palette';
export * from './markup';
export * from './clauses';
