/**
 * Column mapping: which column of an import file holds which asset field. Headers are matched
 * against Chinese and English synonyms, insensitive to case, spaces, full-width forms, required
 * markers (`*`) and units in brackets (`单价（元）`).
 */

export const IMPORT_FIELDS = [
  'id',
  'name',
  'category',
  'vendor',
  'product',
  'version',
  'quantity',
  'site',
  'department',
  'os',
  'cpu',
  'purchaseDate',
  'endOfSupport',
  'readyFrom',
  'securityLevel',
  'disposition',
  'retainReason',
  'unitCost',
  'purchaseCost',
  'tier',
  'scale',
  'vendorOrigin',
  'notes',
] as const;
/**
 * Every field a column can be mapped to: the exported fields plus `totalCost`, a card's total
 * value (资产原值) that becomes the purchase unit cost divided by the quantity. Export uses
 * IMPORT_FIELDS.
 *
 * A ledger's 单价/原值 is what the row cost when it was bought (`purchaseCost`), never the price of
 * replacing it: only a column that says so (替代单价, 报价…) fills `unitCost`, which overrides the
 * price book.
 */
export const MAPPABLE_FIELDS = [...IMPORT_FIELDS, 'totalCost'] as const;
export type ImportField = (typeof MAPPABLE_FIELDS)[number];

/** Column index (0-based) per field. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Synonyms per field; the first is the Chinese header used on export, the last English one likewise. */
export const FIELD_SYNONYMS: Record<ImportField, readonly string[]> = {
  id: ['资产编号', '设备编号', '资产号', '资产编码', '设备编码', '资产代码', '固资编号', '固定资产编号', '资产标签', '资产条码', '卡片编号', '财务编号', 'asset id', 'asset no', 'asset number', 'asset tag', 'inventory number', 'barcode', 'tag'],
  name: ['设备名称', '资产名称', '名称', '系统名称', '软件名称', '设备名', '全称', '主机名称', '主机名', '计算机名', '计算机名称', '资产全称', 'name', 'asset name', 'asset', 'hostname', 'host name', 'device name', 'computer name', 'computer', 'assetname', 'item name'],
  category: ['资产类别', '设备类型', '类别', '分类', '资产类型', '设备类别', '资产分类', '设备分类', '固定资产类别', '类型', '类别名称', 'category', 'type', 'asset type', 'device type', 'assettype'],
  vendor: ['品牌', '厂商', '生产厂家', '厂家', '制造商', '供应商', '品牌厂商', '生产厂商', '厂牌', '设备厂商', 'vendor', 'brand', 'manufacturer', 'make'],
  product: ['型号', '规格型号', '型号规格', '规格', '产品型号', '设备型号', '品牌型号', 'product', 'model', 'model name'],
  version: ['版本', '版本号', '软件版本', 'version'],
  quantity: ['数量', '台数', '套数', '数目', '实有数量', '账面数量', 'quantity', 'qty', 'count', 'units'],
  site: ['院区', '所在院区', '位置', '安装位置', '存放地点', '存放位置', '所在位置', '安装地点', '地点', '放置地点', 'site', 'campus', 'location', 'building'],
  department: ['科室', '使用科室', '在用科室', '部门', '使用部门', '所属科室', '所属部门', '归属科室', '领用部门', '使用单位', '责任部门', 'department', 'dept'],
  os: ['操作系统', '系统平台', '操作系统名称', 'OS', 'operating system', 'operating system - name', 'os name', 'platform', 'operatingsystem'],
  cpu: ['CPU', '处理器', 'CPU型号', '处理器型号', '芯片', 'processor', 'components - processor', 'cpu model', 'processor type'],
  purchaseDate: ['购置日期', '采购日期', '启用日期', '购买日期', '入账日期', '购入日期', '取得日期', '开始使用日期', 'purchase date', 'purchased', 'date of purchase', 'invoice date'],
  endOfSupport: ['维保到期', '停保日期', '支持截止', '维保到期日', '保修到期', '维保截止日期', '质保到期', '保修截止日期', '保修结束', 'end of support', 'eos', 'support ends', 'warranty expiration', 'warranty expiration date', 'end of warranty', 'asset eol date'],
  readyFrom: ['适配就绪日期', '适配就绪', '就绪日期', '可替换日期', 'ready from', 'ready date'],
  securityLevel: ['等保级别', '等保等级', '安全等级', '等级保护', 'security level', 'mlps level'],
  disposition: ['处置方式', '处置', '状态', '使用状态', '资产状态', '设备状态', '使用状况', '运行状态', '当前状态', 'disposition', 'status', 'state'],
  retainReason: ['保留原因', '保留理由', 'retain reason', 'retention reason'],
  unitCost: ['替代单价', '替代报价', '替换单价', '替换报价', '替代价格', '信创单价', '信创报价', '国产化单价', '国产化报价', '本地报价', '报价', 'replacement unit cost', 'replacement cost', 'replacement price', 'quoted price', 'quote'],
  purchaseCost: ['购置单价', '单价', '价格', '单价元', '采购单价', '购买价格', '购入单价', '购置价格', '购买成本', '购置成本', 'unit cost', 'unit price', 'price', 'cost', 'purchase cost', 'purchase price', 'purchase unit cost'],
  tier: ['业务分层', '层级', '业务层级', '分层', 'tier', 'layer'],
  scale: ['系统规模', '规模', '系统级别', '建设规模', 'scale', 'system scale'],
  vendorOrigin: ['产地', '国产', '国产/进口', '是否国产', '来源', 'vendor origin', 'origin', 'domestic'],
  notes: ['备注', '说明', '备注说明', 'notes', 'note', 'remarks', 'comment', 'comments'],
  totalCost: ['原值', '资产原值', '金额', '总价', '总金额', '账面原值', '原值合计', '价值', '资产价值', 'total cost', 'total value'],
};

