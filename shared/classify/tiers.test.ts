import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ProjectFile } from '../model';
import { applySuggestions, suggestClassifications } from './suggest';
import { applicationScale, systemScale, systemTier } from './tiers';

const sample = (name: string): ProjectFile => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures', `sample-${name}.xcplan.json`), 'utf8')) as ProjectFile;

describe('the tier of a system from its name', () => {
  it('gives every application of both samples the tier the sample states', () => {
    const apps = [...sample('tertiary').assets, ...sample('secondary').assets].filter((a) => a.category === 'application');
    expect(apps.length).toBeGreaterThan(80);
    for (const a of apps) expect(systemTier(a.name, a.product), a.name).toBe(a.tier);
  });

  it('settles names with words of two tiers, and knows the names of a real ledger', () => {
    expect(systemTier('DRG/DIP 医保智能分析')).toBe('operations');
    expect(systemTier('临床决策支持系统（CDSS）')).toBe('clinical-support');
    expect(systemTier('临床数据中心（CDR）')).toBe('core');
    expect(systemTier('住院医师规范化培训管理系统')).toBe('operations');
    expect(systemTier('HIS医院信息系统')).toBe('core');
    expect(systemTier('LIS 检验系统')).toBe('clinical-support');
    expect(systemTier('OA 协同办公')).toBe('office');
    expect(systemTier('某某系统', 'iMedical HIS')).toBe('core');
    expect(systemTier('某某系统')).toBeUndefined();
  });

  it('is suggested for applications without a tier only, and never overwrites one', () => {
    const rows = [
      { id: 'A', name: 'HIS 医院信息系统', category: 'application' as const, vendor: '卫宁健康', quantity: 1 },
      { id: 'B', name: 'LIS 检验系统', category: 'application' as const, tier: 'office' as const, quantity: 1 },
      { id: 'C', name: 'HIS 数据库服务器', category: 'server' as const, vendor: 'Dell', product: 'PowerEdge R740', quantity: 1 },
    ];
    const suggestions = suggestClassifications(rows);
    expect(suggestions.find((s) => s.id === 'A')!.changes.tier).toBe('core');
    expect(suggestions.find((s) => s.id === 'B')?.changes.tier).toBeUndefined();
    expect(suggestions.find((s) => s.id === 'C')?.changes.tier).toBeUndefined();
    const applied = applySuggestions(rows, suggestions);
    expect(applied.map((a) => a.tier)).toEqual(['core', 'office', undefined]);
  });
});

describe('the scale of a system from its name', () => {
  it('knows hospital-wide systems, websites and mail, and reads the rest as departmental', () => {
    for (const name of ['HIS 医院信息系统', '电子病历系统（EMR）', '医院信息集成平台', 'PACS/RIS 影像系统', 'LIS 实验室信息系统', 'HRP 医院资源规划', '运营决策支持系统（BI）', '手术麻醉系统']) expect(systemScale(name), name).toBe('large');
    for (const name of ['医院网站', '门户网站', '邮件系统', '信息发布系统']) expect(systemScale(name), name).toBe('small');
    for (const name of ['院感监测系统', '超声信息系统', '超声影像工作站', '内镜图文信息系统', '心电信息系统', '血液透析管理系统', '呼叫中心系统', '某某系统']) expect(systemScale(name), name).toBe('departmental');
    expect(systemScale('某某系统', 'Carestream PACS')).toBe('large');
  });

  it('takes the scale declared on the asset before the name', () => {
    expect(applicationScale({ name: '院感监测系统' })).toBe('departmental');
    expect(applicationScale({ name: '院感监测系统', scale: 'large' })).toBe('large');
    expect(applicationScale({ name: 'HIS 医院信息系统', scale: 'small' })).toBe('small');
    expect(applicationScale({})).toBe('departmental');
  });
});
