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
  'tier',
  'vendorOrigin',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index (0-based) per field. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Synonyms per field; the first is the Chinese header used on export, the last English one likewise. */
export const FIELD_SYNONYMS: Record<ImportField, readonly string[]> = {
  id: ['资产编号', '设备编号', '资产号', '编号', '资产编码', '设备编码', '资产代码', 'ID', 'asset id', 'asset no', 'asset number', 'code'],
  name: ['设备名称', '资产名称', '名称', '系统名称', '软件名称', '设备名', 'name', 'asset name', 'asset'],
  category: ['资产类别', '设备类型', '类别', '分类', '资产类型', '设备类别', '类型', 'category', 'type'],
  vendor: ['品牌', '厂商', '生产厂家', '厂家', '制造商', '供应商', '品牌厂商', 'vendor', 'brand', 'manufacturer'],
  product: ['型号', '规格型号', '规格', '产品型号', '设备型号', 'product', 'model'],
  version: ['版本', '版本号', '软件版本', 'version'],
  quantity: ['数量', '台数', '套数', '数目', 'quantity', 'qty', 'count', 'units'],
  site: ['院区', '所在院区', '位置', '安装位置', '存放地点', 'site', 'campus', 'location'],
  department: ['科室', '使用科室', '部门', '使用部门', '所属科室', '所属部门', '归属科室', 'department', 'dept'],
  os: ['操作系统', '系统平台', 'OS', 'operating system'],
  cpu: ['CPU', '处理器', 'CPU型号', '芯片', 'processor'],
  purchaseDate: ['购置日期', '采购日期', '启用日期', '购买日期', '入账日期', '购入日期', 'purchase date', 'purchased'],
  endOfSupport: ['维保到期', '停保日期', '支持截止', '维保到期日', '保修到期', '维保截止日期', '质保到期', 'end of support', 'eos', 'support ends'],
  readyFrom: ['适配就绪日期', '适配就绪', '就绪日期', '可替换日期', 'ready from', 'ready date'],
  securityLevel: ['等保级别', '等保等级', '安全等级', '等级保护', 'security level', 'mlps level'],
  disposition: ['处置方式', '处置', '状态', '使用状态', '资产状态', '设备状态', 'disposition', 'status'],
  retainReason: ['保留原因', '保留理由', 'retain reason', 'retention reason'],
  unitCost: ['单价', '金额', '价格', '原值', '资产原值', '单价元', 'unit cost', 'unit price', 'price', 'cost'],
  tier: ['业务分层', '层级', '业务层级', '分层', 'tier', 'layer'],
  vendorOrigin: ['产地', '国产', '国产/进口', '是否国产', '来源', 'vendor origin', 'origin', 'domestic'],
  notes: ['备注', '说明', '备注说明', 'notes', 'note', 'remarks', 'comment'],
};

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
  for (const field of IMPORT_FIELDS) {
    for (const synonym of FIELD_SYNONYMS[field]) {
      const key = normaliseHeader(synonym);
      if (!map.has(key)) map.set(key, field);
    }
    const own = normaliseHeader(field);
    if (!map.has(own)) map.set(own, field);
  }
  return map;
})();

/** The field a header stands for, if it is a known synonym. */
export function fieldForHeader(header: string): ImportField | undefined {
  const key = normaliseHeader(header);
  return key === '' ? undefined : LOOKUP.get(key);
}

/**
 * Maps headers to fields automatically; the first column wins when two headers mean the same field.
 * @param headers the header row as it appears in the file
 * @returns field → 0-based column index, for the fields that were recognised
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, index) => {
    const field = fieldForHeader(header);
    if (field !== undefined && mapping[field] === undefined) mapping[field] = index;
  });
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
  unitCost: { zh: '单价', en: 'Unit cost' },
  tier: { zh: '业务分层', en: 'Tier' },
  vendorOrigin: { zh: '产地', en: 'Vendor origin' },
  notes: { zh: '备注', en: 'Notes' },
};
