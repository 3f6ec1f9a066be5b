import { describe, expect, it } from 'vitest';

import { fieldForHeader, guessMapping, IMPORT_FIELDS, FIELD_HEADERS, FIELD_SYNONYMS, normaliseHeader } from './mapping';

describe('header mapping', () => {
  it.each([
    ['资产编号', 'id'], ['设备编号', 'id'], ['资产号', 'id'], ['编号', 'id'], ['ID', 'id'],
    ['设备名称', 'name'], ['资产名称', 'name'], ['名称', 'name'], ['系统名称', 'name'],
    ['资产类别', 'category'], ['设备类型', 'category'], ['类别', 'category'], ['分类', 'category'],
    ['品牌', 'vendor'], ['厂商', 'vendor'], ['生产厂家', 'vendor'], ['厂家', 'vendor'],
    ['型号', 'product'], ['规格型号', 'product'], ['规格', 'product'], ['版本', 'version'],
    ['数量', 'quantity'], ['台数', 'quantity'], ['院区', 'site'],
    ['科室', 'department'], ['使用科室', 'department'], ['部门', 'department'], ['使用部门', 'department'],
    ['操作系统', 'os'], ['OS', 'os'], ['CPU', 'cpu'], ['处理器', 'cpu'],
    ['购置日期', 'purchaseDate'], ['采购日期', 'purchaseDate'], ['启用日期', 'purchaseDate'],
    ['维保到期', 'endOfSupport'], ['停保日期', 'endOfSupport'], ['支持截止', 'endOfSupport'],
    ['等保级别', 'securityLevel'], ['等保等级', 'securityLevel'], ['状态', 'disposition'], ['使用状态', 'disposition'],
    ['单价', 'purchaseCost'], ['原值', 'totalCost'], ['金额', 'totalCost'], ['替代单价', 'unitCost'], ['报价', 'unitCost'], ['业务分层', 'tier'], ['层级', 'tier'],
    ['国产', 'vendorOrigin'], ['产地', 'vendorOrigin'], ['备注', 'notes'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('ignores case, spaces, full-width forms, required markers and bracketed units', () => {
    expect(fieldForHeader(' ｃｐｕ ')).toBe('cpu');
    expect(fieldForHeader('* 资产编号')).toBe('id');
    expect(fieldForHeader('单价（元）')).toBe('purchaseCost');
    expect(fieldForHeader('替代单价（元）')).toBe('unitCost');
    expect(fieldForHeader('数量(台)')).toBe('quantity');
    expect(fieldForHeader('End Of Support')).toBe('endOfSupport');
    expect(fieldForHeader('资 产 编 号')).toBe('id');
    expect(fieldForHeader('序号')).toBeUndefined();
    expect(fieldForHeader('')).toBeUndefined();
    expect(fieldForHeader('__proto__')).toBeUndefined();
    expect(normaliseHeader('ＡＢＣ　１２')).toBe('abc12');
  });

  it('maps a header row to column indexes; the first column wins a tie', () => {
    const mapping = guessMapping(['序号', '资产编号', '设备名称', '资产类别', '数量', '名称', '使用科室', '随便']);
    expect(mapping).toEqual({ id: 1, name: 2, category: 3, quantity: 4, department: 6 });
  });

  it('maps every export header (zh and en) back to its own field', () => {
    for (const field of IMPORT_FIELDS) {
      expect(fieldForHeader(FIELD_HEADERS[field].zh)).toBe(field);
      expect(fieldForHeader(FIELD_HEADERS[field].en)).toBe(field);
      expect(fieldForHeader(field)).toBe(field);
    }
  });

  it('has no synonym claimed by two fields', () => {
    const owner = new Map<string, string>();
    for (const field of IMPORT_FIELDS) {
      for (const synonym of FIELD_SYNONYMS[field]) {
        const key = normaliseHeader(synonym);
        expect(owner.get(key) ?? field, `${synonym} is claimed twice`).toBe(field);
        owner.set(key, field);
      }
    }
  });
});
