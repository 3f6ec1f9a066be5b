/** Lazy ExcelJS: the large chunk loads only when an XLSX is read or written (STACK.md §3). */
import type * as ExcelNamespace from 'exceljs';

export type ExcelModule = typeof ExcelNamespace;

/** Loads ExcelJS on first use (CommonJS in Node, the browser bundle under Vite). */
export async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}
