import { describe, expect, it } from 'vitest';

import { IMPORT_LIMITS } from '../../shared/io';
import type { ConvertResult } from './importTasks';
import { checkSizeBeforeRead, fieldOfColumn, missingRequired, refuseLookAlikeIds, setColumnField } from './wizardModel';

describe('import wizard model', () => {
  it('moves a field to the column the user chose, releasing its old column', () => {
    const next = setColumnField({ id: 0, name: 1, vendor: 2 }, 3, 'name');
    expect(next).toEqual({ id: 0, vendor: 2, name: 3 });
    expect(fieldOfColumn(next, 1)).toBeUndefined();
    expect(setColumnField(next, 0, undefined)).toEqual({ vendor: 2, name: 3 });
  });

  it('reports a missing name column', () => {
    expect(missingRequired({ id: 0 })).toEqual(['name']);
    expect(missingRequired({ name: 4 })).toEqual([]);
  });

  it('refuses a file over the byte limit before reading it, naming both sizes', () => {
    expect(checkSizeBeforeRead(IMPORT_LIMITS.bytes, 'a.csv')).toBeUndefined();
    const issue = checkSizeBeforeRead(50 * 1024 * 1024, 'big.csv');
    expect(issue?.code).toBe('file-too-large');
    expect(issue?.file).toBe('big.csv');
    expect(issue?.message.zh).toContain('50.0 MB > 20.0 MB');
  });
});

describe('add mode: look-alike ids (issue 15 #9)', () => {
  const converted = (ids: string[]): ConvertResult => ({
    ok: true,
    assets: ids.map((id) => ({ id, name: id, category: 'server', quantity: 1 })),
    rows: ids.map((_, i) => i + 2),
    sheets: ids.map(() => undefined),
    issues: [],
    suggested: {} as ConvertResult['suggested'],
    rejects: [],
    unknownValues: [],
    dateOrders: [],
  });

  it('refuses an id that differs from one in the project only by case or Unicode form, naming the row', () => {
    const existing = new Set(['SRV-01', 'Café-01', 'PC-01']);
    const result = refuseLookAlikeIds(converted(['srv-01', 'Cafe\u0301-01', 'NEW-01', 'SRV-01']), existing, 'add.csv');
    expect(result.ok).toBe(false);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.row, i.field])).toEqual([
      ['add.csv', 2, 'id'],
      ['add.csv', 3, 'id'],
    ]);
    expect(result.issues[0]!.message.zh).toContain('SRV-01');
    // A partial import takes only the rows that are not twins (the exact id is skipped as existing).
    expect(result.assets.map((a) => a.id)).toEqual(['NEW-01', 'SRV-01']);
    expect(result.rows).toEqual([4, 5]);
  });

  it('passes a file with no look-alikes through unchanged', () => {
    const input = converted(['NEW-01', 'SRV-01']);
    expect(refuseLookAlikeIds(input, new Set(['SRV-01']), 'add.csv')).toBe(input);
  });
});
