/** The domestic-priority procurement list: engine, province rules and the export table. */
export * from './types';
export { archOfCpuFamily, buildProcurementList, inferTarget, summarise } from './procurement';
export type { ProcurementOptions } from './procurement';
export { PLACE_NAMES_EN, placeName, PROCUREMENT_RULES_KEY, PROVINCE_RULES, RULE_KINDS, readProcurementRules, rulesForProvince, withProcurementRules } from './provinceRules';
export type { ProvinceRule, RuleKind } from './provinceRules';
export { alternativeName, procurementTable, replacedName } from './table';
export type { ProcurementTable } from './table';
