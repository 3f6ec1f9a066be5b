import { GLOSSARY } from '../../../../shared/model/labels';
import { ITEM_LABELS } from '../../../../shared/report/labels';

export const messages = {
  title: 'Spend forecast',
  subtitle: 'Xinchuang replacement spend per year and line (low–high band), budget cap and domestic coverage; national hospital OS and CPU market model.',
  tabs: { project: 'Project forecast', compare: 'Scenarios', market: 'National market', book: 'Price book' },
  loading: 'Computing…',
  noProject: 'Open or create a project under “Projects” first.',
  error: 'Cannot compute the forecast:',
  tableCaption: 'Amounts in {{unit}}',
  lines: GLOSSARY.en.costLine,
  chart: { label: 'Spend per year, stacked by line', band: 'Price-book low–high band (each price at its own low/high)', budget: 'Budget cap per year (caps one-off spend)', oneOff: 'One-off spend (counted against the cap)', coverage: 'Business systems on a domestic stack', coverageAxis: 'Coverage' },
  table: {
    year: 'Year', total: 'Total', range: 'Low–high', coverage: 'Coverage', securityShare: 'Security share', budget: 'Budget cap', sum: 'Total',
    belowMinimum: 'below the {{min}} minimum',
    oneOff: 'One-off', support: 'Support', assessments: 'Assessments', dualTrack: 'Dual track', change: 'Training', savings: 'Savings', shortfall: 'Security shortfall', highOverBudget: 'high end over the budget cap',
    rangeNote: 'Low–high: every price at its own low and high in the price book. The total adds up by cost line and by kind of money: one-off + support + assessments + dual track + training = total. One-off equals the plan\'s waves and the procurement list and is limited by the annual budget cap (the plan\'s waves are fitted to it); support (subscriptions and maintenance of the domestic products bought), security assessments (等保/密评), dual-track running (the old system\'s support while both run) and training are outside the cap. Savings are foreign support contracts that stop when their platform retires, not netted out of the total; the security shortfall is the security spend missing for {{min}}, in yuan.',
  },
  summary: {
    totalNote: 'Includes yearly subscriptions and support',
    total: 'Spend over the horizon', peak: 'Peak year', fullCoverage: 'Full coverage', fullCoverageNote: 'every asset to be replaced is domestic', fullCoverageRetained: 'assets retained by exception not counted: {{count}}', notReached: 'not within the horizon', flags: 'Years short on security',
    beyond: 'Waves after the horizon: {{amount}}', securityNote: 'New IT projects reserve at least {{min}} of their budget for network security (NHC 2022 No. 29, Art. 30).',
  },
  budgetNeed: { title: 'Budget and pace', ask: 'Work out the budget needed', asking: 'Planning again under other yearly budgets…', hint: 'Compares the plan under the cap of {{cap}} a year with the plan without a cap, and finds the smallest yearly budget that keeps that pace (up to 14 plans).' },
  compare: {
    loading: 'Planning and pricing each scenario…',
    name: 'Scenario', total: 'Total spend', range: 'Low–high', years: 'Years to full coverage', peakYear: 'Peak year', peakSpend: 'Peak spend',
    finalCoverage: 'Final coverage', waves: 'Waves', unscheduled: 'Unscheduled', single: 'The project has one scenario; add scenarios in the plan view to compare.', notReached: 'not reached', yearsValue: '{{count}} yr',
  },
  market: {
    title: 'Hospital domestic OS and CPU market in China (100M yuan)', os: 'OS', cpu: 'CPU', seed: 'Seed figure', model: 'Model',
    seedTable: 'Beside the figures published by EO Intelligence', point: 'Published', modelValue: 'Model', deviation: 'Deviation', within: 'within tolerance', outside: 'outside tolerance',
    assumptions: 'Model assumptions (editable)', reset: 'Reset to default assumptions', hospitals: 'Hospitals', terminals: 'Terminals', servers: 'Servers',
    grade: { tertiary: 'Tertiary', secondary: 'Secondary', primary: 'Primary', ungraded: 'Ungraded' },
    perHospitalTerminals: 'Terminals per hospital', perHospitalServers: 'Servers per hospital', growth: 'Hospital growth per year',
    adoption: 'Cumulative domestic share (year end)', prices: 'Unit prices (yuan, {{year}} prices)', osDesktop: 'OS · desktop', osServer: 'OS · server',
    cpuTerminal: 'CPU platform · terminal', cpuServer: 'CPU platform · server', price: 'Price', change: 'Change/yr', support: 'Support/yr',
    cpuNote: 'The CPU market is valued at the domestic-CPU platform (machine) price: at bare chip prices the hospital installed base cannot reach 52.19 billion yuan.',
  },
  book: {
    title: 'Price book', intro: 'Unit prices of the domestic replacement (yuan per unit), low/base/high, annual price change and yearly support rate. Defaults are planning estimates: replace them with local tender prices; an asset’s own unit cost wins over the book.',
    item: 'Item', line: 'Line', low: 'Low', base: 'Base', high: 'High', change: 'Change %/yr', recurring: 'Support %/yr', estimate: 'estimate', quoted: 'edited',
    source: 'Source', cpuFamily: 'Target CPU family', baseYear: 'Price base year', reset: 'Reset to default prices', saved: 'Saved', saveFailed: 'Save failed: {{message}}', noProject: 'Open a project to edit its price book.',
    families: { mixed: 'Mixed (unspecified)', kunpeng: 'Kunpeng', phytium: 'Phytium', loongson: 'Loongson', hygon: 'Hygon', zhaoxin: 'Zhaoxin' },
    items: ITEM_LABELS.en,
  },
};
