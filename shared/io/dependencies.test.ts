import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { importAssetTable } from './assets';
import { parseDependencyFile, parseDependencyKind } from './dependencies';
import { toXlsx } from './export';
import { readImportFile } from './table';

const MESSY = join(__dirname, '../../fixtures/messy');
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('dependency files', () => {
  it('reads Chinese kinds', () => {
    expect(parseDependencyKind('运行于')).toBe('runs-on');
    expect(parseDependencyKind('部署于')).toBe('runs-on');
    expect(parseDependencyKind('连接')).toBe('connects-to');
    expect(parseDependencyKind('访问')).toBe('connects-to');
    expect(parseDependencyKind('接口')).toBe('integrates-with');
    expect(parseDependencyKind('集成')).toBe('integrates-with');
    expect(parseDependencyKind('Runs On')).toBe('runs-on');
    expect(parseDependencyKind('喜欢')).toBeUndefined();
  });

  it('checks the messy dependency file against the messy assets', async () => {
    const table = await readImportFile(new Uint8Array(readFileSync(join(MESSY, 'hospital-assets-gb18030.csv'))), 'h.csv');
    if (!table.ok) throw new Error('fixture');
    const assets = importAssetTable(table.value, 'h.csv');
    if (!assets.ok) throw new Error('fixture');
    const ids = new Set(assets.value.assets.map((asset) => asset.id));
    const deps = await parseDependencyFile(new Uint8Array(readFileSync(join(MESSY, 'dependencies.csv'))), 'dependencies.csv', ids);
    expect(deps.issues).toEqual([]);
    expect(deps.ok && deps.value).toHaveLength(62);
    if (!deps.ok) return;
    expect(new Set(deps.value.map((dep) => dep.kind))).toEqual(new Set(['runs-on', 'connects-to', 'integrates-with']));
    expect(deps.value.every((dep) => ids.has(dep.from) && ids.has(dep.to))).toBe(true);
  });

  it('names row, column and value of bad rows, merges duplicates with a warning', async () => {
    const csv = '依赖方,被依赖方,关系类型\nA,B,运行于\nA,B,运行于\nA,,连接\nA,Z,接口\nB,A,喜欢\n';
    const result = await parseDependencyFile(encode(csv), 'd.csv', new Set(['A', 'B']));
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.severity, issue.code, issue.row, issue.field, issue.value])).toEqual([
      ['warning', 'duplicate-dependency', 3, undefined, undefined],
      ['error', 'required', 4, '被依赖方', ''],
      ['error', 'dangling-reference', 5, '被依赖方', 'Z'],
      ['error', 'bad-value', 6, '关系类型', '喜欢'],
    ]);
  });

  it('accepts cycles (valid data) and XLSX input', async () => {
    const bytes = await toXlsx([{ name: '依赖', headers: ['from', 'to', 'kind'], rows: [['A', 'B', 'runs-on'], ['B', 'A', 'integrates-with']] }]);
    const result = await parseDependencyFile(bytes, 'd.xlsx', new Set(['A', 'B']));
    expect(result).toEqual({ ok: true, issues: [], value: [{ from: 'A', to: 'B', kind: 'runs-on' }, { from: 'B', to: 'A', kind: 'integrates-with' }] });
  });

  it('says which columns are missing', async () => {
    const result = await parseDependencyFile(encode('from,to\nA,B\n'), 'd.csv', new Set(['A', 'B']));
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'missing-column', field: 'kind' }] });
  });
});
