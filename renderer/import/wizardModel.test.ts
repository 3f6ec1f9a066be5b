import { describe, expect, it } from 'vitest';

import { IMPORT_LIMITS } from '../../shared/io';
import { checkSizeBeforeRead, fieldOfColumn, missingRequired, setColumnField } from './wizardModel';

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
