import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

import { PreUpgradeBackupError } from '../backup/preUpgrade';
import { NewerDatabaseError } from '../db/database';
import { initI18n } from '../i18n';
import { startErrorMessage } from './startError';

/** What Dexie throws when opening fails: an OpenFailedError whose message starts with the cause's class name. */
const dexieWrapped = (inner: Error) => Object.assign(new Error(`${inner.name} ${inner.message}`), { name: 'OpenFailedError', inner });

describe('startErrorMessage', () => {
  beforeAll(() => {
    initI18n('zh');
  });

  it('words a newer database in the chosen language, without the error class name', () => {
    const zh = startErrorMessage(dexieWrapped(new NewerDatabaseError(99, 1)), i18next.getFixedT('zh', 'common'));
    expect(zh).toBe('无法打开本地数据库：数据库由更新版本的应用写入（数据版本 99，本版本最高支持 1），为保护数据未做任何改动，请用新版本打开。');
    const en = startErrorMessage(new NewerDatabaseError(99, 1), i18next.getFixedT('en', 'common'));
    expect(en).toMatch(/^Could not open the local database: The database was written by a newer version of the app \(data version 99/);
    expect(en).not.toMatch(/NewerDatabaseError|数据库/);
  });

  it('says that an upgrade waits for its backup and that nothing was changed', () => {
    const error = new PreUpgradeBackupError(3, 4, 'ENOSPC: no space left on device');
    expect(startErrorMessage(error, i18next.getFixedT('zh', 'common'))).toBe('数据库需从版本 3 升级到 4，但升级前的备份未能写入（ENOSPC: no space left on device），为保护数据未做任何改动。请检查备份文件夹所在磁盘（或备份口令）后重新启动。');
    expect(startErrorMessage(error, i18next.getFixedT('en', 'common'))).toMatch(/^The database needs upgrading from version 3 to 4, but the backup before the upgrade could not be written \(ENOSPC/);
  });

  it('shows only the message of other errors', () => {
    const t = i18next.getFixedT('zh', 'common');
    expect(startErrorMessage(dexieWrapped(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' })), t)).toBe('无法打开本地数据库：disk full');
    expect(startErrorMessage(new Error('UnknownError: backing store failed'), t)).toBe('无法打开本地数据库：backing store failed');
    expect(startErrorMessage('blocked', t)).toBe('无法打开本地数据库：blocked');
  });
});
