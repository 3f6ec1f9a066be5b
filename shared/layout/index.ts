/** Pure layout maths for the graph and planning views (no DOM, tested in Node). */
export * from './groups';
export * from './rings';
export * from './viewport';
export * from './estate';
export * from './playback';
export * from './timeline';
