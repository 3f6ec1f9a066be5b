/**
 * Exports of the active project: the project file (lossless), CSV (UTF-8 with BOM) and XLSX,
 * written through renderer/platform's saveFile. Formula neutralisation happens in shared/io.
 */
import { readProject } from '../db/projects';
import { saveFile } from '../platform';

export type ExportFormat = 'project' | 'csv' | 'xlsx';

/** A file name from the project name, safe on every OS. */
export function exportFileName(projectName: string, format: ExportFormat): string {
  const base = [...projectName].map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('').trim() || 'project';
  return format === 'project' ? `${base}.xcplan.json` : `${base}-资产清单.${format}`;
}


/**
 * Exports the project in one format; resolves false when the user cancelled the save dialog.
 * @param projectId the project
 * @param format which file
 * @param lang language of the CSV/XLSX headers
 */
export async function exportProject(projectId: string, format: ExportFormat, lang: 'zh' | 'en'): Promise<boolean> {
  const file = await readProject(projectId);
  if (!file) return false;
  const name = exportFileName(file.project.name, format);
  if (format === 'project') {
    const { serializeProjectFile } = await import('../../shared/io');
    return saveFile(name, serializeProjectFile(file), 'application/json');
  }
  const { exportAssetsTable } = await import('./exportTables');
  const { bytes, mime } = await exportAssetsTable(file.assets, format, lang);
  return saveFile(name, bytes, mime);
}
