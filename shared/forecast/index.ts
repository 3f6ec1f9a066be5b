/** Spend forecast: price book, replacement cost per asset, spend per year and line, scenario comparison, chart layout. */
export * from './types';
export * from './priceBook';
export * from './cost';
export * from './forecast';
export * from './compare';
export * from './layout';
