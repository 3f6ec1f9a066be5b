/**
 * Exports of the active project: the project file (lossless), CSV (UTF-8 with BOM) and XLSX,
 * written through renderer/platform's saveFile. Formula neutralisation happens in shared/io.
 */
import i18next from 'i18next';

import { sealProjectFile } from '../../shared/backup';
import { safeFileName } from '../../shared/format';
import { pushToast } from '../components/toasts';
import { askPassphrase } from '../backup/backupStore';
import { readProject } from '../db/projects';
import { saveFile } from '../platform';
import type { Lang } from '../../shared/format';

/** `project-encrypted`: the project file sealed under a passphrase asked for at export (issue 7). */
export type ExportFormat = 'project' | 'project-encrypted' | 'csv' | 'xlsx';

/** A file name from the project name, safe on every OS. */
export function exportFileName(projectName: string, format: ExportFormat): string {
  const base = safeFileName(projectName);
  if (format === 'project-encrypted') return `${base}.xcplan.xcpe`;
  return format === 'project' ? `${base}.xcplan.json` : `${base}-资产清单.${format}`;
}


/**
 * Exports the project in one format; resolves false when the user cancelled the save dialog.
 * @param projectId the project
 * @param format which file
 * @param lang language of the CSV/XLSX headers
 */
export async function exportProject(projectId: string, format: ExportFormat, lang: Lang): Promise<boolean> {
  const file = await readProject(projectId);
  if (!file) return false;
  const name = exportFileName(file.project.name, format);
  if (format === 'project-encrypted') {
    // The passphrase is asked for now and never stored; cancelling writes nothing.
    const passphrase = await askPassphrase('export');
    if (!passphrase) return false;
    return saveFile(name, await sealProjectFile(file, passphrase), 'application/octet-stream');
  }
  let saved: boolean;
  if (format === 'project') {
    const { serializeProjectFile } = await import('../../shared/io');
    saved = await saveFile(name, serializeProjectFile(file), 'application/json');
  } else {
    const { exportAssetsTable } = await import('./exportTables');
    const { bytes, mime } = await exportAssetsTable(file.assets, format, lang);
    saved = await saveFile(name, bytes, mime);
  }
  // Every unencrypted export says so once written: the file is the hospital's inventory in clear.
  if (saved) pushToast({ tone: 'info', text: i18next.t('backup:plainExportWarning', { name }) }, 12_000);
  return saved;
}
