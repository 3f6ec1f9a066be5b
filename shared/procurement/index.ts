/** The domestic-priority procurement list: engine, province rules and the export table. */
export * from './types';
export { buildProcurementList, recommendedAlternative, resolveTarget } from './procurement';
export { ADAPTATION_MATRIX_KEY, readAdaptationMatrix, STARTER_ADAPTATION_MATRIX } from './adaptation';
export type { AdaptationCert } from './adaptation';
export { targetPlatformOf } from './assetState';
export { placeName, PROVINCE_RULES, readProcurementRules, ruleAppliesTo, ruleScopes, RULE_SCOPES } from './provinceRules';
export type { ProvinceRule, RuleScope } from './provinceRules';
export { alternativeLabel, alternativesText, flagsText, noAlternativeText, packageLabel, procurementTable, tenderPackageTable } from './table';
export type { TenderRow } from './table';
export { BEFORE_BUDGET_YEAR, compareLots, compareSuppliers, isRetained, isTenderBeforeBudgetYear, jointTenderPackages, needsImportApproval, RETAINED_LABELS, TENDER_PACKAGE_LABELS, TENDER_PACKAGES, tenderDeadline, tenderPackageLabel, tenderPackageOf, tenderPackages, tenderSupplierOf, tenderSystemOf, tenderLotOf, tenderPackagesWithIds, isPackageOverdue, wavesText } from './packages';
export type { JointTenderPackage, TenderPackage, TenderPackageSummary, TenderPackageWithIds } from './packages';
export { PROCUREMENT_SHEET, procurementWorkbook } from './workbook';
export { excludedSpend, excludedSpendText } from './excluded';
export type { ExcludedSpend } from './excluded';
