/**
 * How import tasks and their answers cross between the page and the import worker. Large parts
 * travel packed, in forms that structured clone copies in one piece:
 * - a project file's dependencies as asset indices and kind codes in typed arrays (the layout
 *   worker's `packDependencies`, layoutTransfer.ts), rebuilt around the page's copy of the assets:
 *   a structured clone of 400,000 dependency objects cost more than parsing and validating the
 *   whole 100,000-asset file, on both sides of postMessage;
 * - a table's rows (the read's answer, and the convert request that sends the table back) as one
 *   text of every cell with typed arrays of lengths, cell counts and row numbers (`packRows`): in
 *   Chromium, cloning the 1.8 million cells of a 100,000-row ledger took 420–450 ms, packing,
 *   cloning and unpacking them 130–180 ms.
 * Everything else travels as it is. In tests without workers the tasks run in-thread, unpacked.
 */
import type { ImportTable, TableRow } from '../../shared/io';
import { packDependencies, unpackProject } from '../workers/layoutTransfer';
import type { PackedProject } from '../workers/layoutTransfer';
import type { TaskRequest, TaskResponse } from './importTasks';

/**
 * Rows of a sheet as one text: every cell in order, `lengths` of each (-1 for a hole in a row),
 * `counts` the cells of each row, `rows` each row's number.
 */
export type PackedRows = { text: string; lengths: Int32Array; counts: Int32Array; rows: Int32Array };

/** A response as posted: a project file's dependencies moved into `links`, a table's rows into `sheetRows`. */
export type WireResponse = TaskResponse & { links?: Omit<PackedProject, 'assets'>; sheetRows?: PackedRows[] };

/** A request as posted: the convert request's table rows moved into `sheetRows`. */
export type WireRequest = TaskRequest & { sheetRows?: PackedRows[] };

type Packed<T> = { message: T; transfer: ArrayBuffer[] };

/** Packs the rows of one sheet. */
export function packRows(rows: readonly TableRow[]): { packed: PackedRows; transfer: ArrayBuffer[] } {
  let cellCount = 0;
  for (const { cells } of rows) cellCount += cells.length;
  const lengths = new Int32Array(cellCount);
  const counts = new Int32Array(rows.length);
  const numbers = new Int32Array(rows.length);
  const parts = new Array<string>(cellCount);
  let k = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const { row, cells } = rows[i]!;
    numbers[i] = row;
    counts[i] = cells.length;
    for (let j = 0; j < cells.length; j += 1) {
      const cell = cells[j];
      lengths[k] = cell === undefined ? -1 : cell.length;
      parts[k] = cell ?? '';
      k += 1;
    }
  }
  return { packed: { text: parts.join(''), lengths, counts, rows: numbers }, transfer: [lengths.buffer, counts.buffer, numbers.buffer] };
}

/** The rows `packRows` packed, holes and all. */
export function unpackRows({ text, lengths, counts, rows }: PackedRows): TableRow[] {
  const out = new Array<TableRow>(rows.length);
  let k = 0;
  let at = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const count = counts[i]!;
    const cells = new Array<string>(count);
    for (let j = 0; j < count; j += 1) {
      const length = lengths[k]!;
      k += 1;
      if (length < 0) continue;
      cells[j] = text.slice(at, at + length);
      at += length;
    }
    out[i] = { row: rows[i]!, cells };
  }
  return out;
}

/** The table with its rows taken out of every sheet and packed, one PackedRows per sheet. */
function packTable(table: ImportTable): { table: ImportTable; sheetRows: PackedRows[]; transfer: ArrayBuffer[] } {
  const sheetRows: PackedRows[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const sheet of table.sheets) {
    const packed = packRows(sheet.rows);
    sheetRows.push(packed.packed);
    transfer.push(...packed.transfer);
  }
  return { table: { ...table, sheets: table.sheets.map((sheet) => ({ ...sheet, rows: [] })) }, sheetRows, transfer };
}

/** The table with its rows put back. */
const unpackTable = (table: ImportTable, sheetRows: readonly PackedRows[]): ImportTable => ({ ...table, sheets: table.sheets.map((sheet, i) => ({ ...sheet, rows: unpackRows(sheetRows[i]!) })) });

/** The worker's side of an answer. */
export function packResponse(response: TaskResponse): Packed<WireResponse> {
  if (response.op !== 'read' || !response.result.ok) return { message: response, transfer: [] };
  const { result } = response;
  if (result.kind === 'table') {
    const { table, sheetRows, transfer } = packTable(result.table);
    return { message: { op: 'read', result: { ...result, table }, sheetRows }, transfer };
  }
  const { file } = result;
  const { links, transfer } = packDependencies(file.assets, file.dependencies);
  return { message: { op: 'read', result: { ...result, file: { ...file, dependencies: [] } }, links }, transfer };
}

/** The page's side of an answer: the response the task gave, dependencies and rows in their order. */
export function unpackResponse(message: WireResponse): TaskResponse {
  const { links, sheetRows, ...response } = message;
  if (response.op !== 'read' || !response.result.ok) return response;
  const { result } = response;
  if (result.kind === 'table' && sheetRows) return { op: 'read', result: { ...result, table: unpackTable(result.table, sheetRows) } };
  if (result.kind === 'project' && links) {
    const { dependencies } = unpackProject({ ...links, assets: result.file.assets });
    return { op: 'read', result: { ...result, file: { ...result.file, dependencies } } };
  }
  return response;
}

/** The page's side of a request. */
export function packRequest(request: TaskRequest): Packed<WireRequest> {
  if (request.op !== 'convert') return { message: request, transfer: [] };
  const { table, sheetRows, transfer } = packTable(request.request.table);
  return { message: { op: 'convert', request: { ...request.request, table }, sheetRows }, transfer };
}

/** The worker's side of a request: the request the page made. */
export function unpackRequest(message: WireRequest): TaskRequest {
  const { sheetRows, ...request } = message;
  if (request.op !== 'convert' || !sheetRows) return request;
  return { op: 'convert', request: { ...request.request, table: unpackTable(request.request.table, sheetRows) } };
}
