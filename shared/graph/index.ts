/** Typed-array graph primitives for the planner and the views (pure, iterative, linear). */
export * from './csr';
export * from './algorithms';
export * from './assetGraph';
export * from './impact';
