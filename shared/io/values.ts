/**
 * What the words in a status/disposition, category, tier or origin column mean, in one table
 * each, and the user's decisions for the words the tables do not know ("value → meaning",
 * decided once per file). Status words of ledgers and tools (闲置, 报废, In stock, Retired…) are
 * read as a disposition, or `none` for a usage status that decides nothing (在用); `statusFields`
 * is the one place that turns a meaning into asset fields. Out-of-scope kit (UPS, air
 * conditioning) is the category `other` (kept, never planned), decided by `OUT_OF_SCOPE` alone.
 */
import type { Asset, Category, Disposition, SystemScale, Tier, VendorOrigin } from '../model';
import { CATEGORIES, DISPOSITIONS, OUT_OF_SCOPE_CATEGORY, SYSTEM_SCALES, TIERS, VENDOR_ORIGINS } from '../model';
import type { WordTable } from './normalise';
import { buildLookup, parseCategory, parseScale, parseTier, parseVendorOrigin, wordKey } from './normalise';

/** The meanings a status word can have for planning: a disposition, or `none` (in use, no decision). */
export const STATUS_MEANINGS = ['none', ...DISPOSITIONS] as const;
export type StatusMeaning = Disposition | 'none';

/**
 * Status words of hospital ledgers and of GLPI, Snipe-IT, iTop, OCS, NetBox, Lansweeper, Intune,
 * Ralph and bk-cmdb. Idle, spare, in stock, in repair and planned kit is still in the estate
 * (`active`): it is planned like the rest unless the hospital decides otherwise.
 */
const STATUS_MEANING_WORDS: WordTable<StatusMeaning> = [
  [
    'none',
    [
      '在用', '使用中', '正常', '正常使用', '运行', '运行中', '在线', '生产', '生产中', '已上线', '上线', '在库', '库存', '闲置', '备用', '备件', '维修', '维修中', '待修', '故障',
      '借出', '已借出', '调拨中', '计划', '规划中', '待上线', '部署中', '测试', '开发', '实施中', '离线', '待分配', '可部署', '待处理', '已部署', '实施', '实施中', '备用机', '损坏',
      'in use', 'in-use', 'active', 'production', 'deployed', 'online', 'in stock', 'stock', 'spare', 'idle', 'planned', 'staged', 'offline', 'failed', 'repair',
      'in repair', 'broken', 'out for repair', 'out for diagnostics', 'ready to deploy', 'pending', 'implementation', 'test', 'development', 'inventory', 'compliant', 'noncompliant', 'not compliant', 'in grace period', 'unknown',
    ],
  ],
  ['retain', ['保留', '暂不替换', '不替换', '保留使用', '继续使用', 'retained', 'retain', 'keep']],
  ['compliant', ['已信创', '已替换', '已更换', '已国产化', '已完成替代', '已替代', 'compliant', 'replaced', 'done']],
  ['adapt', ['适配', '适配迁移', '信创适配', '待适配', 'adapt']],
  ['replace', ['替代', '替换', '待替换', '需替换', '待替代', 'replace']],
  [
    'retire',
    ['报废', '待报废', '已报废', '报损', '废弃', '已存档', '归档', '待回收', '已回收', '淘汰', '已淘汰', '待淘汰', '处置', '已处置', '待处置', '下线', '已下线', '退役', '已退役', '丢失', '遗失', 'retired', 'retire', 'decommissioned', 'disposed', 'archived', 'broken - not fixable', 'lost/stolen', 'stolen', 'lost', 'end of life', 'obsolete', 'decommissioning'],
  ],
];

/** Words of out-of-scope kit: facilities and equipment with no OS, CPU or software to replace. */
const OUT_OF_SCOPE_WORDS: readonly string[] = [
  'ups', '不间断电源', 'ups电源', '空调', '精密空调', '机房空调', '柜式空调', '分体空调', '配电柜', '配电箱', '列头柜', '发电机', '柴油发电机', '蓄电池', '电池组', '稳压电源',
  '门禁', '摄像头', '摄像机', '监控摄像机', '硬盘录像机', '电话', '电话机', '投影仪', '电视', '电视机', '显示器', '机柜', '温湿度传感器', '消防', '灭火器',
  'air conditioner', 'air conditioning', 'hvac', 'pdu', 'generator', 'battery', 'camera', 'monitor', 'display', 'projector', 'phone', 'rack', 'cabinet',
];

