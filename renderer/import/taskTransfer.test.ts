/**
 * Import tasks and answers after postMessage: what the other side rebuilds must be what was sent,
 * dependency and row order, holes and all, and neither a project's dependencies nor a table's rows
 * may travel as objects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbitraryProject } from '../../shared/model/arbitraries';
import type { ImportTable } from '../../shared/io';
import type { TaskRequest, TaskResponse } from './importTasks';
import { packRequest, packResponse, packRows, unpackRequest, unpackResponse, unpackRows } from './taskTransfer';

/** What postMessage does to the message (transferred buffers included). */
const post = <T>(message: T, transfer: ArrayBuffer[]): T => structuredClone(message, { transfer });

/** Cells as ledgers have them: Chinese, empty, spaces, emoji, quotes, line breaks. */
const cell = fc.oneof(fc.constantFrom('', ' ', '服务器', 'HIS 数据库', 'Dell R740', '"引号"', '第一行\n第二行', '😀', '¥12,000'), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 }));
const rows = fc.array(fc.record({ row: fc.integer({ min: 1, max: 1_048_576 }), cells: fc.array(cell, { maxLength: 7 }) }), { maxLength: 30 });
const table = (sheetRows: { row: number; cells: string[] }[][]): ImportTable => ({
  kind: 'csv',
  encoding: 'utf-8',
  sheets: sheetRows.map((r, i) => ({ name: `Sheet${i + 1}`, headerRow: 1, headers: ['资产编号', '名称'], rows: r, skipped: [{ row: 2, reason: 'blank' }], preamble: [{ row: 1, cells: ['标题'] }] })),
});

describe('table rows', () => {
  it('come back as they went, empty cells, holes and row numbers included (property)', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const { packed, transfer } = packRows(r);
        expect(transfer).toHaveLength(3);
        expect(unpackRows(post(packed, transfer))).toEqual(r);
      }),
    );
    // A row a sparse reader left a gap in (no value at index 1).
    const cells = new Array<string>(3);
    cells[0] = 'a';
    cells[2] = 'c';
    const holey = [{ row: 3, cells }];
    const packedHoley = packRows(holey);
    const back = unpackRows(post(packedHoley.packed, packedHoley.transfer));
    expect(back).toEqual(holey);
    expect(1 in back[0]!.cells).toBe(false);
  });

  it('travel packed both ways: the read answer and the convert request (property)', () => {
    fc.assert(
      fc.property(fc.array(rows, { minLength: 1, maxLength: 3 }), (sheets) => {
        const read: TaskResponse = { op: 'read', result: { ok: true, kind: 'table', table: table(sheets), mappings: { Sheet1: { id: 0, name: 1 } }, issues: [] } };
        const answer = packResponse(read);
        expect(answer.message.op === 'read' && answer.message.result.ok && answer.message.result.kind === 'table' && answer.message.result.table.sheets.every((s) => s.rows.length === 0)).toBe(true);
        expect(unpackResponse(post(answer.message, answer.transfer))).toEqual(read);

        const convert: TaskRequest = { op: 'convert', request: { table: table(sheets), fileName: 'assets.csv', mappings: { Sheet1: { id: 0, name: 1 } }, acceptSuggestions: true } };
        const request = packRequest(convert);
        expect(request.message.op === 'convert' && request.message.request.table.sheets.every((s) => s.rows.length === 0)).toBe(true);
        expect(request.transfer).toHaveLength(3 * sheets.length);
        expect(unpackRequest(post(request.message, request.transfer))).toEqual(convert);
        // The page keeps its table: packing does not empty the sheets it was given.
        expect(convert.op === 'convert' && convert.request.table.sheets.map((s) => s.rows)).toEqual(sheets);
      }),
      { numRuns: 50 },
    );
  });
});

describe('import worker transfer', () => {
  it('gives back the very project the task read, its dependencies moved as typed arrays (property)', () => {
    fc.assert(
      fc.property(arbitraryProject(12, 30), (file) => {
        const response: TaskResponse = { op: 'read', result: { ok: true, kind: 'project', file, issues: [] } };
        const { message, transfer } = packResponse(response);
        expect(message.op === 'read' && message.result.ok && message.result.kind === 'project' && message.result.file.dependencies).toEqual([]);
        expect(transfer).toHaveLength(3);
        expect(unpackResponse(post(message, transfer))).toEqual(response);
      }),
      { numRuns: 100 },
    );
  });

  it('passes any other answer as it is', () => {
    const failed: TaskResponse = { op: 'read', result: { ok: false, issues: [{ severity: 'error', code: 'invalid-json', file: 'p.json', message: { zh: '不是有效的 JSON', en: 'not valid JSON' } }] } };
    const deps: TaskResponse = { op: 'deps', result: { ok: true, value: [{ from: 'A', to: 'MISSING', kind: 'runs-on' }], issues: [] } };
    for (const response of [failed, deps]) {
      const { message, transfer } = packResponse(response);
      expect(transfer).toEqual([]);
      expect(unpackResponse(post(message, transfer))).toEqual(response);
    }
    const read: TaskRequest = { op: 'read', bytes: new Uint8Array([1, 2]), fileName: 'a.csv' };
    expect(packRequest(read)).toEqual({ message: read, transfer: [] });
    expect(unpackRequest(read)).toEqual(read);
  });
});
