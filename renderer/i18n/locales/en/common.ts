export const messages = {
  appName: 'Xinchuang Migration Planner',
  nav: {
    inventory: 'Inventory',
    plan: 'Migration plan',
    graph: 'Dependency graph',
    forecast: 'Spend forecast',
    procurement: 'Procurement list',
    report: 'Roadmap report',
    projects: 'Projects',
    settings: 'Settings',
  },
  language: 'Language',
  loading: 'Loading…',
};