/**
 * What a row of out-of-scope kit becomes: the category `other` (kept in the inventory, never
 * planned). `'skip'` would leave such rows out and list them instead.
 */
export const OUT_OF_SCOPE: Category | 'skip' = OUT_OF_SCOPE_CATEGORY;

/** The asset fields a status meaning sets: the only place that knows how the model stores it. */
export function statusFields(meaning: StatusMeaning): { disposition?: Disposition } {
  return meaning === 'none' ? {} : { disposition: meaning };
}

/** The key a word is looked up by (the decisions of a ValueMap are keyed by it). */
export const valueKey = wordKey;

const STATUS_LOOKUP = buildLookup(STATUS_MEANING_WORDS);
const OUT_OF_SCOPE_SET = new Set(OUT_OF_SCOPE_WORDS.map(valueKey));
/** The Chinese words of two or more characters, which also name out-of-scope kit at the end of a longer word (机房精密空调). */
const OUT_OF_SCOPE_ENDINGS = OUT_OF_SCOPE_WORDS.filter((word) => /[^\u0020-\u007e]/.test(word) && word.length >= 2);
/** The meaning of a status word, or undefined when the table does not know it. */
export function statusMeaning(value: string): StatusMeaning | undefined {
  return STATUS_LOOKUP.get(valueKey(value));
}

/** True when a category word or a name names out-of-scope kit (UPS, 空调…). */
export function isOutOfScope(value: string): boolean {
  const key = valueKey(value);
  if (key === '') return false;
  if (OUT_OF_SCOPE_SET.has(key)) return true;
  for (const word of OUT_OF_SCOPE_ENDINGS) if (key.endsWith(word)) return true;
  return /^(ups|pdu)\b/.test(key) || /\bups$/.test(key);
}

/** The meaning of a category word: a category, `other` (out of scope), or undefined when unknown. */
export function categoryMeaning(value: string): Category | undefined {
  return isOutOfScope(value) ? 'other' : parseCategory(value);
}

/** Fields whose words go through a table, and the choices the user has for an unknown word. */
export const VALUE_FIELDS = ['disposition', 'category', 'tier', 'scale', 'vendorOrigin'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];
export type ValueChoice = { disposition: StatusMeaning; category: Category; tier: Tier; scale: SystemScale; vendorOrigin: VendorOrigin };
/** The user's decisions: per field, word key (valueKey) → meaning, or `ignore` to leave the field empty. */
export type ValueMap = { [F in ValueField]?: Record<string, ValueChoice[F] | 'ignore'> };

/** The meanings offered for each field in the wizard's "value → meaning" table. */
export const VALUE_CHOICES: { [F in ValueField]: readonly ValueChoice[F][] } = {
  disposition: STATUS_MEANINGS,
  category: CATEGORIES,
  tier: TIERS,
  scale: SYSTEM_SCALES,
  vendorOrigin: VENDOR_ORIGINS,
};

/**
 * Reads a word of a value field: the user's decision first, then the table.
 * @returns the meaning, `ignore`, or undefined when neither knows the word
 */
export function readValue<F extends ValueField>(field: F, value: string, map: ValueMap | undefined): ValueChoice[F] | 'ignore' | undefined {
  const decided = map?.[field]?.[valueKey(value)];
  if (decided !== undefined) return decided;
  const known = field === 'disposition' ? statusMeaning(value) : field === 'category' ? categoryMeaning(value) : field === 'tier' ? parseTier(value) : field === 'scale' ? parseScale(value) : parseVendorOrigin(value);
  return known as ValueChoice[F] | undefined;
}

/** Applies a status meaning to a record. */
export function applyStatus(record: Partial<Asset>, meaning: StatusMeaning): void {
  Object.assign(record, statusFields(meaning));
}
