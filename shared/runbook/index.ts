/** Cut-over runbooks (issue 16): templates per category, generation from the plan, XLSX sheets. */
export * from './template';
export * from './build';
export * from './units';
export * from './export';
