/** National hospital market model: domestic OS and CPU markets per year, with the seed's published points. */
export * from './types';
export * from './assumptions';
export * from './model';
export * from './layout';
export * from './validate';
