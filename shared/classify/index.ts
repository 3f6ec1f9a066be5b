/**
 * Automatic classification of assets against the product catalogue (issue "Classification").
 * `classifyAsset` infers category, origin, CPU architecture and the catalogue match from an
 * asset's free text; `suggestClassifications` turns that into proposals that never touch a field
 * the user set.
 */
export { classifierFor, classifyAsset, compileClassifier } from './classifier';
export type { Classifier } from './classifier';
export { applySuggestions, suggestClassifications, vendorOriginOf } from './suggest';
export { applicationScale, systemScale, systemTier } from './tiers';