/**
 * Headers that name a field only when no better column does: a database key (`ID`) is the
 * asset tag only if the file has no 资产编号/Asset tag column.
 */
const WEAK_SYNONYMS: Partial<Record<ImportField, readonly string[]>> = {
  id: ['编号', 'ID', 'code', '序列号', 'serial', 'serial number', 'serialnumber', 'sn'],
  category: ['role'],
  os: ['操作系统类型', 'os type'],
};

/** Text fields: a header that names a unit (`CPU (MHz)`, `内存（GB）`) holds numbers, not them. */
const TEXT_HEADER_FIELDS: ReadonlySet<ImportField> = new Set(['id', 'name', 'category', 'vendor', 'product', 'version', 'site', 'department', 'os', 'cpu', 'disposition', 'tier', 'scale', 'vendorOrigin']);
const UNIT_IN_HEADER = /[(（【[]\s*(mhz|ghz|hz|核|cores?|个|gb|mb|tb|g|m|次|%)\s*[)）】\]]|频率|核心数|核数|主频|数量$/i;

/**
 * Normalises a header for matching: NFKC (full-width → half-width), lower case, without spaces,
 * `*` markers, punctuation, and bracketed units.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[([（【][^)\]）】]*[)\]）】]/g, '')
    .replace(/[\s*＊:：_\-./·、]/g, '');
}

const LOOKUP: ReadonlyMap<string, ImportField> = (() => {
  const map = new Map<string, ImportField>();
  for (const field of MAPPABLE_FIELDS) {
    for (const synonym of FIELD_SYNONYMS[field]) {
      const key = normaliseHeader(synonym);
      if (!map.has(key)) map.set(key, field);
    }
    const own = normaliseHeader(field);
    if (!map.has(own)) map.set(own, field);
  }
  return map;
})();

const WEAK_LOOKUP: ReadonlyMap<string, ImportField> = (() => {
  const map = new Map<string, ImportField>();
  for (const [field, words] of Object.entries(WEAK_SYNONYMS) as [ImportField, readonly string[]][]) {
    for (const word of words) map.set(normaliseHeader(word), field);
  }
  return map;
})();

/** A field and whether the header names it only weakly (see WEAK_SYNONYMS). */
export function matchHeader(header: string): { field: ImportField; weak: boolean } | undefined {
  const key = normaliseHeader(header);
  if (key === '') return undefined;
  // A weak name (`ID`) stays weak even where it is also a field's own name.
  const weak = WEAK_LOOKUP.get(key);
  const strong = weak === undefined ? LOOKUP.get(key) : undefined;
  const found = weak !== undefined ? { field: weak, weak: true } : strong !== undefined ? { field: strong, weak: false } : undefined;
  if (found && TEXT_HEADER_FIELDS.has(found.field) && UNIT_IN_HEADER.test(header.normalize('NFKC'))) return undefined;
  return found;
}

