/** How a backup file is described in lists (Settings, start-up recovery): plain or encrypted, and a copy taken before an upgrade. */
import type { TFunction } from 'i18next';

import type { BackupName } from '../../shared/backup';

export function backupKindLabel(parsed: BackupName | undefined, t: TFunction<'backup'>): string {
  const sealing = parsed?.encrypted ? t('encrypted') : t('plain');
  return parsed?.dbVersion ? `${sealing} · ${t('preUpgradeKind', { version: parsed.dbVersion })}` : sealing;
}
