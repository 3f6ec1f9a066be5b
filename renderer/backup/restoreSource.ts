/**
 * A file chosen for restore, read the one way the restore dialog and start-up recovery both use:
 * opened text → project file, backup bundle or database copy (shared/backup), the checksum of a
 * bundle or copy checked, and a copy taken before a schema upgrade (preUpgrade.ts) upgraded in a
 * scratch database and read back as a bundle, so everything after this sees a project or a bundle.
 */
import i18next from 'i18next';

import { checkBackupIntegrity, parseRestoreText } from '../../shared/backup';
import type { RestoreSource } from '../../shared/backup';
import type { Parsed } from '../../shared/model';
import { bundleFromDump } from '../db/dump';

export type ReadSource = Exclude<RestoreSource, { kind: 'dump' }>;

/**
 * @param text the opened (decrypted) text
 * @param fileName for messages
 */
export async function readRestoreSource(text: string, fileName: string): Promise<Parsed<ReadSource>> {
  const parsed = parseRestoreText(text, fileName);
  if (!parsed.ok) return parsed;
  const source = parsed.value;
  if (source.kind !== 'project' && (await checkBackupIntegrity(text)) === 'mismatch') {
    const message = { zh: i18next.t('backup:damaged', { name: fileName, lng: 'zh' }), en: i18next.t('backup:damaged', { name: fileName, lng: 'en' }) };
    return { ok: false, issues: [{ severity: 'error', code: 'backup-damaged', file: fileName, message }] };
  }
  if (source.kind !== 'dump') return { ok: true, value: source, issues: parsed.issues };
  const bundle = await bundleFromDump(source.dump, fileName);
  return bundle.ok ? { ok: true, value: { kind: 'backup', bundle: bundle.value, issues: bundle.issues }, issues: bundle.issues } : bundle;
}
