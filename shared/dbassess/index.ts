/** Database migration assessment per instance (issue 16). SQL for the counts: CATALOGUE-QUERIES.md. */
export * from './estimate';
export * from './catalogue';
export * from './store';
