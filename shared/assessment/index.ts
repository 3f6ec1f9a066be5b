/** Per-system migration assessment: questionnaire, difficulty model, archetypes (issue 16). */
export * from './questions';
export * from './model';
export * from './store';
