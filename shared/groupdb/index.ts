/** The group store (issue 17): a hospital group's / health commission's PostgreSQL. */
export * from './analysis';
export * from './connection';
export * from './db';
export * from './migrate';
export * from './prepare';
export * from './rows';
export * from './store';
export * from './sheets';
