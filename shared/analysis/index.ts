/** The one analysis of a project: plan, costs at each year's prices, forecast lines, procurement list, coverage. */
export * from './analyse';
export * from './budget';
