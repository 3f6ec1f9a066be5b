/** Backups, restore sources and passphrase encryption (issue 7). Pure TypeScript. */
export { isEncrypted } from './passphrase';
export { DEFAULT_RETENTION, retentionCap, selectBackupsToKeep } from './retention';
export type { RetentionPolicy } from './retention';
export { backupFileName, parseBackupFileName } from './naming';
export {
  BACKUP_FORMAT,
  checkBackupFile,
  checkBackupIntegrity,
  openBytes,
  parseBackupText,
  parseRestoreText,
  sealProjectFile,
  sealText,
  serializeBackup,
  sha256Hex,
  verifyBackupBytes,
} from './envelope';
export type { BackupBundle, RestoreSource } from './envelope';
