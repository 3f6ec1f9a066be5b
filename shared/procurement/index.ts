/** The domestic-priority procurement list: engine, province rules and the export table. */
export * from './types';
export { archOfCpuFamily, assessmentText, buildProcurementList, inferTarget, resolveTarget, summarise } from './procurement';
export { ADAPTATION_MATRIX_KEY, certificationOf, readAdaptationMatrix, STARTER_ADAPTATION_MATRIX } from './adaptation';
export type { AdaptationCert } from './adaptation';
export { dispositionOf, targetPlatformOf, tenderTimingOf, vendorOriginOf } from './assetState';
export type { ProcurementOptions } from './procurement';
export { PLACE_NAMES_EN, placeName, PROCUREMENT_RULES_KEY, PROVINCE_RULES, RULE_KINDS, readProcurementRules, rulesForProvince } from './provinceRules';
export type { ProvinceRule, RuleKind } from './provinceRules';
export { alternativeLabel, alternativeName, certificationText, listingText, noAlternativeText, procurementTable, replacedName } from './table';
export type { ProcurementTable } from './table';
