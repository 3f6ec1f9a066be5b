export * from './types';
export * from './issues';
export * from './schema';
export * from './defaults';
export * from './labels';
export * from './convert';
export * from './disposition';
export * from './memo';