/** The field a header stands for, if it is a known synonym (strong or weak). */
export function fieldForHeader(header: string): ImportField | undefined {
  return matchHeader(header)?.field;
}

/**
 * Maps headers to fields automatically; the first column wins when two headers mean the same field.
 * @param headers the header row as it appears in the file
 * @returns field → 0-based column index, for the fields that were recognised
 */
export function guessMapping(headers: readonly string[], overrides?: (header: string) => ImportField | null | undefined): ColumnMapping {
  const mapping: ColumnMapping = {};
  const weak: [ImportField, number][] = [];
  headers.forEach((header, index) => {
    const own = overrides?.(header);
    if (own === null) return;
    if (own !== undefined) {
      if (mapping[own] === undefined) mapping[own] = index;
      return;
    }
    const match = matchHeader(header);
    if (match === undefined) return;
    if (match.weak) weak.push([match.field, index]);
    else if (mapping[match.field] === undefined) mapping[match.field] = index;
  });
  // Weak names (a database `ID`) only fill fields no strong name claimed, on a column still free.
  const used = new Set(Object.values(mapping));
  for (const [field, index] of weak) {
    if (mapping[field] === undefined && !used.has(index)) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** Chinese and English header of each field, for exports that re-import with automatic mapping. */
export const FIELD_HEADERS: Record<ImportField, { zh: string; en: string }> = {
  id: { zh: '资产编号', en: 'ID' },
  name: { zh: '设备名称', en: 'Name' },
  category: { zh: '资产类别', en: 'Category' },
  vendor: { zh: '品牌', en: 'Vendor' },
  product: { zh: '型号', en: 'Product' },
  version: { zh: '版本', en: 'Version' },
  quantity: { zh: '数量', en: 'Quantity' },
  site: { zh: '院区', en: 'Site' },
  department: { zh: '科室', en: 'Department' },
  os: { zh: '操作系统', en: 'OS' },
  cpu: { zh: 'CPU', en: 'CPU' },
  purchaseDate: { zh: '购置日期', en: 'Purchase date' },
  endOfSupport: { zh: '维保到期', en: 'End of support' },
  readyFrom: { zh: '适配就绪日期', en: 'Ready from' },
  securityLevel: { zh: '等保级别', en: 'Security level' },
  disposition: { zh: '处置方式', en: 'Disposition' },
  retainReason: { zh: '保留原因', en: 'Retain reason' },
  unitCost: { zh: '替代单价', en: 'Replacement unit cost' },
  purchaseCost: { zh: '购置单价', en: 'Purchase unit cost' },
  tier: { zh: '业务分层', en: 'Tier' },
  scale: { zh: '系统规模', en: 'Scale' },
  vendorOrigin: { zh: '产地', en: 'Vendor origin' },
  notes: { zh: '备注', en: 'Notes' },
  totalCost: { zh: '原值（合计）', en: 'Total cost' },
};
