/** Backups, restore sources and passphrase encryption (issue 7). Pure TypeScript. */
export { ENCRYPTED_MAGIC, MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS, decryptBytes, encryptBytes, isEncrypted } from './passphrase';
export type { DecryptError, EncryptionHeader } from './passphrase';
export { DEFAULT_RETENTION, retentionCap, selectBackupsToKeep } from './retention';
export type { BackupEntry, RetentionPolicy } from './retention';
export { BACKUP_NAME_PATTERN, BACKUP_PREFIX, backupFileName, parseBackupFileName } from './naming';
export type { BackupName } from './naming';
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
export type { BackupBundle, OpenError, Opened, RestoreSource } from './envelope';
